import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import type { OutputOf } from '@/shared/contracts/define'
import { legal } from '@/shared/contracts/legal'

type Case = OutputOf<typeof legal, 'getMediation'>

/** One mediation case and the step each person may take: consent, mediator, session, outcome, confirmation, escalation. */
export function useMediation() {
  const { params } = useRouter()
  const mediationId = params.id ?? ''
  const m = useLoad(() => callCloud(legal, 'getMediation', { mediationId }), [mediationId])
  const staff = m.data?.role === 'staff'
  const mediators = useLoad(async () => (staff ? (await callCloud(legal, 'listProviders', { kind: 'mediator' })).items : []), [staff])
  const sending = useSubmit()
  const [at, setAt] = useState('')
  const [place, setPlace] = useState('街道人民调解室')
  const [terms, setTerms] = useState('')
  const [performance, setPerformance] = useState('')
  const [reason, setReason] = useState('')
  const act = (what: string, send: (requestId: string) => Promise<Case>, done: string) =>
    sending.run(async (requestId) => {
      const next = await send(requestId)
      // a step by staff or the mediator replies with the phone masked (no logged read): read the case again, logged
      if (next.role === 'staff' || next.role === 'mediator') await m.reload()
      else m.set(next)
      await toastDone(done)
    }, what)
  const f = (set: (v: string) => void, name: string) => (v: string) => { set(v); sending.forget(name) }
  return {
    m,
    mediators: mediators.data ?? [],
    at, setAt: f(setAt, 'at'),
    place, setPlace: f(setPlace, 'place'),
    terms, setTerms: f(setTerms, 'terms'),
    performance, setPerformance: f(setPerformance, 'performance'),
    reason, setReason: f(setReason, 'reason'),
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    consent: (accept: boolean) => act(`consent:${accept}`, (requestId) => callCloud(legal, 'respondMediation', { mediationId, accept, reason: reason || undefined }, { requestId }), '已记录'),
    assign: (mediatorId: string) => act(`assign:${mediatorId}`, (requestId) => callCloud(legal, 'assignMediator', { mediationId, mediatorId }, { requestId }), '已指派'),
    schedule: () => act('schedule', (requestId) => callCloud(legal, 'scheduleSession', { mediationId, at, place }, { requestId }), '已安排'),
    agree: () => act('agree', (requestId) => callCloud(legal, 'recordOutcome', { mediationId, outcome: 'agreement', terms, performance }, { requestId }), '已记录协议'),
    fail: () => act('fail', (requestId) => callCloud(legal, 'recordOutcome', { mediationId, outcome: 'failure', reason }, { requestId }), '已记录'),
    confirm: async () => {
      if (!(await confirmAction({ title: '确认调解协议', content: '确认后协议对双方具有约束力，请核对协议内容和履行方式、期限。', confirmText: '确认协议' }))) return
      await act('confirm', async (requestId) => {
        // from the tap: the notice that the agreement stands, and the 司法确认 reminder a week before the 30 days end
        await requestSubscriptions(['legalProgress', 'legalReminder'])
        return callCloud(legal, 'confirmAgreement', { mediationId }, { requestId })
      }, '已确认')
    },
    recordJudicial: async () => {
      if (!(await confirmAction({ title: '已申请司法确认', content: '请确认已持调解协议向人民法院申请司法确认。记录后不再提醒双方申请。', confirmText: '已申请' }))) return
      await act('judicial', (requestId) => callCloud(legal, 'recordJudicialApplication', { mediationId }, { requestId }), '已记录')
    },
    escalate: async () => {
      if (!(await confirmAction({ title: '转入下一级调解', content: '案号和调解记录保持不变，中心将重新安排调解员。', confirmText: '转入下一级' }))) return
      await act('escalate', (requestId) => callCloud(legal, 'escalateMediation', { mediationId }, { requestId }), '已转入')
    },
  }
}
