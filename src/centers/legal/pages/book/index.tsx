import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { Choices } from '@/centers/legal/components/choices'
import { DutySlots } from '@/centers/legal/components/duty-slots'
import { CONSULT_CATEGORIES } from '@/shared/domain/legal/consultations'
import { formatForPeople } from '@/shared/time'
import { useBookLawyer } from './use-book'

/** 预约律师面谈: a half-hour with a duty lawyer at the center; only the topic's category is recorded. */
export default function BookLawyerPage() {
  const h = useBookLawyer()
  if (h.slots.error) return <Screen><StateView kind='error' text={h.slots.error} onRetry={h.slots.reload} /></Screen>
  const room = h.slots.data?.room
  if (!room) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{room.name}</Text>
        <Text className='secondary-text'>地址：{room.address}</Text>
      </View>
      <DutySlots h={h} />
      <Choices label='想咨询的问题类别' options={CONSULT_CATEGORIES} chosen={h.category} onChoose={h.chooseCategory} error={h.fields.category} />
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={h.busy || !h.time || !h.category} onClick={h.book}>
        {h.busy ? '正在预约…' : h.time && h.category ? `预约 ${h.time}` : '请选择时段和问题类别'}
      </ActionButton>
      <Text className='section-title'>我的面谈预约</Text>
      <PagedListView list={h.mine} empty={{ text: '还没有面谈预约' }} keyOf={(b) => b.id}>
        {(b) => (
          <View className='card'>
            <Text className='list-row__title'>律师面谈（{b.category}）</Text>
            <Text className='status-text'>{formatForPeople(b.start)} · {b.statusText}</Text>
            {b.canCancel ? <ActionButton className='plain-button' disabled={h.busy} onClick={() => void h.cancel(b.id)}>取消预约</ActionButton> : null}
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
