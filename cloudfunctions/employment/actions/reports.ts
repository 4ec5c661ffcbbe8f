/** Anyone may report a posting with a reason; staff take it down (the employer sees why) or dismiss the report. */
import type { employment } from '@/shared/contracts/employment'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, thing } from '../../_kernel/notify'
import { fetchPage, iso } from '../../_kernel/paging'
import * as repo from '../repo'
import { jobLink } from './jobs'

type A = Actions<typeof employment>

const reportView = (r: repo.ReportDoc) => ({
  id: r._id,
  jobId: r.jobId,
  jobTitle: r.jobTitle,
  employerName: r.employerName,
  reason: r.reason,
  status: r.status,
  createdAt: iso(r.createdAt),
})

/** One report per person and posting (keyed): reporting again changes nothing. */
export const reportJob: A['reportJob'] = async ({ jobId, reason }, ctx) => {
  const { actorId } = who(ctx)
  const job = await repo.getJob(jobId)
  if (job?.status !== 'published') throw new AppError('NOT_FOUND', '没有找到该岗位')
  await repo.insertReport({
    _id: repo.keyedId('report', jobId, actorId),
    jobId,
    jobTitle: job.title,
    employerName: job.employerName,
    reporterId: actorId,
    reason,
    status: 'open',
    createdAt: ctx.now,
    handledAt: null,
  })
  return { done: true as const }
}

export const listReports: A['listReports'] = (input) => fetchPage(repo.openReports(), input, reportView)

export const reviewReport: A['reviewReport'] = async (input, ctx) => {
  const report = await repo.getReport(input.reportId)
  if (!report) throw new AppError('NOT_FOUND', '没有找到该举报')
  if (report.status !== 'open') throw new AppError('CONFLICT', '该举报已处理')
  if (input.decision === 'dismiss') {
    await repo.settleReports(report, 'dismissed', ctx.now)
    return reportView({ ...report, status: 'dismissed' })
  }
  const job = await repo.getJob(report.jobId)
  if (!job) throw new AppError('NOT_FOUND', '没有找到该岗位')
  const reason = input.reason as string
  await repo.updateJob(job._id, ['draft', 'reviewing', 'published', 'refused', 'closed'], { status: 'takenDown', staffReason: reason, updatedAt: ctx.now })
  await repo.settleReports(report, 'upheld', ctx.now)
  await putMyItem(
    { ownerId: job.ownerId, center: 'employment', kind: 'job', refId: job._id, title: `招聘岗位：${job.title}`, status: 'takenDown', statusText: '已被中心下架', nextAt: null, whenText: null, place: null, link: jobLink(job._id) },
    ctx.now,
  )
  await notify(job.ownerId, `jobTakenDown_${job._id}`, 'jobReviewed', jobLink(job._id), {
    thing1: thing(job.title),
    phrase2: { value: '已下架' },
    thing3: thing(reason),
  }, ctx.now)
  return reportView({ ...report, status: 'upheld' })
}
