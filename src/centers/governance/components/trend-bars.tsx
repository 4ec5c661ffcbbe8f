import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'
import { percent } from '@/shared/domain/governance/rates'

type Trend = OutputOf<typeof governance, 'commandOverview'>['street']['trend']

const SERIES = [
  { key: 'response', name: '响应率', color: '#1f6feb' },
  { key: 'resolution', name: '解决率', color: '#1a7f37' },
  { key: 'satisfaction', name: '满意率', color: '#bf8700' },
] as const

/**
 * 12 weeks of the three rates as bars drawn with views (the same in the weapp and in H5, no canvas); each bar
 * carries its figure in words for screen readers.
 */
export function TrendBars({ trend }: { trend: Trend }) {
  return (
    <View className='trend' role='group' aria-label='近 12 周趋势'>
      {SERIES.map((s) => (
        <View key={s.key} className='trend__row'>
          <Text className='trend__name'>{s.name}</Text>
          <View className='trend__bars'>
            {trend.map((w) => {
              const rate = w.rates[s.key]
              return (
                <View key={w.week} className='trend__slot' role='img' aria-label={`${w.week.slice(5)} 当周${s.name} ${percent(rate)}`}>
                  <View className='trend__bar' style={{ height: `${Math.round((rate ?? 0) * 100)}%`, background: s.color }} />
                </View>
              )
            })}
          </View>
        </View>
      ))}
      <Text className='secondary-text'>
        {trend[0]?.week.slice(5)} 至 {trend.at(-1)?.week.slice(5)} 当周，每条为一周
      </Text>
    </View>
  )
}
