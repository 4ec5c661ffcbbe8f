import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { account } from '@/shared/contracts/account'
import { employment } from '@/shared/contracts/employment'
import { EMPTY_RESUME, type ResumeDraft, resumeFrom, toProfileInput } from './draft'

/** 我的简历: loaded once (filled from 个人资料 the first time), edited, saved. */
export function useResume() {
  const loaded = useLoad(async () => {
    const [profile, me] = await Promise.all([callCloud(employment, 'getProfile', {}), callCloud(account, 'whoami', {})])
    return { profile, me }
  }, [])
  const [draft, setDraft] = useState<ResumeDraft>(EMPTY_RESUME)
  useEffect(() => {
    if (loaded.data) setDraft(resumeFrom(loaded.data.profile, { name: loaded.data.me.profile?.name, phone: loaded.data.me.profile?.phone }))
  }, [loaded.data])
  const sending = useSubmit()
  const change = (patch: Partial<ResumeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const key of Object.keys(patch)) sending.forget(key)
  }
  const save = () =>
    sending.run(async (requestId) => {
      await callCloud(employment, 'saveProfile', toProfileInput(draft), { requestId })
      await toastDone('简历已保存')
      if (Taro.getCurrentPages().length > 1) await Taro.navigateBack()
    })
  return { loaded, draft, change, save, busy: sending.busy, problem: sending.problem, fields: sending.fields }
}
