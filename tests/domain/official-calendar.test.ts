import { calendarYearToEnter, OFFICIAL_CALENDAR_THROUGH } from '@/shared/domain/official-calendar'
import { isWorkingDay } from '@/shared/domain/workdays'

const next = OFFICIAL_CALENDAR_THROUGH + 1

it('asks staff for next year’s holidays from October, when its notice is due, and for every year the library lacks', () => {
  expect(calendarYearToEnter(`${OFFICIAL_CALENDAR_THROUGH}-09-30`)).toBeNull()
  expect(calendarYearToEnter(`${OFFICIAL_CALENDAR_THROUGH}-10-01`)).toBe(next)
  expect(calendarYearToEnter(`${OFFICIAL_CALENDAR_THROUGH}-12-31`)).toBe(next)
  expect(calendarYearToEnter(`${next}-03-01`)).toBe(next)
  expect(calendarYearToEnter(`${OFFICIAL_CALENDAR_THROUGH - 1}-11-15`)).toBeNull()
})

it('counts a year the library lacks by weekends and fixed holidays only, until staff enter its notice', () => {
  // the first Wednesday of next year's February: a working day unless the street says otherwise
  const day = [...Array(7).keys()].map((d) => `${next}-02-0${d + 1}`).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 3) ?? ''
  expect(isWorkingDay(day)).toBe(true)
  expect(isWorkingDay(day, { [day]: 'off' })).toBe(false)
  expect(isWorkingDay(`${next}-01-01`)).toBe(false)
})
