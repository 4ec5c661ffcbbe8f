import { addWorkingHours, isWorkingTime } from '@/shared/domain/working-hours'
import { atShanghai } from '@/shared/time'

const at = (day: string, time: string) => atShanghai(day, time).toDate()

describe('working hours', () => {
  it('adds two working hours inside a morning: 09:30 + 2 h is 11:30', () => {
    expect(addWorkingHours(at('2026-12-01', '09:30'), 2)).toEqual(at('2026-12-01', '11:30'))
  })

  it('skips the lunch break: 11:00 + 2 h is 14:30', () => {
    expect(addWorkingHours(at('2026-12-01', '11:00'), 2)).toEqual(at('2026-12-01', '14:30'))
  })

  it('carries the rest of a Friday afternoon over the weekend to Monday morning', () => {
    expect(addWorkingHours(at('2026-12-04', '17:00'), 2)).toEqual(at('2026-12-07', '10:30'))
  })

  it('starts counting at 09:00 for a report made in the night or on a Sunday', () => {
    expect(addWorkingHours(at('2026-12-01', '22:00'), 1)).toEqual(at('2026-12-02', '10:00'))
    expect(addWorkingHours(at('2026-12-06', '10:00'), 1)).toEqual(at('2026-12-07', '10:00'))
  })

  it('skips the whole National Day holiday (2026 notice: back on 8 October)', () => {
    expect(addWorkingHours(at('2026-09-30', '17:00'), 1)).toEqual(at('2026-10-08', '09:30'))
  })

  it('lets a staff correction close a working day', () => {
    expect(addWorkingHours(at('2026-12-01', '17:00'), 1, { '2026-12-02': 'off' })).toEqual(at('2026-12-03', '09:30'))
  })

  it('tells working time from lunch, evenings and weekends', () => {
    expect(isWorkingTime(at('2026-12-01', '10:00'))).toBe(true)
    expect(isWorkingTime(at('2026-12-01', '12:30'))).toBe(false)
    expect(isWorkingTime(at('2026-12-01', '18:00'))).toBe(false)
    expect(isWorkingTime(at('2026-12-05', '10:00'))).toBe(false)
  })
})
