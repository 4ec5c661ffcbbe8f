import { Axis, Chart, jsx, Legend, Line, Point } from '@antv/f2'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useDisplay } from '@/hooks/use-display'
import { RATE_SERIES, type TrendWeek, trendPoints, trendSummary, trendTable, trendWeeks } from '@/shared/domain/governance/charts'
import { ChartTable } from './chart/chart-table'
import { F2Canvas } from './chart/f2-canvas'

const el = jsx as (type: unknown, props: Record<string, unknown>, ...children: unknown[]) => unknown

/**
 * A scope's three rates over 12 weeks as lines (F2 in a 2d canvas, weapp and H5 alike), with the same figures as a
 * table for screen readers and 长辈版. A week with nothing to rate has no point.
 */
export function TrendChart({ name, trend }: { name: string; trend: TrendWeek[] }) {
  const { elder, scale } = useDisplay()
  const [failed, setFailed] = useState(false)
  const points = trendPoints(trend)
  const table = trendTable(trend)
  const summary = trendSummary(name, trend)
  const fontSize = Math.round((elder ? 16 : 11) * scale)
  const draw = () =>
    el(
      Chart,
      { data: points, scale: { week: { type: 'cat', values: trendWeeks(trend), tickCount: 4 }, value: { min: 0, max: 100, tickCount: 3 } } },
      el(Axis, { field: 'week', style: { label: { fontSize, fill: '#57606a' } } }),
      el(Axis, { field: 'value', formatter: (v: number) => `${v}%`, style: { label: { fontSize, fill: '#57606a' } } }),
      el(Line, { x: 'week', y: 'value', color: { field: 'series', range: RATE_SERIES.map((s) => s.color) } }),
      el(Point, { x: 'week', y: 'value', color: { field: 'series', range: RATE_SERIES.map((s) => s.color) }, size: 3 }),
      el(Legend, { position: 'top', style: { justifyContent: 'flex-start' }, itemFormatter: (v: string) => v, nameStyle: { fontSize, fill: '#24292f' } }),
    )
  return (
    <View className='chart' role='group' aria-label={summary}>
      {points.length ? (
        <F2Canvas draw={draw} signature={JSON.stringify(points)} height={Math.round((elder ? 220 : 170) * Math.min(scale, 1.5))} onFailed={() => setFailed(true)} />
      ) : (
        <Text className='secondary-text'>近 12 周还没有可计算的三率</Text>
      )}
      {points.length ? <ChartTable caption={`${name}近 12 周三率（按周）`} headers={table.headers} rows={table.rows} shown={elder || failed} /> : null}
    </View>
  )
}
