import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { legal } from '@/shared/contracts/legal'
import type { ConsultCategory } from '@/shared/domain/legal/consultations'

export const DUTY_ROOM = 'duty-room'

/** 预约律师面谈: the duty room's slots, the day and time and topic chosen, one's bookings and cancelling them. */
export function useBookLawyer() {
  const slots = useLoad(() => callCloud(legal, 'listDutySlots', { roomId: DUTY_ROOM }), [])
  const fetchMine = useCallback((page: number) => callCloud(legal, 'myLawyerBookings', { page, pageSize: 5 }), [])
  const mine = usePagedList(fetchMine)
  const [day, setDay] = useState<string | undefined>()
  const [time, setTime] = useState<string | undefined>()
  const [category, setCategory] = useState<ConsultCategory | undefined>()
  const sending = useSubmit()
  const days = slots.data?.days.filter((d) => d.slots.length) ?? []
  const chosenDay = days.find((d) => d.day === day) ?? days[0]
  return {
    slots,
    mine,
    days,
    chosenDay,
    time,
    category,
    chooseDay: (d: string) => { setDay(d); setTime(undefined) },
    chooseTime: setTime,
    chooseCategory: setCategory,
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    book: () =>
      sending.run(async (requestId) => {
        if (!chosenDay || !time || !category) return
        await callCloud(legal, 'bookLawyer', { roomId: DUTY_ROOM, day: chosenDay.day, time, category }, { requestId })
        setTime(undefined)
        await Promise.all([slots.reload(), mine.reload()])
        await toastDone('预约成功')
      }, `book:${chosenDay?.day}:${time}`),
    cancel: async (bookingId: string) => {
      if (!(await confirmAction({ title: '取消预约', content: '取消后该时段会让给其他居民。', confirmText: '取消预约' }))) return
      await sending.run(async (requestId) => {
        await callCloud(legal, 'cancelLawyerBooking', { bookingId }, { requestId })
        await Promise.all([slots.reload(), mine.reload()])
        await toastDone('已取消')
      }, `cancel:${bookingId}`)
    },
  }
}
