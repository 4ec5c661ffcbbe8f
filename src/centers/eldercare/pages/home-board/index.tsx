import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { eldercare } from '@/shared/contracts/eldercare'
import { BoardTools } from '../../components/board-tools'
import { HomeBoardActions } from '../../components/home-board-actions'
import { HomeBookingCard } from '../../components/home-booking-card'
import { useHomeBoard } from './use-home-board'

/** 上门服务单 (staff): the day's home services; send a provider on duty, then 已完成 or 上门未遇; each step told to the family. */
export default function HomeBoardPage() {
  const h = useHomeBoard()
  const refused = useStaffOnly(h.list.refused, eldercare, 'updateHomeServiceBooking')
  if (refused) return <NoPermission what='上门服务单' who='老年日间照料服务中心的工作人员' center='eldercare' hint='上门服务单只有老年日间照料服务中心的工作人员可以查看；为家中老人预约，请在「老年日间照料」首页选择老人' />
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
          const standing = b.status === 'booked' || b.status === 'confirmed'
          return (
            <HomeBookingCard b={{ ...b, canCancel: false }} busy={h.submit.busy}>
              <Text className='secondary-text'>上门地址：{b.address}</Text>
              {b.marks.length ? <Text className='status-text'>优先：{b.marks.join('、')}</Text> : null}
              {standing ? <HomeBoardActions b={b} providers={h.providersFor(b)} picked={h.chosen[b.id]} busy={h.submit.busy} choose={(id) => h.choose(b.id, id)} move={(to) => h.move(b, to)} /> : null}
            </HomeBookingCard>
          )
        }}
      </PagedListView>
    </Screen>
  )
}
