import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { OPINION_CATEGORIES } from '@/shared/domain/voice/opinions'
import { Choices } from '../../components/choices'
import { OpinionRow } from '../../components/opinion-row'
import { usePublicOpinions } from './use-public'

/** 大家的意见: what neighbours raised in public; open one to second it. */
export default function PublicOpinionsPage() {
  const h = usePublicOpinions()
  return (
    <Screen>
      <Choices label='按类别看（再点一次看全部）' options={OPINION_CATEGORIES} chosen={h.category} onChoose={h.choose} />
      <PagedListView list={h.list} empty={{ text: '这个类别还没有公开的意见', hint: '换个类别看看，或自己反映一条' }} keyOf={(o) => o.id}>
        {(o) => <OpinionRow o={o} />}
      </PagedListView>
    </Screen>
  )
}
