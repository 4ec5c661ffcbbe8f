import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { HomeBookingCard } from '../../components/home-booking-card'
import { HomeSeniorGate } from '../../components/home-senior-gate'
import { type HomeSlotsProps, HomeSlots } from '../../components/home-slots'
import { useHomeServices } from './use-home-services'

/** 上门服务 (助浴、理发、保洁、陪诊): book for a senior one links to, follow each step, cancel before the cutoff. */
export default function HomeServicesPage() {
  const seniorId = useRouter().params.seniorId ?? ''
  const h = useHomeServices(seniorId)
  const slotsProps: HomeSlotsProps = { days: h.days, chosenDay: h.chosenDay, time: h.time, chooseDay: h.chooseDay, chooseTime: h.chooseTime }
  const gate = <HomeSeniorGate seniorId={seniorId} refused={h.refused} loaded={h.bookings.loaded} error={h.bookings.error} reload={h.bookings.reload} />
  if (!seniorId || h.refused || !h.bookings.loaded) return <Screen>{gate}</Screen>
  return (
    <Screen>
      {h.seniorName ? <Text className='section-title'>为 {h.seniorName} 预约</Text> : null}
      <Text className='section-title'>选择服务</Text>
      <PagedListView list={h.services} empty={{ text: '中心暂未开放上门服务', hint: '可致电老年日间照料服务中心咨询' }} keyOf={(s) => s.id}>
        {(s) => {
          const on = h.service?.id === s.id
          return (
            <View className='card list-row'>
              <Text className='list-row__title'>{s.name}</Text>
              <Text className='secondary-text'>{s.summary}</Text>
              <Text className='secondary-text'>
                约 {s.minutes} 分钟 · {s.priceText}
              </Text>
              <ActionButton className={`choice-button${on ? ' choice-button--on' : ''}`} pressed={on} label={`预约${s.name}`} onClick={() => h.chooseService(s.id)}>
                {on ? `✓ 已选${s.name}` : `预约${s.name}`}
              </ActionButton>
            </View>
          )
        }}
      </PagedListView>
      {h.service ? (
        <View>
          {h.slots.error ? <StateView kind='error' text={h.slots.error} onRetry={h.slots.reload} /> : null}
          {h.slots.loading && !h.slots.data ? <StateView kind='loading' /> : null}
          <Text className='secondary-text'>服务人员：{h.service.providers.map((p) => `${p.name}（${p.scheduleText}）`).join('；')}</Text>
          {h.days.length ? <HomeSlots {...slotsProps} /> : <StateView kind='empty' text='两周内没有可预约的时段' hint='请过几天再来看，或致电中心' />}
          {h.submit.problem ? (
            <Text className='error-text' aria-live='assertive'>
              {h.submit.problem}
            </Text>
          ) : null}
          <ActionButton className='primary-button spaced' disabled={h.submit.busy || !h.time} disabledReason={h.time ? undefined : '请先选择时段'} onClick={h.book}>
            {h.submit.busy ? '正在预约…' : h.time && h.chosenDay ? `预约 ${h.chosenDay.dayText} ${h.time} ${h.service.name}` : '请选择日期和时段'}
          </ActionButton>
        </View>
      ) : null}
      <Text className='section-title'>已预约的上门服务</Text>
      <PagedListView list={h.bookings} empty={{ text: '还没有预约上门服务', hint: '在上面选择服务和时段即可预约' }} keyOf={(b) => b.id}>
        {(b) => <HomeBookingCard b={b} busy={h.submit.busy} onCancel={() => h.cancel(b)} />}
      </PagedListView>
    </Screen>
  )
}
