import Taro, { useRouter } from '@tarojs/taro'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud } from '../../../../services/cloud'
import { activities } from '../../../../shared/contracts/activities'

/** 活动详情: the activity as the caller may see it (their own sign-up, management rights), loaded by id. */
export function useActivity() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return useLoad(() => callCloud(activities, 'getActivity', { activityId: id }), [id])
}

/** One action from a tap (see useSubmit), with a confirmation toast and the page reloaded after it went through. */
export function useAct(after: () => Promise<void>) {
  const submit = useSubmit()
  const run = async (send: (requestId: string) => Promise<unknown>, done?: string) => {
    // a retry keeps its request id only for the same action, never for another button of the card
    if (!(await submit.run(send, done)).ok) return
    if (done) await Taro.showToast({ title: done, icon: 'success' })
    await after()
  }
  return { busy: submit.busy, problem: submit.problem, fields: submit.fields, run }
}
