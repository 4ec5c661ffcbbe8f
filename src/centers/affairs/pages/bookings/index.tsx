import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction } from '@/services/dialog'
import { affairs, type Booking } from '@/shared/contracts/affairs'
import { formatForPeople } from '@/shared/time'

function BookingCard({ booking, highlighted, onChanged }: { booking: Booking; highlighted: boolean; onChanged: (b: Booking) => void }) {
  const { busy, problem, run } = useSubmit()

  const cancel = async () => {
    const confirmed = await confirmAction({
      title: '取消预约',
      content: `确定取消 ${formatForPeople(booking.start)} 的「${booking.serviceName}」预约吗？取消后名额会让给其他居民。`,
      confirmText: '确定取消',
    })
    if (!confirmed) return
    await run(async (requestId) => onChanged(await callCloud(affairs, 'cancelBooking', { bookingId: booking.id }, { requestId })))
  }

  return (
    <View className={highlighted ? 'card highlight' : 'card'}>
      <Text className='card__title'>{booking.serviceName}</Text>
      <View className='lines'>
        <Text>时间：{formatForPeople(booking.start)}</Text>
        <Text>地点：{booking.placeName}（{booking.address}）</Text>
        <Text className='status-text'>状态：{booking.statusText}</Text>
        {booking.queueNo ? <Text>排队号：{booking.queueNo} 号{booking.window ? `，请到 ${booking.window} 号窗口` : ''}</Text> : null}
      </View>
      {booking.status === 'booked' ? (
        <>
          <Text className='secondary-text'>需携带：{booking.materials.map((m) => m.name).join('、')}</Text>
          {booking.canCancel ? (
            <ActionButton className='plain-button spaced' disabled={busy} onClick={cancel}>
              {busy ? '正在取消…' : '取消预约'}
            </ActionButton>
          ) : (
            <Text className='secondary-text'>临近办理时间，如需取消请联系窗口</Text>
          )}
        </>
      ) : null}
      {booking.status === 'cancelled' || booking.status === 'noShow' ? (
        // straight to a new slot for the same service, not four pages back to find it again
        <ActionButton className='plain-button spaced' onClick={() => Taro.navigateTo({ url: `/centers/affairs/pages/book/index?serviceId=${booking.serviceId}` })}>
          重新预约
        </ActionButton>
      ) : null}
      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
    </View>
  )
}

/** 我的预约: newest first, with what to bring; cancel asks first. */
export default function MyBookingsPage() {
  const { params } = useRouter()
  const fetchPage = useCallback((page: number) => callCloud(affairs, 'myBookings', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  const [changed, setChanged] = useState<Record<string, Booking>>({})


  return (
    <Screen>
      <PagedListView list={list} empty={{ text: '还没有窗口预约', hint: '在办事指南中选择事项后即可预约' }} keyOf={(b) => b.id}>
        {(b) => (
          <BookingCard
              booking={changed[b.id] ?? b}
              highlighted={b.id === params.id}
              onChanged={(next) => setChanged((c) => ({ ...c, [next.id]: next }))}
            />
        )}
      </PagedListView>
    </Screen>
  )
}
