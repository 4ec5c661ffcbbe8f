import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { voice } from '@/shared/contracts/voice'
import { boardDays, EMPTY_HOURS, type HoursDraft, problems, toHoursInput } from './draft'

/** 我的接待日 (a cadre): publish or change one's hours; a day's talks, recording each outcome; the agenda. */
export function useHours() {
  const receptions = useLoad(() => callCloud(voice, 'listReceptions', {}), [])
  const mine = receptions.data?.items.filter((r) => r.mine) ?? []
  const [chosen, setChosen] = useState<string | undefined>()
  const receptionId = chosen ?? mine[0]?.id
  const slots = useLoad(() => (receptionId ? callCloud(voice, 'receptionSlots', { receptionId }) : Promise.resolve(null)), [receptionId])
  const [day, setDay] = useState<string | undefined>()
  const current = mine.find((r) => r.id === receptionId)
  const days = boardDays(slots.data?.days.map((d) => d.day) ?? [], current?.weekdays ?? [], new Date())
  // today's (or the next) reception first; the past week's stay a tap away
  const shownDay = day ?? slots.data?.days[0]?.day
  const board = useLoad(() => (receptionId && shownDay ? callCloud(voice, 'receptionBoard', { receptionId, day: shownDay }) : Promise.resolve(null)), [receptionId, shownDay])
  const [draft, setDraft] = useState<HoursDraft | null>(null)
  const [outcomes, setOutcomes] = useState<Record<string, string>>({})
  // the talk last recorded: its message shows under it, not under every talk of the day
  const [row, setRow] = useState<string | null>(null)
  const sending = useSubmit()
  return {
    receptions,
    mine,
    receptionId,
    chooseReception: (id: string) => { setChosen(id); setDay(undefined) },
    days,
    day: shownDay,
    chooseDay: setDay,
    board,
    draft,
    edit: (r?: { id: string; title: string; address: string }) => setDraft(r ? { ...EMPTY_HOURS, receptionId: r.id, title: r.title, address: r.address } : EMPTY_HOURS),
    change: (patch: Partial<HoursDraft>) => { setDraft((d) => ({ ...(d ?? EMPTY_HOURS), ...patch })); sending.forget() },
    outcomes,
    setOutcome: (id: string, text: string) => { setOutcomes((o) => ({ ...o, [id]: text })); sending.forget('outcome') },
    fields: sending.fields,
    fieldsOf: (id: string): Record<string, string> => (id === row ? sending.fields : {}),
    busy: sending.busy,
    problem: sending.problem,
    publish: () =>
      sending.run(async (requestId) => {
        if (!draft) return
        const fields = problems(draft)
        if (Object.keys(fields).length) throw invalidInput(fields)
        const r = await callCloud(voice, 'publishReceptionHours', toHoursInput(draft), { requestId })
        setDraft(null)
        setChosen(r.id)
        await Promise.all([receptions.reload(), slots.reload()])
        await toastDone('接待时间已发布')
      }, 'publish'),
    record: async (bookingId: string, attended: boolean) => {
      // 未到 is final (no outcome can be recorded after it): asked first
      if (!attended && !(await confirmAction({ title: '记为居民未到', content: '确认这位居民没有来参加恳谈？记为未到后不能再记录结果。', confirmText: '记为未到' }))) return
      setRow(bookingId)
      await sending.run(async (requestId) => {
        await callCloud(voice, 'recordReception', { bookingId, attended, outcome: attended ? outcomes[bookingId] : undefined }, { requestId })
        await board.reload()
        await toastDone(attended ? '已记录结果' : '已记为未到')
      }, `record:${bookingId}:${attended}`)
    },
  }
}
