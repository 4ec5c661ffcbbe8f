import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { REPORT_STATUS_TEXT } from '@/shared/domain/governance/reports'
import { AssignedAlerts } from '../../components/assigned-alerts'
import { ExportButton } from '@/components/export-button'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { governance } from '@/shared/contracts/governance'
import { ReportRow } from '../../components/report-row'
import { useTasks } from './use-tasks'

const STATUSES = ['open', 'assigned', 'accepted', 'inProgress', 'disposed', 'closed'] as const
const label = (s: (typeof STATUSES)[number]) => (s === 'open' ? '办理中' : s === 'closed' ? '已办结' : REPORT_STATUS_TEXT[s].split('，')[0])

/** 问题处置: the handler's queue or every report for command staff; overdue can be shown alone. */
export default function TasksPage() {
  const { filter, setFilter, list, exportList } = useTasks()
  const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')
  const refused = useStaffOnly(list.refused, governance, 'listReports')
  if (refused) {
    return <NoPermission what='问题处置' who='网格员、处置队伍成员和综治中心的工作人员' center='governance' hint='问题处置只供网格员、处置队伍成员和综治中心的工作人员使用。您上报和关注的问题，请回到综治中心首页，在「我的上报和关注」里查看进度。' />
  }
  return (
    <Screen>
      {filter.community || filter.category || filter.teamKey || filter.since ? (
        <Text className='secondary-text'>筛选：{[filter.community, filter.category, filter.teamKey === 'grid' ? '网格员' : filter.teamKey ? '处置队伍' : '', filter.since ? '指定时段' : ''].filter(Boolean).join(' · ')}</Text>
      ) : null}
      <View className='chips'>
        {STATUSES.map((s) => (
          <ActionButton key={s} className={chip(filter.status === s)} pressed={filter.status === s} onClick={() => setFilter((f) => ({ ...f, status: s }))}>
            {label(s)}
          </ActionButton>
        ))}
        <ActionButton className={chip(!!filter.overdue)} pressed={!!filter.overdue} onClick={() => setFilter((f) => ({ ...f, overdue: f.overdue ? undefined : true }))}>
          只看超时
        </ActionButton>
      </View>
      <AssignedAlerts text='有新派单时提醒我' />
      <ExportButton what='当前筛选的问题' exportSheet={exportList} />
      <PagedListView list={list} empty={{ text: '没有符合条件的问题', hint: '换个状态看看' }} keyOf={(r) => r.id}>
        {(r) => <ReportRow r={r} />}
      </PagedListView>
    </Screen>
  )
}
