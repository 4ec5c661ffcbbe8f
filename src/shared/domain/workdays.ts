/**
 * Working days in China: weekends, the official holidays and the make-up working days (调休) the State Council
 * publishes each year, from chinese-workday; staff correct single days (a late notice, a local closure) with
 * `corrections`, which win. Days are Shanghai calendar days ('YYYY-MM-DD'), so the result is the same in any TZ.
 *
 * Years the library has no notice for yet: weekends and the fixed-date holidays (元旦, 劳动节 5/1, 国庆 10/1–3)
 * only — the lunar holidays move, so staff add them as corrections when the notice comes out.
 */
import { isWorkday } from 'chinese-workday'
import { atShanghai, shanghaiDay } from '../time'
import { OFFICIAL_CALENDAR_THROUGH } from './official-calendar'

export type DayKind = 'work' | 'off'
/** Staff corrections by day, e.g. { '2027-02-08': 'off' }. */
export type Corrections = Readonly<Record<string, DayKind>>

const FIXED_HOLIDAYS = ['01-01', '05-01', '10-01', '10-02', '10-03']

function weekday(day: string): number {
  return atShanghai(day).day()
}

/** Whether the official calendar for the year of `day` is known (otherwise only fixed-date holidays count). */
export function officialCalendarCovers(day: string): boolean {
  return Number(day.slice(0, 4)) <= OFFICIAL_CALENDAR_THROUGH
}

export function isWorkingDay(day: string, corrections: Corrections = {}): boolean {
  const corrected = corrections[day]
  if (corrected) return corrected === 'work'
  // only isWorkday reads a 'YYYY-MM-DD' string as a calendar day in every TZ; the library's other checks parse it
  // as UTC midnight and land on the day before west of Greenwich
  if (officialCalendarCovers(day)) return isWorkday(day)
  if (FIXED_HOLIDAYS.includes(day.slice(5))) return false
  const w = weekday(day)
  return w !== 0 && w !== 6
}

/** The n-th working day after `day` (n ≥ 1); the day itself does not count. */
export function addWorkingDays(day: string, n: number, corrections: Corrections = {}): string {
  let current = atShanghai(day)
  let left = n
  while (left > 0) {
    current = current.add(1, 'day')
    if (isWorkingDay(current.format('YYYY-MM-DD'), corrections)) left -= 1
  }
  return current.format('YYYY-MM-DD')
}

/**
 * A deadline of n working days counted from an instant: the end of the n-th working day after the Shanghai
 * day it happened on (24:00 Shanghai, i.e. the start of the next calendar day).
 */
export function workingDaysDeadline(from: Date, n: number, corrections: Corrections = {}): Date {
  return atShanghai(addWorkingDays(shanghaiDay(from), n, corrections)).add(1, 'day').toDate()
}

/** Working days from the Shanghai day of `from` to the day of `to` (0 on the same day; negative when earlier). */
export function workingDaysBetween(from: Date, to: Date, corrections: Corrections = {}): number {
  const start = shanghaiDay(from)
  const end = shanghaiDay(to)
  const sign = end >= start ? 1 : -1
  const [first, last] = sign > 0 ? [start, end] : [end, start]
  let count = 0
  let day = first
  while (day < last) {
    day = atShanghai(day).add(1, 'day').format('YYYY-MM-DD')
    if (isWorkingDay(day, corrections)) count += 1
  }
  return sign * count
}
