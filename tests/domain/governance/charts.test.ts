import { breakdownBars, breakdownHeight, countAxis, trendPoints, trendSummary, trendTable, trendWeeks } from '@/shared/domain/governance/charts'

const none = { response: null, resolution: null, satisfaction: null }
const trend = [
  { week: '2026-11-16', rates: none },
  { week: '2026-11-23', rates: { response: 0.5, resolution: null, satisfaction: null } },
  { week: '2026-11-30', rates: { response: 1, resolution: 2 / 3, satisfaction: 0.8 } },
]

describe('the command view’s charts', () => {
  it('draws each rate as a line of whole percents by week, leaving out weeks with nothing to rate', () => {
    expect(trendPoints(trend)).toEqual([
      { week: '11-23', series: '响应率', value: 50 },
      { week: '11-30', series: '响应率', value: 100 },
      { week: '11-30', series: '解决率', value: 67 },
      { week: '11-30', series: '满意率', value: 80 },
    ])
  })

  it('keeps every week on the axis, oldest first, even one without a point', () => {
    expect(trendWeeks(trend)).toEqual(['11-16', '11-23', '11-30'])
  })

  it('gives the same figures as a table, a row per week with a dash where there was nothing to rate', () => {
    expect(trendTable(trend)).toEqual({
      headers: ['当周（周一）', '响应率', '解决率', '满意率'],
      rows: [
        ['11-16', '—', '—', '—'],
        ['11-23', '50%', '—', '—'],
        ['11-30', '100%', '66.7%', '80%'],
      ],
    })
  })

  it('sums the trend up in one sentence from the latest week that has figures', () => {
    expect(trendSummary('网格员', [...trend, { week: '2026-12-07', rates: none }])).toBe('网格员近 12 周三率趋势图，最近有数据的一周（11-30 起）：响应率 100%，解决率 66.7%，满意率 80%')
    expect(trendSummary('第一社区', [{ week: '2026-11-30', rates: none }])).toBe('第一社区近 12 周还没有可计算的三率')
  })

  it('draws a period’s counts as bars, largest first, named for people, each keeping the value its reports are listed by', () => {
    const bars = breakdownBars({ assigned: 3, fixed: 5, accepted: 0, disposed: 3 }, (v) => ({ assigned: '待受理', fixed: '已解决', disposed: '已处置' })[v] ?? v)
    expect(bars).toEqual([
      { name: '已解决', count: 5, value: 'fixed' },
      { name: '已处置', count: 3, value: 'disposed' },
      { name: '待受理', count: 3, value: 'assigned' },
    ])
    expect(breakdownBars({})).toEqual([])
  })

  it('makes room for every bar’s name at the font size in use', () => {
    const bars = breakdownBars({ a: 1, b: 2, c: 3, d: 4 })
    expect(breakdownHeight(bars, 16)).toBeGreaterThan(breakdownHeight(bars, 12))
    expect(breakdownHeight(bars, 12)).toBeGreaterThanOrEqual(4 * 24)
  })

  it('labels the count axis in whole reports, reaching the largest count', () => {
    for (const largest of [0, 1, 2, 3, 7, 40]) {
      const { max, tickInterval } = countAxis(largest)
      const ticks = [0, tickInterval, 2 * tickInterval]
      expect(ticks.every(Number.isInteger)).toBe(true)
      expect(max).toBe(ticks[2])
      expect(max).toBeGreaterThanOrEqual(Math.max(largest, 2))
    }
    expect(countAxis(1)).toEqual({ max: 2, tickInterval: 1 })
    expect(countAxis(7)).toEqual({ max: 8, tickInterval: 4 })
  })
})
