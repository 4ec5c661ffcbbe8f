/**
 * 生活照料 / 家政: home services (助浴, 理发, 保洁, 陪诊 …) booked for a senior on the shared slot engine
 * (src/shared/domain/booking/slots.ts). A slot has as many places as providers are on duty that weekday; staff
 * confirm a booking by assigning one of them, then complete it. Pure.
 */
import { formatMinutes, type BookingPolicy, type OpeningRule } from '../booking/slots'
import { atShanghai, formatForPeople } from '@/shared/time'

export interface Provider {
  id: string
  name: string
  /** ISO weekdays the provider works (1 = 周一 … 7 = 周日) */
  weekdays: number[]
  /** a registered volunteer's openid (server only, never shown): each service they complete credits their hours */
  volunteer?: string
}

export const HOME_BOOKING_STATUSES = ['booked', 'confirmed', 'done', 'notHome', 'cancelled'] as const
export type HomeBookingStatus = (typeof HOME_BOOKING_STATUSES)[number]

export const HOME_BOOKING_STATUS_TEXT: Record<HomeBookingStatus, string> = {
  booked: '待中心确认',
  confirmed: '已派服务人员',
  done: '已完成',
  notHome: '上门未遇',
  cancelled: '已取消',
}

/** Where a booking may go from each status (staff moves; the family may only cancel). */
export const HOME_MOVES: Record<HomeBookingStatus, readonly HomeBookingStatus[]> = {
  booked: ['confirmed', 'cancelled'],
  confirmed: ['confirmed', 'done', 'notHome', 'cancelled'],
  done: [],
  notHome: [],
  cancelled: [],
}

/** A booking still standing holds its slot and the senior's place in the queue. */
export const isStanding = (s: HomeBookingStatus) => s === 'booked' || s === 'confirmed'

export function canMove(from: HomeBookingStatus, to: HomeBookingStatus): boolean {
  return HOME_MOVES[from].includes(to)
}

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** ISO weekday (1 = Monday) of a Shanghai day. */
export function isoWeekday(day: string): number {
  return ((atShanghai(day).day() + 6) % 7) + 1
}

/** "周一、周三、周五" */
export function scheduleText(weekdays: readonly number[]): string {
  return [...weekdays].sort((a, b) => a - b).map((d) => WEEKDAY[d]).join('、') || '暂无排班'
}

export function providersOn(providers: readonly Provider[], day: string): Provider[] {
  const weekday = isoWeekday(day)
  return providers.filter((p) => p.weekdays.includes(weekday))
}

/**
 * The service's rule for one day as the slot engine reads it: its hours, with one place per provider on duty
 * (none on duty: no slots that day).
 */
export function ruleOn(rule: OpeningRule, providers: readonly Provider[], day: string): OpeningRule {
  const onDuty = providersOn(providers, day).length
  const weekday = isoWeekday(day)
  return { ...rule, windows: onDuty, weekdays: onDuty ? rule.weekdays.filter((d) => d === weekday) : [] }
}

/** One booking of a service per senior per day: the booking's activeKey. */
export function homeBookingKey(seniorId: string, serviceId: string, day: string): string {
  return `${seniorId}_${serviceId}_${day}`
}

/**
 * Why a cancel is refused, or null. Staff may cancel a standing booking at any time (they call the family);
 * the family until the service's cutoff.
 */
export function cancelRefusal(status: HomeBookingStatus, start: Date, policy: BookingPolicy, byStaff: boolean, now: Date): string | null {
  if (!isStanding(status)) return `这次服务${HOME_BOOKING_STATUS_TEXT[status]}，不能取消`
  if (byStaff) return null
  if (start.getTime() - now.getTime() < policy.cancelCutoffMinutes * 60_000) {
    return `上门前 ${formatMinutes(policy.cancelCutoffMinutes)}内不能在线取消，请致电中心`
  }
  return null
}

/** Why 已完成 or 上门未遇 cannot be marked yet (the visit has not begun), or null. */
export function tooEarlyRefusal(to: HomeBookingStatus, start: Date, now: Date): string | null {
  if (to !== 'done' && to !== 'notHome') return null
  if (now.getTime() >= start.getTime()) return null
  return `还没到上门时间（${formatForPeople(start)}），上门后才能标记「${HOME_BOOKING_STATUS_TEXT[to]}」`
}

/** What a staff move asks for before it is made; 已完成 and 上门未遇 only once the visit has begun. */
export function moveRefusal(from: HomeBookingStatus, to: HomeBookingStatus, provider: Provider | null, day: string, start: Date, now: Date): string | null {
  if (from === to && to !== 'confirmed') return null
  if (!canMove(from, to)) return `这次服务已是「${HOME_BOOKING_STATUS_TEXT[from]}」，不能改为「${HOME_BOOKING_STATUS_TEXT[to]}」`
  const early = tooEarlyRefusal(to, start, now)
  if (early) return early
  if (to === 'confirmed') {
    if (!provider) return '请选择上门的服务人员'
    if (!provider.weekdays.includes(isoWeekday(day))) return `${provider.name}当天不排班，请选择当天在岗的服务人员`
  }
  return null
}

/** A status in words, naming who is coming once a provider is sent: the family's notice, timeline and status. */
export function stepText(to: HomeBookingStatus, providerName: string | null): string {
  if (to === 'confirmed' && providerName) return `已派${providerName}上门`
  return HOME_BOOKING_STATUS_TEXT[to]
}

/** A standing booking of the same senior, as the overlap check reads it. */
export interface HeldVisit {
  serviceName: string
  start: Date
  /** when the visit ends (older records without it: an hour) */
  end?: Date | null
}

/** Why a visit from start to end clashes with another standing visit of the same senior, or null. */
export function overlapRefusal(seniorName: string, start: Date, end: Date, held: readonly HeldVisit[]): string | null {
  const clash = held.find((h) => {
    const from = new Date(h.start).getTime()
    const to = h.end ? new Date(h.end).getTime() : from + 60 * 60_000
    return from < end.getTime() && start.getTime() < to
  })
  if (!clash) return null
  return `${seniorName}在${formatForPeople(new Date(clash.start))}已预约${clash.serviceName}，时间重叠，请选择其他时段`
}

export { HOME_TIME_HOLD } from './home-time-hold'

/** When another booking of the senior took the time at the same moment (the read saw none): no name to give. */
export function overlapTakenText(seniorName: string): string {
  return `${seniorName}在这个时间已有上门服务，时间重叠，请选择其他时段`
}
