import { Text } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { StateView } from '@/components/state-view'
import { BoardDay, WindowCaller } from '@/centers/affairs/components/board-day'
import { BoardEntry } from '@/centers/affairs/components/board-entry'
import { CloseSlotsForm, OpeningRulesForm } from '@/centers/affairs/components/place-settings'
import { affairs } from '@/shared/contracts/affairs'
import { useBoard } from './use-board'

/** 预约看板 (staff): a place's day by slot — check in (取号), call the next number to a window, finish, mark no-shows. */
export default function BoardPage() {
  const b = useBoard()
  const refused = useStaffOnly(b.board.refused, affairs, 'listBookings')
  if (refused) return <NoPermission what='预约看板' who='社区事务受理服务中心的工作人员' center='affairs' hint='预约看板只供受理中心的工作人员使用。查看自己的预约，请到「我的」或受理中心首页的「我的预约」。' />
  if (b.places.error) return <Screen><StateView kind='error' text={b.places.error} onRetry={b.places.reload} /></Screen>
  if (!b.shown) return <Screen><StateView kind='loading' /></Screen>
  const { places, place, day, today } = b.shown
  const entries = b.board.data?.entries

  return (
    <Screen>
      <BoardDay places={places} place={place} day={day} today={today} onPlace={b.choosePlace} onShift={b.shift} />
      {day === today ? <WindowCaller windows={place.rule.windows} windowNo={b.windowNo} busy={b.busy} onWindow={b.chooseWindow} onCall={b.callNext} /> : null}
      {b.message ? <Text className='notice' aria-live='polite'>{b.message}</Text> : null}

      {b.board.error ? (
        <StateView kind='error' text={b.board.error} onRetry={b.board.reload} />
      ) : !entries ? (
        <StateView kind='loading' />
      ) : entries.length === 0 ? (
        <StateView kind='empty' text='当天没有预约' />
      ) : (
        entries.map((e) => (
          <BoardEntry
            key={e.id}
            entry={e}
            isToday={day === today}
            isPast={day < today}
            busy={b.busy}
            onCheckIn={() => b.checkIn(e)}
            onFinish={() => b.finish(e)}
            onNoShow={() => b.markNoShow(e)}
          />
        ))
      )}
      <Text className='section-title'>设置</Text>
      <CloseSlotsForm place={place} day={day} onDone={() => void b.board.reload()} />
      <OpeningRulesForm key={place.id} place={place} onDone={() => void b.places.reload()} />
    </Screen>
  )
}
