import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { EmployerCard, ExportsCard, ReportCard, ReviewJobCard } from '@/centers/employment/components/staff-cards'
import { employment } from '@/shared/contracts/employment'
import { type StaffTab, useStaff } from './use-staff'

const TABS: Array<[StaffTab, string]> = [
  ['employers', '单位认证'],
  ['jobs', '岗位审核'],
  ['reports', '举报处理'],
  ['exports', '导出表格'],
]

/** 中心审核 (创业就业服务中心工作人员): verify employers, review first-month postings, handle reports, export the registers. */
export default function StaffPage() {
  const h = useStaff()
  const refused = useStaffOnly(h.employers.refused, employment, 'verifyEmployer')
  if (refused) return <NoPermission what='中心审核' who='创业就业服务中心的工作人员' center='employment' />
  return (
    <Screen>
      <View className='chips'>
        {TABS.map(([tab, label]) => (
          <ActionButton key={tab} className={h.tab === tab ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={h.tab === tab} onClick={() => h.setTab(tab)}>
            {label}
          </ActionButton>
        ))}
      </View>
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      {h.tab === 'employers' ? (
        <PagedListView list={h.employers} empty={{ text: '没有待认证的单位' }} keyOf={(e) => e.id}>
          {(e) => <EmployerCard e={e} h={h} />}
        </PagedListView>
      ) : null}
      {h.tab === 'jobs' ? (
        <PagedListView list={h.jobs} empty={{ text: '没有待审核的岗位', hint: '单位认证后首月发布的岗位会出现在这里' }} keyOf={(j) => j.id}>
          {(j) => <ReviewJobCard j={j} h={h} />}
        </PagedListView>
      ) : null}
      {h.tab === 'reports' ? (
        <PagedListView list={h.reports} empty={{ text: '没有待处理的举报' }} keyOf={(r) => r.id}>
          {(r) => <ReportCard r={r} h={h} />}
        </PagedListView>
      ) : null}
      {h.tab === 'exports' ? <ExportsCard /> : null}
    </Screen>
  )
}
