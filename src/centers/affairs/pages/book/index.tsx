import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { BookingConfirmation } from '@/centers/affairs/components/booking-confirmation'
import { ProfileNeeded } from '@/centers/affairs/components/profile-needed'
import { PlaceChoice, SlotPicker } from '@/centers/affairs/components/slot-picker'
import { confirmText } from './draft'
import { useBook } from './use-book'

/** 预约办理: place, day, slot — what is left is shown in words; a failed booking keeps every choice. */
export default function BookPage() {
  const b = useBook()
  if (b.booked) return <BookingConfirmation booking={b.booked} />
  if (b.service.error) return <Screen><StateView kind='error' text={b.service.error} onRetry={b.service.reload} /></Screen>
  if (!b.service.data || !b.me.data) return <Screen><StateView kind='loading' /></Screen>
  if (!b.me.data.profile) return <ProfileNeeded text='预约前请先完善个人资料' hint='窗口需要核对您的姓名、所在社区和地址' buttonClassName='primary-button spaced' />

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{b.service.data.name}</Text>
        <Text className='secondary-text'>选择办理地点、日期和时段</Text>
      </View>
      <PlaceChoice places={b.service.data.places} chosen={b.placeId} onChoose={b.choosePlace} />
      {b.slots.error ? (
        <StateView kind='error' text={b.slots.error} onRetry={b.slots.reload} />
      ) : !b.slots.data ? (
        <StateView kind='loading' text='正在查询可预约时段…' />
      ) : (
        <SlotPicker days={b.days} dayIndex={b.choice.dayIndex} day={b.day} time={b.choice.time} onDay={b.chooseDay} onTime={b.chooseTime} />
      )}
      <Text className='secondary-text notice-promise'>确认时会请您允许两项微信通知：预约前一天的「预约提醒」，预约有变动时的「预约变更通知」。</Text>
      {b.submit.problem ? <Text className='error-text' aria-live='assertive'>{b.submit.problem}</Text> : null}
      <ActionButton
        className='primary-button'
        disabled={!b.choice.time || b.submit.busy}
        disabledReason={b.choice.time ? undefined : '选好上面的日期和时段后才能确认'}
        onClick={b.confirm}
      >
        {b.submit.busy ? '正在预约…' : confirmText(b.day, b.choice.time)}
      </ActionButton>
    </Screen>
  )
}
