import { Axis, Chart, Interval, jsx } from '@antv/f2'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { useDisplay } from '@/hooks/use-display'
import { type Bar, breakdownHeight, countAxis } from '@/shared/domain/governance/charts'
import { ChartTable } from './chart/chart-table'
import { F2Canvas } from './chart/f2-canvas'

const el = jsx as (type: unknown, props: Record<string, unknown>, ...children: unknown[]) => unknown

/**
 * A period's reports by state or category as horizontal bars (F2 in a 2d canvas), with the counts as a table for
 * screen readers and 长辈版. The tap targets that list the reports behind each bar sit below it (the caller's).
 */
export function BreakdownChart({ caption, what, bars }: { caption: string; what: string; bars: Bar[] }) {
  const { elder, scale } = useDisplay()
  const [failed, setFailed] = useState(false)
  if (!bars.length) return null
  const fontSize = Math.round((elder ? 16 : 12) * scale)
  // the chart draws the largest at the top
  const data = [...bars].reverse().map((b) => ({ name: b.name, count: b.count }))
  const draw = () =>
    el(
      Chart,
      { data, coord: { transposed: true }, scale: { count: { min: 0, ...countAxis(Math.max(...bars.map((b) => b.count))) } } },
      el(Axis, { field: 'name', style: { label: { fontSize, fill: '#24292f' } } }),
      el(Axis, { field: 'count', style: { label: { fontSize, fill: '#57606a' } } }),
      el(Interval, { x: 'name', y: 'count', color: '#1f6feb', sizeRatio: 0.6 }),
    )
  return (
    <View className='chart' role='group' aria-label={`${caption}：${bars.map((b) => `${b.name} ${b.count} 件`).join('，')}`}>
      <F2Canvas draw={draw} signature={JSON.stringify(data)} height={breakdownHeight(bars, fontSize)} onFailed={() => setFailed(true)} />
      <ChartTable caption={caption} headers={[what, '件数']} rows={bars.map((b) => [b.name, `${b.count}`])} shown={elder || failed} />
    </View>
  )
}
