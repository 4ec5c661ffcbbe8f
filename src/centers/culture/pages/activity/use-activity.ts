import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { account } from '@/shared/contracts/account'
import { activities } from '@/shared/contracts/activities'

/** 活动详情: the activity as the caller may see it (their own sign-up, management rights), loaded by id. */
export function useActivity() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return useLoad(() => callCloud(activities, 'getActivity', { activityId: id }), [id])
}

/** Whether the person has the profile signing up needs; checked again when they come back from 个人资料. */
export function useHasProfile() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) void me.reload()
    shownBefore.current = true
  })
  return me.data ? !!me.data.profile : null
}

/** One action from a tap (see useSubmit), with a confirmation toast and the page reloaded after it went through. */
export function useAct(after: () => Promise<void>) {
  const submit = useSubmit()
  const run = async (send: (requestId: string) => Promise<unknown>, done?: string) => {
    // a retry keeps its request id only for the same action, never for another button of the card
    if (!(await submit.run(send, done)).ok) return
    if (done) await toastDone(done)
    await after()
  }
  return { busy: submit.busy, problem: submit.problem, fields: submit.fields, run }
}
