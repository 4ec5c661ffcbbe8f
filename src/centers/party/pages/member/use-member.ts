import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { account } from '@/shared/contracts/account'
import { party } from '@/shared/contracts/party'
import type { Community } from '@/shared/domain/communities'
import { EMPTY_MEMBER, type MemberDraft, memberDraftFrom, toRegisterInput } from './draft'

/** 我的党员档案: the registration form until confirmed, then the record and 双报到. */
export function useMember() {
  const loaded = useLoad(async () => {
    const [record, me] = await Promise.all([callCloud(party, 'myMemberRecord', {}), callCloud(account, 'whoami', {})])
    return { record, me }
  }, [])
  const shownBefore = useRef(false)
  // back from a post or a wish: the hours and the claims on the record change
  useDidShow(() => {
    if (shownBefore.current) void loaded.reload()
    shownBefore.current = true
  })
  const [draft, setDraft] = useState<MemberDraft>(EMPTY_MEMBER)
  const [reportTo, setReportTo] = useState<Community | ''>('')
  useEffect(() => {
    if (!loaded.data) return
    setDraft(memberDraftFrom(loaded.data.me.profile))
    setReportTo((loaded.data.record?.reportedCommunity ?? loaded.data.me.profile?.community ?? '') as Community | '')
  }, [loaded.data])
  const sending = useSubmit()
  const change = (patch: Partial<MemberDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const key of Object.keys(patch)) sending.forget(key)
  }
  const register = () =>
    sending.run(async (requestId) => {
      // the tap that asks for confirmation is the one that lets the result be told
      await requestSubscriptions(['partyProgress'])
      const record = await callCloud(party, 'registerMember', toRegisterInput(draft), { requestId })
      loaded.set({ record, me: loaded.data!.me })
      await toastDone('已提交')
    }, 'register')
  const report = () =>
    sending.run(async (requestId) => {
      if (!reportTo) return
      if (!(await confirmAction({ title: `到${reportTo}报到？`, content: '报到后可以认领该社区的服务岗位，社区和党建中心会看到您的报到。', confirmText: '确定报到' }))) return
      const record = await callCloud(party, 'reportToCommunity', { community: reportTo }, { requestId })
      loaded.set({ record, me: loaded.data!.me })
      await toastDone('报到成功')
    }, `report:${reportTo}`)
  return { loaded, draft, change, register: () => void register(), reportTo, setReportTo, report: () => void report(), busy: sending.busy, problem: sending.problem, fields: sending.fields }
}
