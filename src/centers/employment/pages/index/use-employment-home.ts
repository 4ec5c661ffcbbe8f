import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { activities } from '@/shared/contracts/activities'
import { employment } from '@/shared/contracts/employment'
import type { EmploymentType, SuitabilityTag } from '@/shared/domain/employment/postings'
import { isStaffOf } from '@/shared/domain/roles'

export type Tab = 'all' | 'recommend' | 'training'

export interface JobFilter {
  employmentType?: EmploymentType
  tag?: SuitabilityTag
  salaryAtLeast?: number
  nearMe: boolean
}

/** 创业就业服务中心: all postings with search and filters, 为我推荐 by the résumé, and 岗前培训 (activities of this center). */
export function useEmploymentHome() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const [tab, setTab] = useState<Tab>('all')
  const [typed, setTyped] = useState('')
  const [keyword, setKeyword] = useState('')
  const [filter, setFilter] = useState<JobFilter>({ nearMe: false })
  const community = me.data?.profile?.community
  const fetchJobs = useCallback(
    (page: number) => {
      const { nearMe, ...rest } = filter
      return callCloud(employment, 'listJobs', { ...rest, keyword: keyword || undefined, community: nearMe && community ? (community as never) : undefined, page, pageSize: 10 })
    },
    [keyword, filter, community],
  )
  const jobs = usePagedList(fetchJobs)
  const fetchRecommended = useCallback((page: number) => callCloud(employment, 'recommendJobs', { page, pageSize: 10 }), [])
  const recommended = usePagedList(fetchRecommended)
  const fetchTraining = useCallback((page: number) => callCloud(activities, 'listActivities', { center: 'employment', page, pageSize: 10 }), [])
  const training = usePagedList(fetchTraining)
  const shownBefore = useRef(false)
  // back from 我的简历 or a posting: recommendations follow the résumé, statuses change
  useDidShow(() => {
    if (shownBefore.current) {
      void recommended.reload()
      void jobs.reload()
    }
    shownBefore.current = true
  })
  return {
    tab,
    setTab,
    typed,
    setTyped,
    keyword,
    search: () => setKeyword(typed.trim()),
    clear: () => {
      setTyped('')
      setKeyword('')
    },
    filter,
    setFilter: (change: Partial<JobFilter>) => setFilter((f) => ({ ...f, ...change })),
    hasCommunity: !!community,
    jobs,
    recommended,
    training,
    staff: !!me.data && isStaffOf(me.data.roles, 'employment'),
  }
}
export type EmploymentHome = ReturnType<typeof useEmploymentHome>
