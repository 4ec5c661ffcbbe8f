import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import type { OutputOf } from '@/shared/contracts/define'
import { legal } from '@/shared/contracts/legal'

type Thread = OutputOf<typeof legal, 'getConsultation'>

/** A consultation thread: read it, answer (lawyer), follow up, close, rate. */
export function useConsultation() {
  const { params } = useRouter()
  const consultationId = params.id ?? ''
  const thread = useLoad(() => callCloud(legal, 'getConsultation', { consultationId }), [consultationId])
  const sending = useSubmit()
  const [reply, setReply] = useState('')
  const [rating, setRating] = useState(0)

  const act = (what: string, send: (requestId: string) => Promise<Thread>, done: string) =>
    sending.run(async (requestId) => {
      const next = await send(requestId)
      // the lawyer's reply leaves the photos out (no logged read): read the thread again, which the access log records
      if (next.mine) thread.set(next)
      else await thread.reload()
      setReply('')
      await toastDone(done)
    }, what)

  return {
    thread,
    reply,
    setReply: (v: string) => { setReply(v); sending.forget('text') },
    rating,
    setRating,
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    answer: () => act('answer', (requestId) => callCloud(legal, 'answerConsultation', { consultationId, text: reply }, { requestId }), '已答复'),
    followUp: () => act('followUp', (requestId) => callCloud(legal, 'followUp', { consultationId, text: reply }, { requestId }), '已追问'),
    close: async () => {
      if (!(await confirmAction({ title: '结束咨询', content: '结束后不能再追问，如有新问题请重新提问。', confirmText: '结束咨询' }))) return
      await act('close', (requestId) => callCloud(legal, 'closeConsultation', { consultationId }, { requestId }), '已结束')
    },
    rate: () => act(`rate:${rating}`, (requestId) => callCloud(legal, 'rateConsultation', { consultationId, rating }, { requestId }), '感谢您的评价'),
  }
}
