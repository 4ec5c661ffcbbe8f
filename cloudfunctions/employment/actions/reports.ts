/**
 * Anyone may report a posting with a reason; staff take it down (the employer sees why) or find nothing wrong.
 * The reporter follows the report in 我的 and in 我的举报, and is told when staff decide.
 */
import type { employment, ReportView } from '@/shared/contracts/employment'
import { REPORT_DEFAULT_NOTE, REPORT_OUTCOME, REPORT_STATUS_TEXT } from '@/shared/domain/employment/reports'
import { formatForPeople } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, notifyAll, phrase, thing } from '../../_kernel/notify'
import { fetchPage, iso } from '../../_kernel/paging'
import * as repo from '../repo'
import { jobLink } from './jobs'

type A = Actions<typeof employment>

export const REPORTS_PAGE = '/centers/employment/pages/reports/index'

const reportView = (r: repo.ReportDoc): ReportView => ({
  id: r._id,
  jobId: r.jobId,
  jobTitle: r.jobTitle,
  employerName: r.employerName,
  reason: r.reason,
  status: r.status,
  statusText: REPORT_STATUS_TEXT[r.status],
  note: r.note ?? null,
  createdAt: iso(r.createdAt),
  handledAt: iso(r.handledAt),
})

/** The reporter's 我的 row: what was reported, when, where the posting's work is, and what became of it. */
function mirrorReport(r: repo.ReportDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: r.reporterId,
      center: 'employment',
      kind: 'jobReport',
      refId: r._id,
      title: `举报岗位：${r.jobTitle}（${r.employerName}）`,
      status: r.status,
      statusText: REPORT_STATUS_TEXT[r.status],
      nextAt: null,
      whenText: `${formatForPeople(r.createdAt)} 举报`,
      place: r.jobAddress || null,
      link: REPORTS_PAGE,
    },
    now,
  )
}

/** One report per person and posting (keyed): reporting again changes nothing. 3 requests. */
export const reportJob: A['reportJob'] = async ({ jobId, reason }, ctx) => {
  const { actorId } = who(ctx)
  const job = await repo.getJob(jobId)
  if (job?.status !== 'published') throw new AppError('NOT_FOUND', '没有找到该岗位')
  const report: repo.ReportDoc = {
    _id: repo.keyedId('report', jobId, actorId),
    jobId,
    jobTitle: job.title,
    employerName: job.employerName,
    jobAddress: job.address,
    reporterId: actorId,
    reason,
    status: 'open',
    note: null,
    createdAt: ctx.now,
    handledAt: null,
  }
  if (await repo.insertReport(report)) await mirrorReport(report, ctx.now)
  return { done: true as const }
}

export const listReports: A['listReports'] = (input) => fetchPage(repo.openReports(), input, reportView)

export const myReports: A['myReports'] = (input, ctx) => fetchPage(repo.reportsOf(who(ctx).actorId), input, reportView)

/** Each reporter settled by this decision sees it in 我的 and is told, once (the event is the decided report). */
async function tellReporters(settled: repo.ReportDoc[], now: Date): Promise<void> {
  for (const r of settled) await mirrorReport(r, now)
  const [first] = settled
  if (!first || first.status === 'open') return
  await notifyAll(settled.map((r) => r.reporterId), `jobReport_${first._id}`, 'jobReportResult', REPORTS_PAGE, {
    thing1: thing(first.jobTitle),
    phrase2: phrase(REPORT_OUTCOME[first.status]),
    thing3: thing(first.note || REPORT_DEFAULT_NOTE[first.status]),
  }, now)
}

/**
 * Dismissing settles this report (4 requests). Taking the posting down settles every open report of it: the
 * employer sees why, and each reporter hears the outcome (7 requests and one per reporter).
 */
export const reviewReport: A['reviewReport'] = async (input, ctx) => {
  const report = await repo.getReport(input.reportId)
  if (!report) throw new AppError('NOT_FOUND', '没有找到该举报')
  if (report.status !== 'open') throw new AppError('CONFLICT', '该举报已处理')
  const note = input.reason || null
  if (input.decision === 'dismiss') {
    if (!(await repo.settleReports([report._id], 'dismissed', note, ctx.now))) throw new AppError('CONFLICT', '该举报刚被其他工作人员处理，请刷新后查看')
    const settled = { ...report, status: 'dismissed' as const, note, handledAt: ctx.now }
    await tellReporters([settled], ctx.now)
    return reportView(settled)
  }
  const [job, open] = await Promise.all([repo.getJob(report.jobId), repo.openReportsOf(report.jobId)])
  if (!job) throw new AppError('NOT_FOUND', '没有找到该岗位')
  const reason = input.reason as string
  await repo.updateJob(job._id, ['draft', 'reviewing', 'published', 'refused', 'closed'], { status: 'takenDown', staffReason: reason, updatedAt: ctx.now })
  const others = open.filter((r) => r._id !== report._id)
  if (!(await repo.settleReports([report._id, ...others.map((r) => r._id)], 'upheld', note, ctx.now))) {
    throw new AppError('CONFLICT', '该举报刚被其他工作人员处理，请刷新后查看')
  }
  await putMyItem(
    { ownerId: job.ownerId, center: 'employment', kind: 'job', refId: job._id, title: `招聘岗位：${job.title}`, status: 'takenDown', statusText: '已被中心下架', nextAt: null, whenText: null, place: null, link: jobLink(job._id) },
    ctx.now,
  )
  await notify(job.ownerId, `jobTakenDown_${job._id}`, 'jobReviewed', jobLink(job._id), {
    thing1: thing(job.title),
    phrase2: phrase('已下架'),
    thing3: thing(reason),
  }, ctx.now)
  const settled = [report, ...others].map((r) => ({ ...r, status: 'upheld' as const, note, handledAt: ctx.now }))
  await tellReporters(settled, ctx.now)
  return reportView(settled[0])
}
