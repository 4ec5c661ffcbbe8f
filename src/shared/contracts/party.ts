/** 街道党建指导中心（党员服务中心）: party members and posts (party-members.ts), volunteers and hours (party-hours.ts). */
import { defineFunction } from './define'
import { hoursActions } from './party-hours'

export const party = defineFunction('party', { ...hoursActions }, { center: 'party' })
