import { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { CloudCallError, callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { employment } from '@/shared/contracts/employment'
import { MOVE_TEXT, type ApplicationMove } from '@/shared/domain/employment/applications'

export interface MoveInput {
  applicationId: string
  move: ApplicationMove
  interviewAt?: string
  interviewPlace?: string
  note?: string
}

/** 应聘者: the applicants of one posting with their résumés; the employer moves each one along. */
export function useApplicants() {
  const { params } = useRouter()
  const jobId = params.jobId ?? ''
  // the server answers 没有找到该岗位 to anyone but the posting's employer and staff (it does not say whose postings
  // exist): to the page that is a refusal, so it says 没有权限 and the way back rather than 出错了 with 重新加载
  const fetchPage = useCallback(
    (page: number) =>
      callCloud(employment, 'listApplicants', { jobId, page, pageSize: 10 }).catch((e: unknown) => {
        throw e instanceof CloudCallError && e.code === 'NOT_FOUND' ? new CloudCallError('FORBIDDEN', e.message) : e
      }),
    [jobId],
  )
  const list = usePagedList(fetchPage)
  const sending = useSubmit()
  const move = (input: MoveInput) =>
    sending.run(async (requestId) => {
      await callCloud(employment, 'updateApplication', { ...input, interviewPlace: input.interviewPlace || undefined, note: input.note || undefined }, { requestId })
      await toastDone(MOVE_TEXT[input.move].replace('标记', ''))
      await list.reload()
    }, `${input.move}:${input.applicationId}`)
  return { jobId, list, move, busy: sending.busy, problem: sending.problem, fields: sending.fields }
}
export type Applicants = ReturnType<typeof useApplicants>
