import { Text, View } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { governance } from '@/shared/contracts/governance'
import { AssignedAlerts } from '../../components/assigned-alerts'
import { PeriodFigures } from '../../components/figures'
import { RatesTable } from '../../components/rates-table'
import { ReportRow } from '../../components/report-row'
import '../../components/governance.scss'

/** 综合指挥平台: overdue first, today's and this month's reports, the three rates per team and community over 12 weeks. */
export default function CommandPage() {
  const o = useLoad(() => callCloud(governance, 'commandOverview', {}), [])
  if (o.error) return <Screen><StateView kind='error' text={o.error} onRetry={o.reload} /></Screen>
  if (!o.data) return <Screen><StateView kind='loading' /></Screen>
  const d = o.data
  return (
    <Screen>
      <Text className='section-title'>超时督办（{d.overdue.length} 件）</Text>
      <AssignedAlerts text='有问题超时时提醒我' />
      {d.overdue.length ? (
        <View>
          {d.overdue.map((r) => (
            <ReportRow key={r.id} r={r} />
          ))}
        </View>
      ) : (
        <Text className='secondary-text'>目前没有超时的问题</Text>
      )}
      <PeriodFigures title='今日上报' p={d.today} />
      <PeriodFigures title='本月上报' p={d.month} />
      <RatesTable title='全街道三率（近 12 周）' scopes={[d.street]} since={d.since} />
      <RatesTable title='各处置队伍' scopes={d.teams} since={d.since} />
      <RatesTable title='各社区' scopes={d.communities} since={d.since} />
    </Screen>
  )
}
