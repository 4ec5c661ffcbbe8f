import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { eldercare } from '@/shared/contracts/eldercare'
import { BLANK_SENIOR, fromSaved, type SeniorDraft, toSeniorInput } from './draft'

/** A senior's record: new (family, staff or the senior themselves) or the saved one, in full for those allowed. */
export function useSenior(seniorId: string | undefined, self: boolean) {
  const saved = useLoad(() => (seniorId ? callCloud(eldercare, 'getSenior', { seniorId }) : Promise.resolve(null)), [seniorId ?? null])
  const [draft, setDraft] = useState<SeniorDraft>(BLANK_SENIOR)
  useEffect(() => {
    if (saved.data) setDraft(fromSaved(saved.data))
  }, [saved.data])
  const submit = useSubmit()
  const edit = <K extends keyof SeniorDraft>(field: K, value: SeniorDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }))
    submit.forget(field)
  }
  const save = async () => {
    const outcome = await submit.run(async (requestId) => {
      const checked = toSeniorInput(draft, self)
      if (!checked.ok) throw invalidInput(checked.fields)
      const { self: _self, relation: _relation, ...record } = checked.input
      const result = seniorId ? await callCloud(eldercare, 'updateSenior', { ...record, seniorId }, { requestId }) : await callCloud(eldercare, 'createSenior', checked.input, { requestId })
      saved.set(result)
    })
    if (outcome.ok) {
      await toastDone('档案已保存')
      if (!seniorId) await Taro.navigateBack().catch(() => undefined)
    }
  }
  return { saved, draft, setDraft, edit, submit, save }
}
