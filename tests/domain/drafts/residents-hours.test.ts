import { boardDays } from '@/centers/residents/pages/hours/draft'

describe('我的接待日: the days a cadre can open', () => {
  // Saturday 5 Dec 2026, 09:00 Shanghai (Friday 4 Dec in UTC and Los Angeles)
  const now = new Date('2026-12-05T01:00:00Z')
  const bookable = ['2026-12-07', '2026-12-08']

  it('keeps the past week’s reception days, so a talk is recorded after it happened', () => {
    expect(boardDays(bookable, [1, 2, 3, 4, 5], now)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08'])
  })

  it('opens only the reception’s own weekdays in the past, counting Sunday as 7', () => {
    expect(boardDays([], [3, 7], now)).toEqual(['2026-11-29', '2026-12-02'])
  })

  it('lists a day that is both past-week and bookable once', () => {
    expect(boardDays(['2026-12-05', '2026-12-07'], [6], now)).toEqual(['2026-11-28', '2026-12-05', '2026-12-07'])
  })
})
