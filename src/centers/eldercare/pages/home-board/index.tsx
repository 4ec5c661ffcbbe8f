import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { BoardTools } from '../../components/board-tools'
import { ChoiceRow } from '../../components/choice-row'
import { HomeBookingCard } from '../../components/home-booking-card'
import { useHomeBoard } from './use-home-board'

/** 上门服务单 (staff): the day's home services; send a provider on duty, then 已完成 or 上门未遇; each step told to the family. */
export default function HomeBoardPage() {
  const h = useHomeBoard()
  return (
    <Screen>
      <View className='card list-row'>
        <Text className='section-title'>{h.dayText} 上门服务</Text>
        <View className='actions'>
          <ActionButton className='plain-button' onClick={() => h.shift(-1)}>
            前一天
          </ActionButton>
          <ActionButton className='plain-button' onClick={() => h.shift(1)}>
            后一天
          </ActionButton>
        </View>
        <BoardTools h={h} />
      </View>
      {h.submit.problem ? (
        <Text className='error-text' aria-live='assertive'>
          {h.submit.problem}
        </Text>
      ) : null}
      <PagedListView list={h.list} empty={{ text: '这一天没有上门服务预约', hint: '换一天看看' }} keyOf={(b) => b.id}>
        {(b) => {
          const providers = h.providersFor(b)
          const standing = b.status === 'booked' || b.status === 'confirmed'
          return (
            <HomeBookingCard b={{ ...b, canCancel: false }} busy={h.submit.busy}>
              <Text className='secondary-text'>上门地址：{b.address}</Text>
              {b.marks.length ? <Text className='status-text'>优先：{b.marks.join('、')}</Text> : null}
              {standing ? (
                <View>
                  <Text className='field-label'>派服务人员（当天在岗）</Text>
                  {providers.length ? (
                    <ChoiceRow label={`${b.seniorName}的服务人员`} options={providers.map((p) => [p.id, p.name] as [string, string])} chosen={[h.chosen[b.id] ?? b.providerId ?? '']} onPick={(id) => h.choose(b.id, id)} />
                  ) : (
                    <Text className='secondary-text'>当天没有在岗的服务人员</Text>
                  )}
                  <View className='actions'>
                    <ActionButton className='primary-button' label={`为${b.seniorName}派单`} disabled={h.submit.busy || !h.chosen[b.id]} disabledReason='请先选择服务人员' onClick={() => h.move(b, 'confirmed')}>
                      {b.status === 'confirmed' ? '改派' : '确认派单'}
                    </ActionButton>
                    {b.status === 'confirmed' ? (
                      <ActionButton className='primary-button' label={`${b.seniorName}的服务已完成`} disabled={h.submit.busy} onClick={() => h.move(b, 'done')}>
                        已完成
                      </ActionButton>
                    ) : null}
                    {b.status === 'confirmed' ? (
                      <ActionButton className='plain-button' label={`${b.seniorName}上门未遇`} disabled={h.submit.busy} onClick={() => h.move(b, 'notHome')}>
                        上门未遇
                      </ActionButton>
                    ) : null}
                    <ActionButton className='plain-button' label={`取消${b.seniorName}的${b.serviceName}`} disabled={h.submit.busy} onClick={() => h.move(b, 'cancelled')}>
                      取消预约
                    </ActionButton>
                  </View>
                </View>
              ) : null}
            </HomeBookingCard>
          )
        }}
      </PagedListView>
    </Screen>
  )
}
