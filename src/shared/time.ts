/**
 * Every date rule of the platform is decided in Asia/Shanghai, whatever the process TZ
 * (cloud functions run in UTC; phones may be set anywhere).
 *
 * China has kept UTC+8 without daylight saving since 1991, so Shanghai time is a fixed +08:00 offset here:
 * no Intl time-zone data, which some Android WeChat clients lack or get wrong.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export const ZONE = 'Asia/Shanghai'
const OFFSET_MINUTES = 8 * 60
export type { Dayjs }

/** An instant seen on the Shanghai wall clock. */
export function inShanghai(at: Date | string | number | Dayjs): Dayjs {
  return dayjs(at).utcOffset(OFFSET_MINUTES)
}

/** Calendar day (YYYY-MM-DD) of an instant in Shanghai. */
export function shanghaiDay(at: Date | string | number | Dayjs): string {
  return inShanghai(at).format('YYYY-MM-DD')
}

/** The instant a Shanghai wall-clock time happens, e.g. atShanghai('2026-12-01', '09:30'). */
export function atShanghai(day: string, time = '00:00'): Dayjs {
  return inShanghai(`${day}T${time}:00+08:00`)
}

/** Start of the Shanghai day containing `at`, as an instant. */
export function startOfShanghaiDay(at: Date | string | number | Dayjs): Dayjs {
  return atShanghai(shanghaiDay(at))
}

/** Whole Shanghai calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date | Dayjs, to: Date | Dayjs): number {
  return startOfShanghaiDay(to).diff(startOfShanghaiDay(from), 'day')
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** A Shanghai calendar day as residents read it: { date: '12月1日', weekday: '周二' }. */
export function dayLabel(day: string): { date: string; weekday: string } {
  const t = atShanghai(day)
  return { date: `${t.month() + 1}月${t.date()}日`, weekday: WEEKDAYS[t.day()] }
}

/** "12月1日 周二 09:30" — how dates are shown to residents. */
export function formatForPeople(at: Date | string | number, withTime = true): string {
  const t = inShanghai(at)
  const day = `${t.month() + 1}月${t.date()}日 ${WEEKDAYS[t.day()]}`
  return withTime ? `${day} ${t.format('HH:mm')}` : day
}

/** "2026年12月1日 09:30" (or "2026年12月1日" without the time): the form WeChat's time and date message fields accept. */
export function formatForNotice(at: Date | string | number, withTime = true): string {
  const t = inShanghai(at)
  const day = `${t.year()}年${t.month() + 1}月${t.date()}日`
  return withTime ? `${day} ${t.format('HH:mm')}` : day
}

/**
 * `at` plus whole months on the Shanghai calendar (same day of month, same wall-clock time). Counted on a UTC
 * clock moved by the fixed +08:00: dayjs's `add` on an offset instance goes through the process's local zone and
 * lands an hour off across a daylight-saving change there.
 */
export function addShanghaiMonths(at: Date, months: number): Date {
  const offsetMs = OFFSET_MINUTES * 60_000
  return new Date(dayjs.utc(at.getTime() + offsetMs).add(months, 'month').valueOf() - offsetMs)
}
