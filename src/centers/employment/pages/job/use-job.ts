import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { employment } from '@/shared/contracts/employment'

/** One posting: applying, reporting, and for its employer publishing, editing, closing and the applicants. */
export function useJob() {
  const { params } = useRouter()
  const jobId = params.id ?? ''
  const job = useLoad(() => callCloud(employment, 'getJob', { jobId }), [jobId])
  const shownBefore = useRef(false)
  // back from the editor or the résumé: show what changed
  useDidShow(() => {
    if (shownBefore.current) void job.reload()
    shownBefore.current = true
  })
  const sending = useSubmit()
  const [reporting, setReporting] = useState(false)
  const [reason, setReason] = useState('')
  const [reported, setReported] = useState(false)

  const apply = () =>
    sending.run(async (requestId) => {
      // from the tap that applies: the progress notices promised on the page
      await requestSubscriptions(['jobApplicationProgress'])
      await callCloud(employment, 'apply', { jobId }, { requestId })
      await toastDone('已投递')
      await job.reload()
    }, 'apply')

  const report = () =>
    sending.run(async (requestId) => {
      // from the tap that reports: the notice of what staff decided, promised beside the button
      await requestSubscriptions(['jobReportResult'])
      await callCloud(employment, 'reportJob', { jobId, reason }, { requestId })
      setReporting(false)
      setReason('')
      setReported(true)
      await toastDone('已提交举报')
    }, `report:${reason}`)

  const publish = () =>
    sending.run(async (requestId) => {
      // from the tap that publishes: the review's outcome (and a later take-down) is sent as a notice
      await requestSubscriptions(['jobReviewed'])
      job.set(await callCloud(employment, 'publishJob', { jobId }, { requestId }))
      await toastDone('已提交发布')
    }, 'publish')

  const close = async () => {
    const ok = await confirmAction({ title: '结束招聘', content: '岗位将不再展示，已投递的求职者仍可在「我的求职」中看到进度。', confirmText: '结束招聘' })
    if (!ok) return
    await sending.run(async (requestId) => {
      job.set(await callCloud(employment, 'closeJob', { jobId }, { requestId }))
      await toastDone('已结束招聘')
    }, 'close')
  }

  return {
    jobId,
    job,
    busy: sending.busy,
    problem: sending.problem,
    fields: sending.fields,
    needsResume: !!sending.problem?.includes('简历'),
    apply,
    reporting,
    reported,
    myReports: () => Taro.navigateTo({ url: '/centers/employment/pages/reports/index' }),
    startReport: () => setReporting(true),
    reason,
    setReason: (text: string) => {
      setReason(text)
      sending.forget('reason')
    },
    report,
    publish,
    close,
    edit: () => Taro.navigateTo({ url: `/centers/employment/pages/editor/index?id=${jobId}` }),
    applicants: () => Taro.navigateTo({ url: `/centers/employment/pages/applicants/index?jobId=${jobId}` }),
    resume: () => Taro.navigateTo({ url: '/centers/employment/pages/resume/index' }),
  }
}
export type JobPage = ReturnType<typeof useJob>
