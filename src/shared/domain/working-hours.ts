/**
 * Working time in Shanghai: the hours of the working days (workdays.ts) the street's offices are staffed,
 * 09:00–12:00 and 13:30–17:30 (7 hours a day). A deadline of "4 working hours" counts only those hours, so a
 * report at 17:00 on Friday is due at 12:00 on Monday (or after the holiday). Same answer in any TZ.
 */
import { atShanghai, inShanghai, shanghaiDay } from '../time'
import { addWorkingDays, type Corrections, isWorkingDay } from './workdays'

/** The staffed periods of a working day, Shanghai wall clock. */
export const WORKING_PERIODS: ReadonlyArray<{ start: string; end: string }> = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:30' },
]

const MINUTE = 60_000

/** The next working day after `day` (the day itself does not count). */
const nextWorkingDay = (day: string, corrections: Corrections) => addWorkingDays(day, 1, corrections)

/**
 * The instant `hours` working hours after `from` (fractions allowed): time outside the periods, on weekends,
 * holidays and days staff marked off does not count.
 */
export function addWorkingHours(from: Date, hours: number, corrections: Corrections = {}): Date {
  let left = Math.round(hours * 60) * MINUTE
  let day = shanghaiDay(from)
  let cursor = from.getTime()
  if (!isWorkingDay(day, corrections)) {
    day = nextWorkingDay(day, corrections)
    cursor = atShanghai(day).valueOf()
  }
  for (;;) {
    for (const p of WORKING_PERIODS) {
      const start = atShanghai(day, p.start).valueOf()
      const end = atShanghai(day, p.end).valueOf()
      const begin = Math.max(cursor, start)
      if (begin >= end) continue
      if (left <= end - begin) return new Date(begin + left)
      left -= end - begin
      cursor = end
    }
    day = nextWorkingDay(day, corrections)
    cursor = atShanghai(day).valueOf()
  }
}

/** Whether `at` falls inside working time. */
export function isWorkingTime(at: Date, corrections: Corrections = {}): boolean {
  const day = shanghaiDay(at)
  if (!isWorkingDay(day, corrections)) return false
  const clock = inShanghai(at).format('HH:mm')
  return WORKING_PERIODS.some((p) => clock >= p.start && clock < p.end)
}
