import { atShanghai, daysBetween, formatForPeople, shanghaiDay, startOfShanghaiDay } from '@/shared/time'

describe('Shanghai time', () => {
  it('puts 17:30 UTC on the next Shanghai day', () => {
    expect(shanghaiDay(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28')
    expect(shanghaiDay(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27')
  })

  it('turns a Shanghai wall-clock time into the right instant whatever the process TZ', () => {
    expect(atShanghai('2026-12-01', '09:30').toISOString()).toBe('2026-12-01T01:30:00.000Z')
    expect(atShanghai('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z')
  })

  it('starts the day at Shanghai midnight', () => {
    expect(startOfShanghaiDay(new Date('2026-11-27T20:00:00Z')).toISOString()).toBe('2026-11-27T16:00:00.000Z')
  })

  it('counts calendar days in Shanghai, not 24-hour spans', () => {
    // 23:50 and 00:10 the next morning in Shanghai are one day apart
    expect(daysBetween(new Date('2026-11-27T15:50:00Z'), new Date('2026-11-27T16:10:00Z'))).toBe(1)
    expect(daysBetween(new Date('2026-11-27T01:00:00Z'), new Date('2026-11-27T15:00:00Z'))).toBe(0)
  })

  it('shows dates the way residents read them', () => {
    expect(formatForPeople('2026-12-01T01:30:00Z')).toBe('12月1日 周二 09:30')
    expect(formatForPeople('2026-12-01T01:30:00Z', false)).toBe('12月1日 周二')
  })
})

describe('Shanghai time without Intl', () => {
  it('reads the same wall clock when Intl has no time-zone data', () => {
    const original = Intl.DateTimeFormat
    // an old Android WebView: any time-zone lookup fails
    ;(Intl as { DateTimeFormat: unknown }).DateTimeFormat = () => {
      throw new RangeError('no time zone data')
    }
    try {
      expect(formatForPeople('2026-12-01T16:30:00Z')).toBe('12月2日 周三 00:30')
      expect(atShanghai('2026-12-02', '00:30').toISOString()).toBe('2026-12-01T16:30:00.000Z')
    } finally {
      ;(Intl as { DateTimeFormat: unknown }).DateTimeFormat = original
    }
  })

  it('adds days across the month end on the Shanghai calendar', () => {
    expect(atShanghai('2026-11-30').add(1, 'day').format('YYYY-MM-DD')).toBe('2026-12-01')
    expect(shanghaiDay(atShanghai('2026-12-31', '23:59').add(1, 'minute').toDate())).toBe('2027-01-01')
  })
})
