import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { legal } from '@/shared/contracts/legal'

/** 申请调解 (the dispute, the other party, a mediator or the center's choice, public or not) and 接受邀请 by code. */
export function useMediate() {
  const mediators = useLoad(async () => (await callCloud(legal, 'listProviders', { kind: 'mediator' })).items, [])
  const [dispute, setDispute] = useState('')
  const [otherName, setOtherName] = useState('')
  const [otherPhone, setOtherPhone] = useState('')
  const [mediatorId, setMediatorId] = useState<string>('center')
  const [isPublic, setPublic] = useState(false)
  const [code, setCode] = useState('')
  const [refuseReason, setRefuseReason] = useState('')
  const sending = useSubmit()
  const open = (id: string) => Taro.redirectTo({ url: `/centers/legal/pages/mediation/index?id=${id}` })
  const field = (set: (v: string) => void, name: string) => (v: string) => { set(v); sending.forget(name) }
  return {
    mediators,
    dispute, setDispute: field(setDispute, 'dispute'),
    otherName, setOtherName: field(setOtherName, 'otherName'),
    otherPhone, setOtherPhone: field(setOtherPhone, 'otherPhone'),
    mediatorId, setMediatorId,
    isPublic, setPublic,
    code, setCode: field(setCode, 'code'),
    refuseReason, setRefuseReason: field(setRefuseReason, 'reason'),
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    apply: () =>
      sending.run(async (requestId) => {
        await requestSubscriptions(['legalProgress'])
        const m = await callCloud(legal, 'applyMediation', { dispute, otherName, otherPhone, mediatorId: mediatorId === 'center' ? undefined : mediatorId, isPublic }, { requestId })
        await open(m.id)
      }, 'apply'),
    respond: (accept: boolean) =>
      sending.run(async (requestId) => {
        await requestSubscriptions(['legalProgress'])
        const m = await callCloud(legal, 'respondMediation', { code, accept, reason: accept ? undefined : refuseReason || undefined }, { requestId })
        await open(m.id)
      }, `respond:${accept}`),
  }
}
