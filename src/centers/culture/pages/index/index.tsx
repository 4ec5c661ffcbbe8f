import { PagedListView } from '@/components/paged-list'
import { centerByCode } from '@/shared/domain/centers'
import { VisitCard } from '@/components/center-home/visit-card'
import { Screen } from '@/components/screen'
import { ActivityRowButton } from '@/centers/culture/components/activity-row'
import { ActivityFilters, CultureEntries } from '@/centers/culture/components/culture-home'
import { useCultureHome } from './use-culture-home'

const EMPTY = { review: '没有待审核的活动', 'mine-org': '本机构还没有活动', upcoming: '近期没有符合条件的活动' } as const

/** 文化活动: what is coming up, by brand project and places left; organizers and reviewers get their own lists. */
export default function CultureHome() {
  const h = useCultureHome()
  return (
    <Screen>
      <CultureEntries canPublish={h.canPublish} />
      <ActivityFilters h={h} />
      <PagedListView list={h.list} empty={{ text: EMPTY[h.view] }} keyOf={(a) => a.id}>
        {(a) => <ActivityRowButton activity={a} showStatus={h.view !== 'upcoming'} />}
      </PagedListView>
      <VisitCard visit={centerByCode('culture')!.visit} />
    </Screen>
  )
}
