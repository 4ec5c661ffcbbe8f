import { addWorkingDays, isWorkingDay, officialCalendarCovers, workingDaysBetween, workingDaysDeadline } from '@/shared/domain/workdays'
import { atShanghai } from '@/shared/time'

describe('working days', () => {
  it('counts an ordinary Monday as a working day and a Saturday as not', () => {
    expect(isWorkingDay('2026-11-30')).toBe(true)
    expect(isWorkingDay('2026-11-28')).toBe(false)
  })

  it('knows the National Day holiday and its make-up Saturday (2026 notice)', () => {
    expect(isWorkingDay('2026-10-05')).toBe(false)
    expect(isWorkingDay('2026-10-10')).toBe(true)
  })

  it('lets staff corrections win over the official calendar', () => {
    expect(isWorkingDay('2026-12-01', { '2026-12-01': 'off' })).toBe(false)
    expect(isWorkingDay('2026-11-29', { '2026-11-29': 'work' })).toBe(true)
  })

  it('keeps the fixed-date holidays in years whose notice is not out yet', () => {
    expect(officialCalendarCovers('2027-01-01')).toBe(false)
    expect(isWorkingDay('2027-01-01')).toBe(false)
    expect(isWorkingDay('2027-01-04')).toBe(true)
  })

  it('adds 7 working days over a weekend: Friday + 7 is the Tuesday after next', () => {
    expect(addWorkingDays('2026-12-04', 7)).toBe('2026-12-15')
  })

  it('skips the whole Spring Festival holiday', () => {
    // 2026: 2月15日–23日 off, 2月14日 and 2月28日 make-up working Saturdays
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24')
  })

  it('ends a deadline at midnight Shanghai of the last working day, whatever the hour it started', () => {
    const late = atShanghai('2026-12-04', '23:30').toDate()
    expect(workingDaysDeadline(late, 3).toISOString()).toBe(atShanghai('2026-12-10').toDate().toISOString())
  })

  it('counts working days between two instants in Shanghai days', () => {
    expect(workingDaysBetween(atShanghai('2026-12-04', '08:00').toDate(), atShanghai('2026-12-08', '01:00').toDate())).toBe(2)
    expect(workingDaysBetween(atShanghai('2026-12-08').toDate(), atShanghai('2026-12-04').toDate())).toBe(-2)
  })
})
