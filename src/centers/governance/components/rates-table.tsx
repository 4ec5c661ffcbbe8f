import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'
import { percent } from '@/shared/domain/governance/rates'
import { TrendChart } from './trend-chart'

type Scope = OutputOf<typeof governance, 'commandOverview'>['street']

/** Where a scope's reports are listed: a team's, a community's, or the street's. */
function filterOf(key: string): string {
  if (key.startsWith('community_')) return `community=${encodeURIComponent(key.slice('community_'.length))}`
  if (key === 'street') return ''
  return `teamKey=${encodeURIComponent(key)}`
}

/** The three rates of each scope over 12 weeks, with the trend drawn as a chart; a tap on the figures lists the scope's reports. */
export function RatesTable({ title, scopes, since }: { title: string; scopes: Scope[]; since: string }) {
  return (
    <>
      <Text className='section-title'>{title}</Text>
      {scopes.length ? null : <Text className='secondary-text'>近 12 周还没有数据</Text>}
      {scopes.map((s) => (
        <View key={s.key} className='card'>
          <ActionButton
            className='plain-button list-row'
            label={`${s.name}：响应率 ${percent(s.rates.response)}，解决率 ${percent(s.rates.resolution)}，满意率 ${percent(s.rates.satisfaction)}，查看问题`}
            onClick={() => Taro.navigateTo({ url: `/centers/governance/pages/tasks/index?since=${encodeURIComponent(since)}&${filterOf(s.key)}` })}
          >
            <Text className='list-row__title'>{s.name.replace('黄河西路', '')}</Text>
            <Text className='secondary-text'>
              响应率 {percent(s.rates.response)} · 解决率 {percent(s.rates.resolution)} · 满意率 {percent(s.rates.satisfaction)}
            </Text>
            <Text className='secondary-text'>
              受理 {s.counters.received} 件 · 办结 {s.counters.closed} 件 · 评价 {s.counters.rated} 件 · 超时 {s.counters.overdue} 件
            </Text>
          </ActionButton>
          <TrendChart name={s.name.replace('黄河西路', '')} trend={s.trend} />
        </View>
      ))}
    </>
  )
}
