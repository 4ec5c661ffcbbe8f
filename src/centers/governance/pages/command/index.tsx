import { Text, View } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { StateView } from '@/components/state-view'
import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { governance, type OVERVIEW_TABLES } from '@/shared/contracts/governance'
import { AssignedAlerts } from '../../components/assigned-alerts'
import { ExportButton } from '@/components/export-button'
import { PeriodFigures } from '../../components/figures'
import { RatesTable } from '../../components/rates-table'
import { ReportRow } from '../../components/report-row'
import { StreetFigures } from '../../components/street-figures'
import '../../components/governance.scss'

const exportTable = (table: (typeof OVERVIEW_TABLES)[number]) => async () => (await callCloud(governance, 'commandOverview', { export: table })).sheet
const exportOverdue = async () => (await callCloud(governance, 'listReports', { overdue: true, status: 'open', pageSize: 1, export: true })).sheet

/** 综合指挥平台: overdue first, today's and this month's reports, the three rates per team and community over 12 weeks, the other centers' figures; every table exports as xlsx. */
export default function CommandPage() {
  const o = useLoad(() => callCloud(governance, 'commandOverview', {}), [])
  const refused = useStaffOnly(o.refused, governance, 'commandOverview')
  if (refused) return <NoPermission what='综合指挥平台' who='社区综合治理服务中心的工作人员' center='governance' hint='综合指挥平台只供综治中心的工作人员使用。发现问题请回到综治中心首页点「随手拍上报」，上报过的问题在「我的上报」里查看进度。' />
  if (o.error) return <Screen><StateView kind='error' text={o.error} onRetry={o.reload} /></Screen>
  if (!o.data) return <Screen><StateView kind='loading' /></Screen>
  const d = o.data
  return (
    <Screen>
      <Text className='section-title'>超时督办（{d.overdueCount} 件{d.overdueCount > d.overdue.length ? `，先列最早到期的 ${d.overdue.length} 件` : ''}）</Text>
      {d.overdue.length ? (
        <View>
          {d.overdue.map((r) => (
            <ReportRow key={r.id} r={r} />
          ))}
          <ExportButton what='超时问题' exportSheet={exportOverdue} />
        </View>
      ) : (
        <Text className='secondary-text'>目前没有超时的问题</Text>
      )}
      <AssignedAlerts text='有问题超时时提醒我' />
      <PeriodFigures title='今日上报' p={d.today} />
      <ExportButton what='今日上报' exportSheet={exportTable('today')} />
      <PeriodFigures title='本月上报' p={d.month} />
      <ExportButton what='本月上报' exportSheet={exportTable('month')} />
      <RatesTable title='全街道三率（近 12 周）' scopes={[d.street]} since={d.since} />
      <ExportButton what='全街道三率' exportSheet={exportTable('street')} />
      <RatesTable title='各处置队伍' scopes={d.teams} since={d.since} />
      {d.teams.length ? <ExportButton what='各处置队伍三率' exportSheet={exportTable('teams')} /> : null}
      <RatesTable title='各社区' scopes={d.communities} since={d.since} />
      {d.communities.length ? <ExportButton what='各社区三率' exportSheet={exportTable('communities')} /> : null}
      <StreetFigures figures={d.centers} />
      <ExportButton what='各中心实时数据' exportSheet={exportTable('centers')} />
    </Screen>
  )
}
