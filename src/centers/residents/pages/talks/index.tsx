import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { Choices } from '../../components/choices'
import { PROFILE_FIRST, ProfileNeeded, useNeedsProfile } from '../../components/profile-needed'
import { SlotPicker } from '../../components/slot-picker'
import { TalkRow } from '../../components/talk-row'
import { useTalks } from './use-talks'

/** 干群恳谈: book a talk at a cadre's reception hours, say what about; see what came of it. */
export default function TalksPage() {
  const h = useTalks()
  const needsProfile = useNeedsProfile()
  if (h.receptions.error) return <Screen><StateView kind='error' text={h.receptions.error} onRetry={h.receptions.reload} /></Screen>
  if (!h.receptions.data) return <Screen><StateView kind='loading' /></Screen>
  const items = h.receptions.data.items
  const r = h.slots.data?.reception
  return (
    <Screen>
      {needsProfile && items.length ? <ProfileNeeded what='预约恳谈' /> : null}
      {items.length ? (
        <Choices label='接待日' options={Object.fromEntries(items.map((i) => [i.id, `${i.title}（${i.cadreName}）`]))} chosen={h.receptionId} onChoose={h.chooseReception} />
      ) : (
        <StateView kind='empty' text='还没有干部发布接待日' hint='可以先「反映意见建议」，中心会答复您' />
      )}
      {r ? (
        <View className='card lines'>
          <Text className='card__title'>{r.title} · {r.cadreName}</Text>
          <Text className='secondary-text'>{r.hoursText}</Text>
          <Text className='secondary-text'>地点：{r.address}</Text>
        </View>
      ) : null}
      {h.slots.data ? <SlotPicker days={h.days} day={h.chosenDay} time={h.time} onDay={h.chooseDay} onTime={h.chooseTime} /> : null}
      {r ? <TextField label='想谈的事' multiline value={h.topic} onChange={h.setTopic} error={h.fields.topic} maxLength={200} placeholder='例如：小区停车难，希望增加车位' /> : null}
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      {r ? (
        <ActionButton className='primary-button spaced' disabled={h.busy || needsProfile || !h.time || !h.topic.trim()} disabledReason={needsProfile ? PROFILE_FIRST : !h.time ? '请先选择时间' : !h.topic.trim() ? '请写下想谈的事' : undefined} onClick={() => void h.book()}>
          {h.busy ? '正在预约…' : h.time ? `预约 ${h.time}` : '预约恳谈'}
        </ActionButton>
      ) : null}
      <Text className='section-title'>我的恳谈</Text>
      <PagedListView list={h.mine} empty={{ text: '还没有恳谈预约' }} keyOf={(b) => b.id}>
        {(b) => <TalkRow b={b} busy={h.busy} onCancel={(id) => void h.cancel(id)} />}
      </PagedListView>
    </Screen>
  )
}
