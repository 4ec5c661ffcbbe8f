import { defineFunction } from './define'
import { memberActions } from './party-members'

export const party = defineFunction('party', { ...memberActions }, { center: 'party' })
