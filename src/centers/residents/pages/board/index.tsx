import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { voice } from '@/shared/contracts/voice'
import { OPINION_CATEGORIES, OPINION_STATUS_TEXT } from '@/shared/domain/voice/opinions'
import { Choices } from '../../components/choices'
import { OpinionRow } from '../../components/opinion-row'
import { useBoard } from './use-board'

const STATUSES = { ...OPINION_STATUS_TEXT, all: '全部' }

/** 社情民意工作台 (staff): what waits for an answer first; open one to answer, forward or put on an agenda. */
export default function OpinionBoardPage() {
  const h = useBoard()
  const refused = useStaffOnly(h.list.refused, voice, 'exportOpinions')
  if (refused) return <NoPermission what='社情民意工作台' who='居民服务中心的工作人员' center='residents' hint='社情民意工作台只供居民服务中心的工作人员使用。想反映意见，请回到居民服务中心首页点「反映意见建议」；如果您是工作人员，请联系街道管理员开通权限。' />
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
