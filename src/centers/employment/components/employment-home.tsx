import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { EmploymentHome, Tab } from '../pages/index/use-employment-home'

const go = (url: string) => () => Taro.navigateTo({ url })
const TABS: Array<[Tab, string]> = [
  ['all', '全部岗位'],
  ['recommend', '为我推荐'],
  ['training', '岗前培训'],
]

/** The center in one sentence, the seeker's and employer's ways in, staff tools for staff, and the tabs. */
export function EmploymentEntries({ h }: { h: EmploymentHome }) {
  return (
    <>
      <View className='card'>
        <Text className='card__title'>创业就业服务中心</Text>
        <Text className='secondary-text'>认证单位发布的岗位、岗前培训，优先服务高校毕业生、40/50 人员和失业登记人员。</Text>
      </View>
      <View className='entries'>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/employment/pages/resume/index')}>
          我的简历
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/employment/pages/applications/index')}>
          我的求职
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/employment/pages/reports/index')}>
          我的举报
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/employment/pages/employer/index')}>
          单位招聘
        </ActionButton>
        {h.staff ? (
          <ActionButton className='primary-button entries__item' onClick={go('/centers/employment/pages/staff/index')}>
            中心审核（工作人员）
          </ActionButton>
        ) : null}
      </View>
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
