/** 街道党建指导中心（党员服务中心）: party members, posts and wishes (party-members.ts), volunteers and hours (party-hours.ts). */
import { defineFunction } from './define'
import { hoursActions } from './party-hours'
import { memberActions } from './party-members'

export const party = defineFunction('party', { ...memberActions, ...hoursActions }, { center: 'party' })
