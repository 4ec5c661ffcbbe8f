import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { StateView } from '@/components/state-view'
import { voice } from '@/shared/contracts/voice'
import { dayLabel } from '@/shared/time'
import { Choices } from '../../components/choices'
import { HoursForm } from '../../components/hours-form'
import { ReceptionBoardView } from '../../components/reception-board'
import { useHours } from './use-hours'

/** 我的接待日 (cadres): publish reception hours, see who comes with what, record what came of each talk. */
export default function HoursPage() {
  const h = useHours()
  const refused = useStaffOnly(h.board.refused, voice, 'publishReceptionHours')
  if (refused) return <NoPermission what='我的接待日' who='接待干部（书记、主任）' center='residents' hint='接待日只供接待干部（书记、主任）发布和查看。想和干部面谈，请回到居民服务中心首页点「干群恳谈」预约。' />
  if (h.receptions.error) return <Screen><StateView kind='error' text={h.receptions.error} onRetry={h.receptions.reload} /></Screen>
  if (!h.receptions.data) return <Screen><StateView kind='loading' /></Screen>
  const current = h.mine.find((r) => r.id === h.receptionId)
  return (
    <Screen>
      {h.mine.length > 1 ? <Choices label='我的接待日' options={Object.fromEntries(h.mine.map((r) => [r.id, r.title]))} chosen={h.receptionId} onChoose={h.chooseReception} /> : null}
      {current ? (
        <View className='card lines'>
          <Text className='card__title'>{current.title}</Text>
          <Text className='secondary-text'>{current.hoursText} · {current.address}</Text>
          <ActionButton className='plain-button' onClick={() => h.edit(current)}>修改接待时间</ActionButton>
        </View>
      ) : (
        <StateView kind='empty' text='您还没有发布接待时间' hint='发布后，居民可以预约和您当面恳谈' />
      )}
      {h.draft ? <HoursForm draft={h.draft} fields={h.fields} busy={h.busy} onChange={h.change} onPublish={() => void h.publish()} /> : (
        <ActionButton className='plain-button spaced' onClick={() => h.edit()}>发布新的接待时间</ActionButton>
      )}
      {h.days.length ? (
        <Choices label='查看哪一天' options={Object.fromEntries(h.days.map((d) => [d, `${dayLabel(d).date} ${dayLabel(d).weekday}`]))} chosen={h.day} onChoose={h.chooseDay} />
      ) : null}
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      {h.board.data ? (
        <ReceptionBoardView board={h.board.data} outcomes={h.outcomes} fieldsOf={h.fieldsOf} busy={h.busy} onOutcome={h.setOutcome} onRecord={(id, attended) => void h.record(id, attended)} />
      ) : null}
    </Screen>
  )
}
