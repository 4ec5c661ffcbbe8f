import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { OPINION_CATEGORIES, OPINION_STATUS_TEXT } from '@/shared/domain/voice/opinions'
import { Choices } from '../../components/choices'
import { OpinionRow } from '../../components/opinion-row'
import { useBoard } from './use-board'

const STATUSES = { ...OPINION_STATUS_TEXT, all: '全部' }

/** 社情民意工作台 (staff): what waits for an answer first; open one to answer, forward or put on an agenda. */
export default function OpinionBoardPage() {
  const h = useBoard()
  return (
    <Screen>
      <Choices label='状态' options={STATUSES} chosen={h.status ?? 'all'} onChoose={h.chooseStatus} />
      <Choices label='类别（再点一次看全部）' options={OPINION_CATEGORIES} chosen={h.category} onChoose={h.chooseCategory} />
      <ActionButton className='plain-button' disabled={h.exporting.busy} onClick={() => void h.exportSheet()}>导出当前筛选（Excel）</ActionButton>
      {h.exporting.problem ? <Text className='error-text' aria-live='assertive'>{h.exporting.problem}</Text> : null}
      {h.exported ? <Text className='secondary-text'>{h.exported.note}</Text> : null}
      {h.exported ? <Text className='secondary-text export-link'>{h.exported.url}</Text> : null}
      <PagedListView list={h.list} empty={{ text: '没有符合条件的意见', hint: '换个状态或类别看看' }} keyOf={(o) => o.id}>
        {(o) => <OpinionRow o={o} />}
      </PagedListView>
    </Screen>
  )
}
