import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import type { OutputOf } from '@/shared/contracts/define'
import { voice } from '@/shared/contracts/voice'
import type { ForwardTarget } from '@/shared/domain/voice/opinions'

type Opinion = OutputOf<typeof voice, 'getOpinion'>

export interface StaffForm {
  mode: 'answer' | 'forward' | 'agenda' | undefined
  answer: string
  center: ForwardTarget | undefined
  reference: string
  note: string
  receptionId: string | undefined
}

const EMPTY: StaffForm = { mode: undefined, answer: '', center: undefined, reference: '', note: '', receptionId: undefined }

/** One opinion: read it, second it (a neighbour), answer / forward / put on an agenda (staff). */
export function useOpinion() {
  const { params } = useRouter()
  const opinionId = params.id ?? ''
  const opinion = useLoad(() => callCloud(voice, 'getOpinion', { opinionId }), [opinionId])
  const staff = !!opinion.data?.canHandle
  const receptions = useLoad(() => (staff ? callCloud(voice, 'listReceptions', {}) : Promise.resolve({ items: [] })), [staff])
  const [form, setForm] = useState<StaffForm>(EMPTY)
  const sending = useSubmit()

  const act = (what: string, send: (requestId: string) => Promise<Opinion>, done: string) =>
    sending.run(async (requestId) => {
      opinion.set(await send(requestId))
      setForm(EMPTY)
      await toastDone(done)
    }, what)

  return {
    opinion,
    receptions: receptions.data?.items ?? [],
    form,
    change: (patch: Partial<StaffForm>) => {
      setForm((f) => ({ ...f, ...patch }))
      sending.forget()
    },
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    second: () =>
      sending.run(async () => {
        const r = await callCloud(voice, 'secondOpinion', { opinionId })
        if (opinion.data) opinion.set({ ...opinion.data, secondCount: r.secondCount, seconded: true, canSecond: false })
        await toastDone('已附议')
      }, 'second'),
    answer: () => act('answer', (requestId) => callCloud(voice, 'answerOpinion', { opinionId, text: form.answer }, { requestId }), '已答复'),
    forward: () =>
      act('forward', (requestId) => callCloud(voice, 'forwardOpinion', { opinionId, center: form.center as ForwardTarget, reference: form.reference || undefined, note: form.note }, { requestId }), '已转交'),
    agenda: () => act('agenda', (requestId) => callCloud(voice, 'agendaOpinion', { opinionId, receptionId: form.receptionId ?? '', note: form.note }, { requestId }), '已列入议程'),
  }
}
