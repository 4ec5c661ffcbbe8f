import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { legal } from '@/shared/contracts/legal'
import { useMe } from '../../components/use-me'
import { missingList } from './draft'

/** One legal-aid application: the applicant's view, and the staff's review, decision and assignment. */
export function useAid() {
  const { params } = useRouter()
  const applicationId = params.id ?? ''
  const { staff } = useMe()
  const app = useLoad(() => callCloud(legal, 'getAidApplication', { applicationId }), [applicationId])
  const lawyers = useLoad(async () => (staff ? (await callCloud(legal, 'listProviders', { kind: 'lawyer' })).items : []), [staff])
  const sending = useSubmit()
  const [missing, setMissing] = useState('')
  const [reason, setReason] = useState('')

  const step = (what: string, send: (requestId: string) => Promise<unknown>, done: string) =>
    sending.run(async (requestId) => {
      await send(requestId)
      // a staff step's reply carries the ID number masked (it is no logged read): the page reads the detail again —
      // logged for staff — whoever took the step (who is staff may not be known yet when the page has just opened)
      await app.reload()
      setReason('')
      await toastDone(done)
    }, what)

  return {
    app,
    staff,
    lawyers: lawyers.data ?? [],
    missing,
    setMissing: (v: string) => { setMissing(v); sending.forget('missing') },
    reason,
    setReason: (v: string) => { setReason(v); sending.forget('reason') },
    fields: sending.fields,
    busy: sending.busy,
    problem: sending.problem,
    accept: () => step('accept', (requestId) => callCloud(legal, 'reviewAid', { applicationId, decision: 'accept' }, { requestId }), '已受理'),
    returnIt: () => step('return', (requestId) => callCloud(legal, 'reviewAid', { applicationId, decision: 'return', missing: missingList(missing), reason: reason || undefined }, { requestId }), '已退回'),
    approve: () => step('approve', (requestId) => callCloud(legal, 'decideAid', { applicationId, decision: 'approve', reason: reason || undefined }, { requestId }), '已决定给予援助'),
    refuse: async () => {
      if (!(await confirmAction({ title: '不予法律援助', content: '将书面告知申请人理由，申请人可以申请复核。确定吗？', confirmText: '确定不予援助' }))) return
      await step('refuse', (requestId) => callCloud(legal, 'decideAid', { applicationId, decision: 'refuse', reason: reason || undefined }, { requestId }), '已作出决定')
    },
    assign: (lawyerId: string) => step(`assign:${lawyerId}`, (requestId) => callCloud(legal, 'assignLawyer', { applicationId, lawyerId }, { requestId }), '已指派律师'),
    requestReview: () => step('review', (requestId) => callCloud(legal, 'requestAidReview', { applicationId, reason }, { requestId }), '已申请复核'),
    resubmit: () => Taro.navigateTo({ url: `/centers/legal/pages/apply/index?applicationId=${applicationId}` }),
  }
}
