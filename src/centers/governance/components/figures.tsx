import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'
import { breakdownBars } from '@/shared/domain/governance/charts'
import { REPORT_STATUS_TEXT, type ReportStatus } from '@/shared/domain/governance/reports'
import { BreakdownChart } from './breakdown-chart'

type Period = OutputOf<typeof governance, 'commandOverview'>['today']

const open = (query: Record<string, string>) => () =>
  Taro.navigateTo({ url: `/centers/governance/pages/tasks/index?${Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` })

const stateName = (k: string) => REPORT_STATUS_TEXT[k as ReportStatus]?.split('，')[0] ?? k
const NAMES: Record<string, (k: string) => string> = { status: stateName, category: (k) => k, community: (k) => k.replace('黄河西路', '') }

/** A period's reports by state, category and community (state and category drawn as bars); each figure opens the reports behind it. */
export function PeriodFigures({ title, p }: { title: string; p: Period }) {
  const rows: Array<[string, Record<string, number>, string]> = [
    ['状态', p.state, 'status'],
    ['类别', p.category, 'category'],
    ['社区', p.community, 'community'],
  ]
  return (
    <View className='card'>
      <Text className='card__title'>
        {title}：{p.total} 件
      </Text>
      {rows.map(([name, counts, key]) => (
        <View key={name}>
          <Text className='secondary-text'>按{name}</Text>
          {key === 'community' ? null : <BreakdownChart caption={`${title}按${name}`} what={name} bars={breakdownBars(counts, NAMES[key])} />}
          <View className='chips'>
            {Object.entries(counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => (
                <ActionButton key={k} className='choice-button chips__item' label={`${title}按${name}：${NAMES[key](k)} ${n} 件，查看这些问题`} onClick={open({ since: p.since, [key]: k })}>
                  {`${NAMES[key](k)} ${n}`}
                </ActionButton>
              ))}
          </View>
        </View>
      ))}
    </View>
  )
}
