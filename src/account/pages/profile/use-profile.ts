import Taro, { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, errorMessage, invalidInput } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { account } from '@/shared/contracts/account'
import { EMPTY_PROFILE, type ProfileDraft, problems, profileDraftFrom, toProfileInput } from './draft'

/** 个人资料: the saved profile loaded into the form, each change, and the save (then back). */
export function useProfile() {
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_PROFILE)
  const [loading, setLoading] = useState(true)
  const [loadError, setLoadError] = useState<string | null>(null)
  const submit = useSubmit()
  const [phoneProblem, setPhoneProblem] = useState<string | null>(null)

  const load = () => {
    setLoading(true)
    setLoadError(null)
    callCloud(account, 'whoami', {})
      .then((me) => {
        if (me.profile) setDraft(profileDraftFrom(me.profile))
      })
      .catch((e) => setLoadError(errorMessage(e)))
      .finally(() => setLoading(false))
  }
  useLoad(load)

  const change = (key: keyof ProfileDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    submit.forget(key)
  }

  const save = async () => {
    const { ok } = await submit.run((requestId) => {
      const fields = problems(draft)
      if (Object.keys(fields).length) throw invalidInput(fields)
      return callCloud(account, 'updateProfile', toProfileInput(draft), { requestId })
    })
    if (!ok) return
    await toastDone('已保存')
    await Taro.navigateBack()
  }

  return {
    draft,
    loading,
    loadError,
    load,
    change,
    save,
    setPhoneProblem,
    fields: submit.fields,
    busy: submit.busy,
    message: phoneProblem ?? (submit.problem ? (submit.code === 'INVALID_INPUT' ? '请按提示修改后再保存' : `保存失败：${submit.problem}`) : null),
  }
}
