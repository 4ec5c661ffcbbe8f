import { View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { CenterEntries } from '@/components/center-entries'
import type { EmploymentHome, Tab } from '../pages/index/use-employment-home'

const TABS: Array<[Tab, string]> = [
  ['all', '全部岗位'],
  ['recommend', '为我推荐'],
  ['training', '岗前培训'],
]

/** The center in one sentence, the seeker's and employer's ways in, staff tools for staff, and the tabs. */
export function EmploymentEntries({ h }: { h: EmploymentHome }) {
  return (
    <>
      <CenterEntries
        code='employment'
        intro='认证单位发布的岗位、岗前培训，优先服务高校毕业生、40/50 人员和失业登记人员。'
        entries={[
          { label: '我的简历', url: '/centers/employment/pages/resume/index' },
          { label: '我的求职', url: '/centers/employment/pages/applications/index' },
          { label: '我的举报', url: '/centers/employment/pages/reports/index' },
          { label: '单位招聘', url: '/centers/employment/pages/employer/index' },
          h.staff && { label: '中心审核（工作人员）', url: '/centers/employment/pages/staff/index', primary: true },
        ]}
      />
      <View className='chips'>
        {TABS.map(([tab, label]) => (
          <ActionButton key={tab} className={h.tab === tab ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={h.tab === tab} onClick={() => h.setTab(tab)}>
            {label}
          </ActionButton>
        ))}
      </View>
    </>
  )
}
