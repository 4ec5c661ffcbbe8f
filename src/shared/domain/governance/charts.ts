/**
 * What the command view's charts draw, and the same figures as a table (for screen readers and 长辈版): the three
 * rates of a scope week by week over 12 weeks, and a period's reports by state or category. Pure: the chart
 * component only hands these rows to the chart library.
 */
import { percent, type Rates } from './rates'

export const RATE_SERIES = [
  { key: 'response', name: '响应率', color: '#1f6feb' },
  { key: 'resolution', name: '解决率', color: '#1a7f37' },
  { key: 'satisfaction', name: '满意率', color: '#9a6700' },
] as const satisfies ReadonlyArray<{ key: keyof Rates; name: string; color: string }>

export type RateSeriesName = (typeof RATE_SERIES)[number]['name']

export interface TrendWeek {
  /** the week's Monday, 'YYYY-MM-DD' (Shanghai) */
  week: string
  rates: Rates
}

/** One point of a trend line: the week as people read it ('11-30'), the series, the rate in whole percent. */
export interface TrendPoint {
  week: string
  series: RateSeriesName
  value: number
}

const weekLabel = (week: string) => week.slice(5)

/**
 * The points of the three trend lines. A week with nothing to rate (no report received, closed or rated) has no
 * point rather than a 0% that would read as a failure.
 */
export function trendPoints(trend: readonly TrendWeek[]): TrendPoint[] {
  return RATE_SERIES.flatMap((s) =>
    trend.flatMap((w) => {
      const rate = w.rates[s.key]
      return rate === null ? [] : [{ week: weekLabel(w.week), series: s.name, value: Math.round(rate * 100) }]
    }),
  )
}

/** The weeks along the axis, oldest first, each once (weeks without a point keep their place). */
export const trendWeeks = (trend: readonly TrendWeek[]): string[] => trend.map((w) => weekLabel(w.week))

/** The same figures as a table: a row per week, a column per rate ('—' where there was nothing to rate). */
export function trendTable(trend: readonly TrendWeek[]): { headers: string[]; rows: string[][] } {
  return {
    headers: ['当周（周一）', ...RATE_SERIES.map((s) => s.name)],
    rows: trend.map((w) => [weekLabel(w.week), ...RATE_SERIES.map((s) => percent(w.rates[s.key]))]),
  }
}

/** The trend in one sentence, for the chart's label: the latest week that has figures, and the 12 weeks' span. */
export function trendSummary(name: string, trend: readonly TrendWeek[]): string {
  const latest = [...trend].reverse().find((w) => RATE_SERIES.some((s) => w.rates[s.key] !== null))
  if (!latest) return `${name}近 12 周还没有可计算的三率`
  const rates = RATE_SERIES.map((s) => `${s.name} ${percent(latest.rates[s.key])}`).join('，')
  return `${name}近 12 周三率趋势图，最近有数据的一周（${weekLabel(latest.week)} 起）：${rates}`
}

/** One bar of a breakdown: what it counts, how many, and the filter that lists the reports behind it. */
export interface Bar {
  /** what people read ('待受理', '环境卫生', '第一社区') */
  name: string
  count: number
  /** the value the report list filters on (a status code, a category, a community) */
  value: string
}

/** A period's counts as bars, largest first, leaving out what counts nothing. */
export function breakdownBars(counts: Readonly<Record<string, number>>, nameOf: (value: string) => string = (v) => v): Bar[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([value, count]) => ({ name: nameOf(value), count, value }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

/** A breakdown's height: room for each bar's name, whatever the font scale. */
export function breakdownHeight(bars: readonly Bar[], fontSize: number): number {
  return Math.max(2, bars.length) * Math.round(fontSize * 2.2) + 24
}

/** A count axis in whole reports (never "0.5 件"): three labels, 0, a step and twice the step, reaching the largest count. */
export function countAxis(largest: number): { max: number; tickInterval: number } {
  const step = Math.max(1, Math.ceil(largest / 2))
  return { max: 2 * step, tickInterval: step }
}
