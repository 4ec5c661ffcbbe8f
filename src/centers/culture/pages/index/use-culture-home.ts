import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { activities } from '@/shared/contracts/activities'
import type { Brand } from '@/shared/domain/activities'

export type Tab = 'upcoming' | 'mine-org' | 'review'

/** 文化活动: which list is shown (upcoming, the person's organization's, the review queue), its filters and items. */
export function useCultureHome() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const orgRole = me.data?.roles.find((r) => r.role === 'orgStaff')
  const orgId = orgRole?.role === 'orgStaff' ? orgRole.orgId : undefined
  const reviewer = !!me.data?.roles.some((r) => r.role === 'admin' || r.role === 'centerStaff')
  const [view, setView] = useState<Tab>('upcoming')
  const [brand, setBrand] = useState<Brand | undefined>()
  const [hasPlaces, setHasPlaces] = useState(false)
  const fetchPage = useCallback(
    (page: number) =>
      view === 'mine-org' && orgId
        ? callCloud(activities, 'listActivities', { orgId, page, pageSize: 10 })
        : view === 'review'
          ? callCloud(activities, 'listActivities', { reviewing: true, page, pageSize: 10 })
          : callCloud(activities, 'listActivities', { brand, hasPlaces: hasPlaces || undefined, page, pageSize: 10 }),
    [view, orgId, brand, hasPlaces],
  )
  const list = usePagedList(fetchPage)

  const tabs: Array<{ view: Tab; label: string }> = [
    { view: 'upcoming', label: '近期活动' },
    ...(orgId ? [{ view: 'mine-org' as const, label: '本机构活动' }] : []),
    ...(reviewer ? [{ view: 'review' as const, label: '待审核' }] : []),
  ]
  return {
    canPublish: !!orgId || reviewer,
    tabs,
    view,
    setView,
    brand,
    setBrand,
    hasPlaces,
    toggleHasPlaces: () => setHasPlaces(!hasPlaces),
    list,
  }
}
