import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { eldercare } from '@/shared/contracts/eldercare'
import { EMPTY_LINK, type LinkDraft, linkInput } from './draft'

/** The seniors a person acts for, their link requests, requests waiting for them, and the link form. */
export function useEldercareHome() {
  const home = useLoad(() => callCloud(eldercare, 'myLinkedSeniors', {}), [])
  const [link, setLink] = useState<LinkDraft>(EMPTY_LINK)
  const submit = useSubmit()
  const edit = (field: keyof LinkDraft) => (value: string) => {
    setLink({ ...link, [field]: value })
    submit.forget(field)
  }
  const requestLink = async () => {
    await requestSubscriptions(['familyLinked'])
    const outcome = await submit.run((requestId) => callCloud(eldercare, 'requestLink', linkInput(link), { requestId }), 'requestLink')
    if (outcome.ok) {
      setLink(EMPTY_LINK)
      await toastDone('已提交，等待老人或中心确认')
      await home.reload()
    }
  }
  const decide = async (linkId: string, decision: 'approve' | 'refuse' | 'remove', who: string) => {
    if (decision !== 'approve' && !(await confirmAction({ title: decision === 'refuse' ? '不同意这条关联？' : '解除关联？', content: who, confirmText: decision === 'refuse' ? '不同意' : '解除关联' }))) return
    const outcome = await submit.run(() => callCloud(eldercare, 'approveLink', { linkId, decision }), `${decision}:${linkId}`)
    if (outcome.ok) {
      await toastDone(decision === 'approve' ? '已同意关联' : '已处理')
      await home.reload()
    }
  }
  return { home, link, edit, requestLink, decide, submit }
}
