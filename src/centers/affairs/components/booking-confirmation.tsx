import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import type { Booking } from '@/shared/contracts/affairs'
import { formatForPeople } from '@/shared/time'
import { MaterialsList } from './materials-list'

/** 预约成功: when and where, what to bring, and the way to 我的预约. */
export function BookingConfirmation({ booking }: { booking: Booking }) {
  return (
    <Screen>
      <View className='card' aria-live='polite'>
        <Text className='card__title'>预约成功</Text>
        <View className='lines'>
          <Text>{booking.serviceName}</Text>
          <Text>{formatForPeople(booking.start)}</Text>
          <Text className='secondary-text'>
            {booking.placeName}（{booking.address}）
          </Text>
        </View>
      </View>
      <View className='card'>
        <Text className='card__title'>请带齐以下材料</Text>
        <MaterialsList materials={booking.materials} />
      </View>
      <Text className='notice'>到场后请出示预约记录取号；如不能前来，请在办理前 1 小时取消，连续爽约会暂停线上预约。</Text>
      <ActionButton className='primary-button' onClick={() => Taro.redirectTo({ url: `/centers/affairs/pages/bookings/index?id=${booking.id}` })}>
        查看我的预约
      </ActionButton>
    </Screen>
  )
}
