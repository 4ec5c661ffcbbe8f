import { useCallback, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { voice } from '@/shared/contracts/voice'

/** 地址认证 (community staff): the residents waiting, oldest first; approve or refuse with a reason. */
export function useVerify() {
  const fetchPage = useCallback((page: number) => callCloud(voice, 'listVerifications', { page, pageSize: 20 }), [])
  const list = usePagedList(fetchPage)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  // the row last decided: its message shows under it, not under every resident's
  const [row, setRow] = useState<string | null>(null)
  const sending = useSubmit()
  return {
    list,
    reasons,
    setReason: (id: string, text: string) => { setReasons((r) => ({ ...r, [id]: text })); sending.forget('reason') },
    fieldsOf: (id: string): Record<string, string> => (id === row ? sending.fields : {}),
    busy: sending.busy,
    problem: sending.problem,
    decide: async (verificationId: string, approve: boolean) => {
      if (approve && !(await confirmAction({ title: '通过认证', content: '请确认已核对该居民的住址（如户口簿、房产证或租房合同）。', confirmText: '通过' }))) return
      setRow(verificationId)
      await sending.run(async (requestId) => {
        await callCloud(voice, 'verifyAddress', { verificationId, approve, reason: approve ? undefined : reasons[verificationId] }, { requestId })
        await list.reload()
        await toastDone(approve ? '已通过' : '已退回')
      }, `verify:${verificationId}:${approve}`)
    },
  }
}
