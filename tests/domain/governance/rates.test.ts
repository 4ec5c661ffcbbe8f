import { countersDelta, lastWeeks, percent, ratesOf, sumCounters, weekOf, ZERO_COUNTERS } from '@/shared/domain/governance/rates'
import { atShanghai } from '@/shared/time'

describe('the three rates', () => {
  it('computes response, resolution and satisfaction from the counters', () => {
    const c = { ...ZERO_COUNTERS, received: 10, respondedOnTime: 8, responded: 9, closed: 5, resolved: 4, rated: 4, satisfied: 3 }
    expect(ratesOf(c)).toEqual({ response: 0.8, resolution: 0.8, satisfaction: 0.75 })
  })

  it('has no rate (not 0%) when nothing was counted', () => {
    expect(ratesOf(ZERO_COUNTERS)).toEqual({ response: null, resolution: null, satisfaction: null })
    expect(percent(null)).toBe('—')
    expect(percent(0.8)).toBe('80%')
  })

  it('counts a late answer as answered but not on time, and a 3-star rating as not satisfied', () => {
    expect(countersDelta({ kind: 'responded', onTime: false })).toEqual({ responded: 1 })
    expect(countersDelta({ kind: 'rated', score: 3 })).toEqual({ rated: 1 })
    expect(countersDelta({ kind: 'rated', score: 4 })).toEqual({ rated: 1, satisfied: 1 })
  })

  it('leaves duplicates out and takes back a resolution the reporter reopens', () => {
    expect(countersDelta({ kind: 'closed', status: 'closed', reason: 'duplicate' })).toEqual({ received: -1 })
    expect(countersDelta({ kind: 'closed', status: 'fixed', reason: null })).toEqual({ closed: 1, resolved: 1 })
    expect(countersDelta({ kind: 'reopened', wasStatus: 'fixedUnconfirmed' })).toEqual({ closed: -1, resolved: -1 })
  })

  it('adds counters of several teams or weeks', () => {
    expect(sumCounters([{ received: 2 }, { received: 3, rated: 1 }])).toMatchObject({ received: 5, rated: 1 })
  })

  it('keys weeks by their Shanghai Monday, also late on Sunday evening', () => {
    expect(weekOf(atShanghai('2026-12-06', '23:30').toDate())).toBe('2026-11-30')
    expect(weekOf(atShanghai('2026-11-30', '00:10').toDate())).toBe('2026-11-30')
    const weeks = lastWeeks(atShanghai('2026-12-02', '10:00').toDate())
    expect(weeks).toHaveLength(12)
    expect(weeks[11]).toBe('2026-11-30')
    expect(weeks[0]).toBe('2026-09-14')
  })
})
