import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { Screen } from '../../../../components/screen'
import { MaterialsList } from '../../components/materials-list'
import { StateView } from '../../../../components/state-view'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud } from '../../../../services/cloud'
import { account } from '../../../../shared/contracts/account'
import { requestSubscriptions } from '../../../../services/subscribe'
import { affairs, type Booking } from '../../../../shared/contracts/affairs'
import { dayLabel, formatForPeople } from '../../../../shared/time'

const SLOT_WORDS = { open: '可约', full: '已满', closed: '暂停', tooLate: '已过' } as const

function Confirmation({ booking }: { booking: Booking }) {
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

/** 预约办理: place, day, slot — what is left is shown in words; a failed booking keeps every choice. */
export default function BookPage() {
  const { params } = useRouter()
  const serviceId = params.serviceId ?? ''
  const service = useLoad(() => callCloud(affairs, 'getService', { serviceId }), [serviceId])
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  // back from 个人资料: check again whether the profile is complete
  useDidShow(() => {
    if (shownBefore.current) void me.reload()
    shownBefore.current = true
  })
  const [placeId, setPlaceId] = useState<string | null>(null)
  const chosenPlace = placeId ?? service.data?.places[0]?.id ?? null
  const slots = useLoad(async () => (chosenPlace ? callCloud(affairs, 'listSlots', { placeId: chosenPlace }) : null), [chosenPlace])
  const [dayIndex, setDayIndex] = useState(0)
  const [time, setTime] = useState<string | null>(null)
  const submit = useSubmit()
  const [booked, setBooked] = useState<Booking | null>(null)

  if (booked) return <Confirmation booking={booked} />
  if (service.error) return <Screen><StateView kind='error' text={service.error} onRetry={service.reload} /></Screen>
  if (!service.data || !me.data) return <Screen><StateView kind='loading' /></Screen>
  if (!me.data.profile) {
    return (
      <Screen>
        <StateView kind='empty' text='预约前请先完善个人资料' hint='窗口需要核对您的姓名、所在社区和地址' />
        <ActionButton
          className='primary-button spaced'
          onClick={() => {
            void Taro.navigateTo({ url: '/account/pages/profile/index' })
          }}
        >
          去完善个人资料
        </ActionButton>
      </Screen>
    )
  }

  const days = slots.data?.days ?? []
  const day = days[Math.min(dayIndex, Math.max(days.length - 1, 0))]

  const confirm = async () => {
    if (!chosenPlace || !day || !time) return
    await requestSubscriptions(['appointmentReminder', 'appointmentChanged'])
    const outcome = await submit.run(async (requestId) => setBooked(await callCloud(affairs, 'book', { serviceId, placeId: chosenPlace, day: day.day, time }, { requestId })))
    if (!outcome.ok && outcome.code === 'FULL') {
      // taken by someone else meanwhile: show what is left, keep the place and day
      setTime(null)
      void slots.reload()
    }
  }

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{service.data.name}</Text>
        <Text className='secondary-text'>选择办理地点、日期和时段</Text>
      </View>

      <Text className='section-title'>办理地点</Text>
      <View className='chips'>
        {service.data.places.map((p) => (
          <ActionButton
            key={p.id}
            className={chosenPlace === p.id ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={chosenPlace === p.id}
            onClick={() => {
              setPlaceId(p.id)
              setTime(null)
            }}
          >
            {p.name}
          </ActionButton>
        ))}
      </View>

      {slots.error ? (
        <StateView kind='error' text={slots.error} onRetry={slots.reload} />
      ) : !slots.data ? (
        <StateView kind='loading' text='正在查询可预约时段…' />
      ) : (
        <>
          <Text className='section-title'>日期</Text>
          <View className='grid'>
            {days.map((d, i) => {
              const open = d.slots.filter((s) => s.state === 'open').length
              return (
                <ActionButton
                  key={d.day}
                  className={`choice-button grid__item${i === dayIndex ? ' choice-button--on' : ''}${open ? '' : ' grid__item--off'}`}
                  pressed={i === dayIndex}
                  onClick={() => {
                    setDayIndex(i)
                    setTime(null)
                  }}
                >
                  <Text>{dayLabel(d.day).date}</Text>
                  <Text>{dayLabel(d.day).weekday}</Text>
                  <Text className='secondary-text'>{d.slots.length === 0 ? '休息' : d.closedReason ? '暂停' : open ? `可约 ${open}` : '约满'}</Text>
                </ActionButton>
              )
            })}
          </View>

          <Text className='section-title'>时段</Text>
          {!day || day.slots.length === 0 ? (
            <StateView kind='empty' text='当天不办理预约' hint='请选择其他日期' />
          ) : (
            <View className='grid'>
              {day.slots.map((s) => (
                <ActionButton
                  key={s.time}
                  className={`choice-button grid__item${time === s.time ? ' choice-button--on' : ''}`}
                  pressed={time === s.time}
                  disabled={s.state !== 'open'}
                  onClick={() => setTime(s.time)}
                >
                  <Text>{s.time}</Text>
                  <Text className='secondary-text'>{s.state === 'open' ? `余 ${s.available}` : SLOT_WORDS[s.state]}</Text>
                </ActionButton>
              ))}
            </View>
          )}
        </>
      )}

      {submit.problem ? <Text className='error-text' aria-live='assertive'>{submit.problem}</Text> : null}
      <ActionButton className='primary-button' disabled={!time || submit.busy} onClick={confirm}>
        {submit.busy ? '正在预约…' : time && day ? `确认预约 ${dayLabel(day.day).date} ${time}` : '请先选择时段'}
      </ActionButton>
    </Screen>
  )
}
