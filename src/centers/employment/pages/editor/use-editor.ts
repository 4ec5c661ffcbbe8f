import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { employment } from '@/shared/contracts/employment'
import { emptyJob, type JobDraft, jobFrom, toJobInput } from './draft'

/** 发布岗位: a new posting or an edit of one; saving runs the rule check, then it is published (or sent for review). */
export function useEditor() {
  const { params } = useRouter()
  const jobId = params.id
  const loaded = useLoad(async () => {
    const [employer, job] = await Promise.all([callCloud(employment, 'getEmployer', {}), jobId ? callCloud(employment, 'getJob', { jobId }) : Promise.resolve(null)])
    return { employer, job }
  }, [jobId])
  const [now] = useState(() => new Date())
  const [draft, setDraft] = useState<JobDraft>(() => emptyJob(now))
  useEffect(() => {
    const data = loaded.data
    if (data) setDraft(data.job ? jobFrom(data.job) : emptyJob(now, data.employer?.community))
  }, [loaded.data, now])
  const sending = useSubmit()
  // a posting saved before its publishing failed (e.g. not yet verified) is edited on the next try, not made twice
  const savedId = useRef(jobId)
  const change = (patch: Partial<JobDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    for (const key of Object.keys(patch)) sending.forget(key)
  }
  const save = (publish: boolean) =>
    sending.run(async (requestId) => {
      const input = toJobInput(draft)
      const id = savedId.current
      const saved = id ? await callCloud(employment, 'updateJob', { ...input, jobId: id }, { requestId }) : await callCloud(employment, 'createJob', input, { requestId })
      savedId.current = saved.id
      if (publish && (saved.status === 'draft' || saved.status === 'refused')) {
        // from the tap that publishes: the review result of a first-month posting comes as a notice
        await requestSubscriptions(['jobReviewed'])
        await callCloud(employment, 'publishJob', { jobId: saved.id }, { requestId: `${requestId}p` })
      }
      await toastDone(publish ? '已提交发布' : '已保存')
      await Taro.redirectTo({ url: `/centers/employment/pages/job/index?id=${saved.id}` })
    }, publish ? 'publish' : 'save')
  return { jobId, loaded, now, draft, change, save, busy: sending.busy, problem: sending.problem, fields: sending.fields }
}
export type Editor = ReturnType<typeof useEditor>
