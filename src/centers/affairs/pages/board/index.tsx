import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { CloseSlotsForm, OpeningRulesForm } from '../../components/place-settings'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud } from '../../../../services/cloud'
import { affairs } from '../../../../shared/contracts/affairs'
import type { OutputOf } from '../../../../shared/contracts/define'
import { atShanghai, dayLabel } from '../../../../shared/time'

type Entry = OutputOf<typeof affairs, 'listBookings'>['entries'][number]

const shiftDay = (day: string, by: number) => atShanghai(day).add(by, 'day').format('YYYY-MM-DD')

/** 预约看板 (staff): a place's day by slot — check in (取号), call the next number to a window, finish, mark no-shows. */
export default function BoardPage() {
  const places = useLoad(() => callCloud(affairs, 'listPlaces', {}), [])
  const [placeId, setPlaceId] = useState<string | null>(null)
  const [day, setDay] = useState<string | null>(null)
  const [windowNo, setWindowNo] = useState(1)
  const [done, setDone] = useState<string | null>(null)
  const submit = useSubmit()
  const busy = submit.busy
  const message = done ?? submit.problem
  const place = places.data?.places.find((p) => p.id === placeId) ?? places.data?.places[0]
  const today = places.data?.today
  const shownDay = day ?? today ?? null
  const board = useLoad(async () => (place && shownDay ? callCloud(affairs, 'listBookings', { placeId: place.id, day: shownDay }) : null), [place?.id, shownDay])

  if (places.error) return <Screen><StateView kind='error' text={places.error} onRetry={places.reload} /></Screen>
  if (!places.data || !place || !shownDay) return <Screen><StateView kind='loading' /></Screen>

  // `what` keeps a retry's request id to the same action on the same booking (see useSubmit)
  const act = (what: string, send: (requestId: string) => Promise<Entry | null>, said: (e: Entry | null) => string) => {
    setDone(null)
    return submit.run(async (requestId) => {
      setDone(said(await send(requestId)))
      await board.reload()
    }, what)
  }

  return (
    <Screen>
      <View className='chips'>
        {places.data.places.map((p) => (
          <ActionButton
            key={p.id}
            className={p.id === place.id ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={p.id === place.id}
            onClick={() => {
              setPlaceId(p.id)
              setWindowNo(1)
            }}
          >
            {p.kind === 'hall' ? '街道大厅' : (p.community ?? p.name).replace('黄河西路', '')}
          </ActionButton>
        ))}
      </View>
      <View className='entries'>
        <ActionButton className='plain-button entries__item' onClick={() => setDay(shiftDay(shownDay, -1))}>
          ‹ 前一天
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={() => setDay(shiftDay(shownDay, 1))}>
          后一天 ›
        </ActionButton>
      </View>
      <Text className='section-title'>
        {dayLabel(shownDay).date} {dayLabel(shownDay).weekday}
        {shownDay === today ? '（今天）' : ''}
      </Text>

      {shownDay === today ? (
        <View className='card'>
          <Text>我的窗口</Text>
          <View className='chips'>
            {Array.from({ length: place.rule.windows }, (_, i) => i + 1).map((w) => (
              <ActionButton
                key={w}
                className={w === windowNo ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
                pressed={w === windowNo}
                onClick={() => setWindowNo(w)}
              >
                {w} 号窗口
              </ActionButton>
            ))}
          </View>
          <ActionButton
            className='primary-button'
            disabled={busy}
            onClick={() =>
              act(
                `callNext:${place.id}:${shownDay}:${windowNo}`,
                (requestId) => callCloud(affairs, 'callNext', { placeId: place.id, day: shownDay, window: windowNo }, { requestId }),
                (e) => (e ? `请 ${e.queueNo} 号 ${e.personName} 到 ${windowNo} 号窗口办理「${e.serviceName}」` : '没有等待中的居民'),
              )
            }
          >
            叫下一位到 {windowNo} 号窗口
          </ActionButton>
        </View>
      ) : null}
      {message ? <Text className='notice' aria-live='polite'>{message}</Text> : null}

      {board.error ? (
        <StateView kind='error' text={board.error} onRetry={board.reload} />
      ) : !board.data ? (
        <StateView kind='loading' />
      ) : board.data.entries.length === 0 ? (
        <StateView kind='empty' text='当天没有预约' />
      ) : (
        board.data.entries.map((e) => (
          <View key={e.id} className='card'>
            <View className='list-row__meta'>
              <Text className='list-row__title'>
                {e.time} {e.personName}
              </Text>
              <Text className='status-text'>{e.statusText}</Text>
            </View>
            <Text className='secondary-text'>
              {e.serviceName}
              {e.maskedPhone ? ` · ${e.maskedPhone}` : ''}
              {e.queueNo ? ` · ${e.queueNo} 号` : ''}
              {e.window ? ` · ${e.window} 号窗口` : ''}
            </Text>
            <View className='actions'>
              {e.status === 'booked' && shownDay === today ? (
                <ActionButton
                  className='primary-button actions__item'
                  disabled={busy}
                  onClick={() => act(`checkIn:${e.id}`, (requestId) => callCloud(affairs, 'checkIn', { bookingId: e.id }, { requestId }), (r) => `${r?.personName} 已取号：${r?.queueNo} 号`)}
                >
                  取号
                </ActionButton>
              ) : null}
              {e.status === 'checkedIn' || e.status === 'serving' ? (
                <ActionButton
                  className='primary-button actions__item'
                  disabled={busy}
                  onClick={() => act(`finishBooking:${e.id}`, (requestId) => callCloud(affairs, 'finishBooking', { bookingId: e.id }, { requestId }), (r) => `${r?.personName} 的「${r?.serviceName}」已办结`)}
                >
                  办结
                </ActionButton>
              ) : null}
              {e.status === 'booked' && shownDay <= (today ?? '') ? (
                <ActionButton
                  className='plain-button actions__item'
                  disabled={busy}
                  onClick={() => act(`markNoShow:${e.id}`, (requestId) => callCloud(affairs, 'markNoShow', { bookingId: e.id }, { requestId }), (r) => `已记录 ${r?.personName} 未到`)}
                >
                  记为未到
                </ActionButton>
              ) : null}
            </View>
          </View>
        ))
      )}
      <Text className='section-title'>设置</Text>
      <CloseSlotsForm place={place} day={shownDay} onDone={() => void board.reload()} />
      <OpeningRulesForm key={place.id} place={place} onDone={() => void places.reload()} />
    </Screen>
  )
}
