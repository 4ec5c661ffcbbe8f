import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { affairs } from '@/shared/contracts/affairs'
import type { OutputOf } from '@/shared/contracts/define'
import { atShanghai } from '@/shared/time'

export type Place = OutputOf<typeof affairs, 'listPlaces'>['places'][number]
export type Entry = OutputOf<typeof affairs, 'listBookings'>['entries'][number]

const shiftDay = (day: string, by: number) => atShanghai(day).add(by, 'day').format('YYYY-MM-DD')

/** 预约看板: the place and day shown, the staff member's window, the day's bookings and the four staff actions. */
export function useBoard() {
  const places = useLoad(() => callCloud(affairs, 'listPlaces', {}), [])
  const [placeId, setPlaceId] = useState<string | null>(null)
  const [day, setDay] = useState<string | null>(null)
  const [windowNo, setWindowNo] = useState(1)
  const [done, setDone] = useState<string | null>(null)
  const submit = useSubmit()
  const place = places.data?.places.find((p) => p.id === placeId) ?? places.data?.places[0]
  const today = places.data?.today
  const shownDay = day ?? today ?? null
  const board = useLoad(async () => (place && shownDay ? callCloud(affairs, 'listBookings', { placeId: place.id, day: shownDay }) : null), [place?.id, shownDay])

  // `what` keeps a retry's request id to the same action on the same booking (see useSubmit)
  const act = (what: string, send: (requestId: string) => Promise<Entry | null>, said: (e: Entry | null) => string) => {
    setDone(null)
    return submit.run(async (requestId) => {
      setDone(said(await send(requestId)))
      await board.reload()
    }, what)
  }
  const at = { placeId: place?.id ?? '', day: shownDay ?? '' }

  return {
    places,
    /** null until the places (and so today's date) are known */
    shown: places.data && place && shownDay ? { places: places.data.places, place, day: shownDay, today: places.data.today } : null,
    board,
    windowNo,
    busy: submit.busy,
    /** what the last action did, or why it failed */
    message: done ?? submit.problem,
    choosePlace: (id: string) => {
      setPlaceId(id)
      setWindowNo(1)
    },
    chooseWindow: setWindowNo,
    shift: (by: number) => shownDay && setDay(shiftDay(shownDay, by)),
    callNext: () =>
      act(
        `callNext:${at.placeId}:${at.day}:${windowNo}`,
        (requestId) => callCloud(affairs, 'callNext', { ...at, window: windowNo }, { requestId }),
        (e) => (e ? `请 ${e.queueNo} 号 ${e.personName} 到 ${windowNo} 号窗口办理「${e.serviceName}」` : '没有等待中的居民'),
      ),
    checkIn: (e: Entry) => act(`checkIn:${e.id}`, (requestId) => callCloud(affairs, 'checkIn', { bookingId: e.id }, { requestId }), (r) => `${r?.personName} 已取号：${r?.queueNo} 号`),
    finish: (e: Entry) =>
      act(`finishBooking:${e.id}`, (requestId) => callCloud(affairs, 'finishBooking', { bookingId: e.id }, { requestId }), (r) => `${r?.personName} 的「${r?.serviceName}」已办结`),
    markNoShow: (e: Entry) => act(`markNoShow:${e.id}`, (requestId) => callCloud(affairs, 'markNoShow', { bookingId: e.id }, { requestId }), (r) => `已记录 ${r?.personName} 未到`),
  }
}
export type Board = ReturnType<typeof useBoard>
