import Taro from '@tarojs/taro'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { ActivityRowButton } from '@/centers/culture/components/activity-row'
import { EmploymentEntries } from '@/centers/employment/components/employment-home'
import { JobFilters } from '@/centers/employment/components/job-filters'
import { JobRowButton } from '@/centers/employment/components/job-row'
import { ActionButton } from '@/components/action-button'
import { useEmploymentHome } from './use-employment-home'

/** 创业就业服务中心: postings to browse and search, recommendations by the résumé, and 岗前培训. */
export default function EmploymentHome() {
  const h = useEmploymentHome()
  return (
    <Screen>
      <EmploymentEntries h={h} />
      {h.tab === 'all' ? (
        <>
          <JobFilters h={h} />
          <PagedListView list={h.jobs} empty={{ text: h.keyword ? `没有找到与「${h.keyword}」相关的岗位` : '暂无符合条件的岗位', hint: '换个关键词或少选几个条件试试' }} keyOf={(j) => j.id}>
            {(j) => <JobRowButton job={j} />}
          </PagedListView>
        </>
      ) : null}
      {h.tab === 'recommend' ? (
        h.recommended.error?.includes('简历') ? (
          <ActionButton className='primary-button spaced' onClick={() => Taro.navigateTo({ url: '/centers/employment/pages/resume/index' })}>
            先填写我的简历，再为您推荐
          </ActionButton>
        ) : (
          <PagedListView list={h.recommended} empty={{ text: '暂时没有与您简历相符的岗位', hint: '可以在「我的简历」中补充意向岗位和技能' }} keyOf={(j) => j.id}>
            {(j) => <JobRowButton job={j} reasons={j.reasons} />}
          </PagedListView>
        )
      ) : null}
      {h.tab === 'training' ? (
        <PagedListView list={h.training} empty={{ text: '近期没有岗前培训课程', hint: '课程发布后可在这里报名、候补和签到' }} keyOf={(a) => a.id}>
          {(a) => <ActivityRowButton activity={a} />}
        </PagedListView>
      ) : null}
    </Screen>
  )
}
