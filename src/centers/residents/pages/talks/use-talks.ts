import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { voice } from '@/shared/contracts/voice'

/** 干群恳谈: the cadres' receptions, the chosen one's slots, the topic, booking and cancelling, my talks. */
export function useTalks() {
  const receptions = useLoad(() => callCloud(voice, 'listReceptions', {}), [])
  const [chosen, setChosen] = useState<string | undefined>()
  const receptionId = chosen ?? receptions.data?.items[0]?.id
  const slots = useLoad(() => (receptionId ? callCloud(voice, 'receptionSlots', { receptionId }) : Promise.resolve(null)), [receptionId])
  const fetchMine = useCallback((page: number) => callCloud(voice, 'myReceptions', { page, pageSize: 5 }), [])
  const mine = usePagedList(fetchMine)
  const [day, setDay] = useState<string | undefined>()
  const [time, setTime] = useState<string | undefined>()
  const [topic, setTopic] = useState('')
  const sending = useSubmit()
  const days = slots.data?.days ?? []
  const chosenDay = days.find((d) => d.day === day) ?? days[0]
  return {
    receptions,
    receptionId,
    slots,
    mine,
    days,
    chosenDay,
    time,
    topic,
    chooseReception: (id: string) => { setChosen(id); setDay(undefined); setTime(undefined) },
    chooseDay: (d: string) => { setDay(d); setTime(undefined) },
    chooseTime: setTime,
    setTopic: (v: string) => { setTopic(v); sending.forget('topic') },
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    book: () =>
      sending.run(async (requestId) => {
        if (!receptionId || !chosenDay || !time) return
        // from the tap: the outcome notice the page promises
        await requestSubscriptions(['voiceProgress'])
        await callCloud(voice, 'bookReception', { receptionId, day: chosenDay.day, time, topic }, { requestId })
        setTime(undefined)
        setTopic('')
        await Promise.all([slots.reload(), mine.reload()])
        await toastDone('预约成功')
      }, `book:${receptionId}:${chosenDay?.day}:${time}`),
    cancel: async (bookingId: string) => {
      if (!(await confirmAction({ title: '取消预约', content: '取消后该时间会让给其他居民。', confirmText: '取消预约' }))) return
      await sending.run(async (requestId) => {
        await callCloud(voice, 'cancelReception', { bookingId }, { requestId })
        await Promise.all([slots.reload(), mine.reload()])
        await toastDone('已取消')
      }, `cancel:${bookingId}`)
    },
  }
}
