/**
 * One senior, one visit at a time, held by the database (time-holds.ts): half-hour cells, and eight of them cover
 * the longest service (陪诊, four hours from the hour or the half hour). A longer service needs more keys (and
 * indexes) first. A module of its own, without imports: the eldercare manifest reads it at build time, and whatever
 * a manifest imports lands in the weapp main package.
 */
import type { TimeHoldRule } from '../booking/time-holds'

export const HOME_TIME_HOLD: TimeHoldRule = { stepMinutes: 30, keys: 8 }
