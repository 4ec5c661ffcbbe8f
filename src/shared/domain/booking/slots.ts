/**
 * The slot engine shared by window appointments (affairs), lawyer appointments (legal) and home services
 * (eldercare). Pure: every function takes `now`; all calendar logic is in Asia/Shanghai.
 */
import { atShanghai, inShanghai, shanghaiDay } from '@/shared/time'

/** 'HH:mm' on the 24-hour clock. */
export type ClockTime = string
/** 'YYYY-MM-DD' in Shanghai. */
export type Day = string

export interface Period {
  start: ClockTime
  end: ClockTime
}

/** When a place takes appointments: which weekdays, which hours (gaps are breaks), slot length, windows open. */
export interface OpeningRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays: number[]
  periods: Period[]
  slotMinutes: number
  /** windows open = appointments per slot */
  windows: number
}

export interface BookingPolicy {
  /** a slot can be booked until this many minutes before it starts */
  minNoticeMinutes: number
  /** how many days ahead, today included, can be booked */
  horizonDays: number
  /** a booking can be cancelled until this many minutes before the slot */
  cancelCutoffMinutes: number
  /** active (future) appointments one person may hold at a place's center */
  maxActivePerPerson: number
}

/** A day or part of a day the place takes no appointments (holiday, training, outage). */
export interface Closure {
  day: Day
  /** missing: the whole day */
  start?: ClockTime
  end?: ClockTime
  reason: string
}

export type SlotState = 'open' | 'full' | 'closed' | 'tooLate'

export interface Slot {
  day: Day
  time: ClockTime
  /** instant the slot starts */
  start: Date
  end: Date
  capacity: number
  booked: number
  state: SlotState
}

/** Booked counts of one day: 'HHmm' → number. */
export type DayCounts = Record<string, number>

export const timeKey = (time: ClockTime) => time.replace(':', '')

const minutesOf = (time: ClockTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const clock = (minutes: number): ClockTime => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The slot start times a rule gives on a weekday, ignoring closures and bookings. */
export function gridTimes(rule: OpeningRule, day: Day): ClockTime[] {
  const isoWeekday = ((atShanghai(day).day() + 6) % 7) + 1
  if (!rule.weekdays.includes(isoWeekday)) return []
  const times: ClockTime[] = []
  for (const period of rule.periods) {
    for (let m = minutesOf(period.start); m + rule.slotMinutes <= minutesOf(period.end); m += rule.slotMinutes) times.push(clock(m))
  }
  return times
}

export function isOnGrid(rule: OpeningRule, day: Day, time: ClockTime): boolean {
  return gridTimes(rule, day).includes(time)
}

function isClosed(closures: readonly Closure[], day: Day, time: ClockTime, slotMinutes: number): boolean {
  const from = minutesOf(time)
  const to = from + slotMinutes
  return closures.some((c) => {
    if (c.day !== day) return false
    if (!c.start || !c.end) return true
    return minutesOf(c.start) < to && from < minutesOf(c.end)
  })
}

/** The days a person may book now: today through the horizon, in Shanghai. */
export function horizonDays(now: Date, policy: BookingPolicy): Day[] {
  const today = atShanghai(shanghaiDay(now))
  return Array.from({ length: policy.horizonDays }, (_, i) => today.add(i, 'day').format('YYYY-MM-DD'))
}

export function slotsForDay(
  day: Day,
  rule: OpeningRule,
  closures: readonly Closure[],
  counts: DayCounts,
  policy: BookingPolicy,
  now: Date,
): Slot[] {
  const latestStart = now.getTime() + policy.minNoticeMinutes * 60_000
  return gridTimes(rule, day).map((time) => {
    const start = atShanghai(day, time).toDate()
    const booked = counts[timeKey(time)] ?? 0
    const state: SlotState = isClosed(closures, day, time, rule.slotMinutes)
      ? 'closed'
      : start.getTime() < latestStart
        ? 'tooLate'
        : booked >= rule.windows
          ? 'full'
          : 'open'
    return { day, time, start, end: new Date(start.getTime() + rule.slotMinutes * 60_000), capacity: rule.windows, booked, state }
  })
}

export type BookRefusal =
  | { code: 'notOnGrid'; message: string }
  | { code: 'outsideHorizon'; message: string }
  | { code: 'tooLate'; message: string }
  | { code: 'closed'; message: string }

/** Why a slot cannot be booked now, or null when it can (capacity is claimed separately, atomically). */
export function refuseBooking(
  day: Day,
  time: ClockTime,
  rule: OpeningRule,
  closures: readonly Closure[],
  policy: BookingPolicy,
  now: Date,
): BookRefusal | null {
  if (!horizonDays(now, policy).includes(day)) {
    return { code: 'outsideHorizon', message: `只能预约今天起 ${policy.horizonDays} 天内的时段` }
  }
  if (!isOnGrid(rule, day, time)) return { code: 'notOnGrid', message: '该时间不是可预约的时段，请重新选择' }
  if (isClosed(closures, day, time, rule.slotMinutes)) return { code: 'closed', message: '该时段暂停办理，请选择其他时段' }
  if (atShanghai(day, time).valueOf() < now.getTime() + policy.minNoticeMinutes * 60_000) {
    return { code: 'tooLate', message: `请至少提前 ${formatMinutes(policy.minNoticeMinutes)}预约` }
  }
  return null
}

export function canCancel(start: Date, policy: BookingPolicy, now: Date): boolean {
  return start.getTime() - now.getTime() >= policy.cancelCutoffMinutes * 60_000
}

export function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} 天`
  if (minutes % 60 === 0) return `${minutes / 60} 小时`
  return `${minutes} 分钟`
}

export interface NoShowRule {
  /** this many no-shows … */
  count: number
  /** … within this many days … */
  withinDays: number
  /** … suspend booking for this many days from the last one */
  suspendDays: number
}

/** Until when a person may not book after repeated no-shows, or null. */
export function suspendedUntil(noShows: readonly Date[], rule: NoShowRule, now: Date): Date | null {
  const since = now.getTime() - rule.withinDays * 86_400_000
  const recent = noShows.filter((d) => d.getTime() >= since).sort((a, b) => a.getTime() - b.getTime())
  if (recent.length < rule.count) return null
  const until = inShanghai(recent[recent.length - 1]).add(rule.suspendDays, 'day').toDate()
  return until.getTime() > now.getTime() ? until : null
}
