import { PagedListView } from '@/components/paged-list'
import { centerByCode } from '@/shared/domain/centers'
import { VisitCard } from '@/components/center-home/visit-card'
import { Screen } from '@/components/screen'
import { AffairsEntries, ServiceRow, ServiceSearch } from '@/centers/affairs/components/affairs-home'
import { useAffairsHome } from './use-affairs-home'

/** 办事指南: search and browse the items; the way to one's appointments and applications; staff tools for staff. */
export default function AffairsHome() {
  const h = useAffairsHome()
  return (
    <Screen>
      <AffairsEntries staff={h.staff} />
      <ServiceSearch h={h} />
      <PagedListView list={h.list} empty={{ text: h.keyword ? `没有找到与「${h.keyword}」相关的事项` : '该分类下暂无事项', hint: '换个关键词试试，或到中心窗口咨询' }} keyOf={(s) => s.id}>
        {(s) => <ServiceRow s={s} />}
      </PagedListView>
      <VisitCard visit={centerByCode('affairs')!.visit} />
    </Screen>
  )
}
