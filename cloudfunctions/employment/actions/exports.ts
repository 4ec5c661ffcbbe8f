/**
 * Spreadsheets (xlsx, Chinese headers) for the center's staff — 单位名录, 岗位台账 — and for an employer, the
 * applicants of its own posting. Phones are masked and the résumé's group tags (残疾人, 失业登记) stay out:
 * a sheet is forwarded and printed, and nobody working from it needs them.
 */
import type { employment } from '@/shared/contracts/employment'
import { APPLICATION_STATUS_TEXT } from '@/shared/domain/employment/applications'
import { STANDING_TEXT, standing } from '@/shared/domain/employment/employers'
import { EMPLOYMENT_TYPE_TEXT, jobStatusText, salaryText } from '@/shared/domain/employment/postings'
import { maskPhone } from '@/shared/domain/people'
import { isStaffOf } from '@/shared/domain/roles'
import { formatForPeople } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { exportSheet } from '../../_kernel/sheets'
import * as repo from '../repo'

type A = Actions<typeof employment>

const DAY_MS = 86_400_000
const when = (at: Date | null, withTime = true) => (at ? formatForPeople(at, withTime) : '')

/** 单位名录: every registration (or those in one status), oldest first. */
export const exportEmployers: A['exportEmployers'] = async ({ status }, ctx) => {
  const rows = await repo.readAll<repo.EmployerDoc>(repo.employersQuery(status))
  return exportSheet('employment/employers', {
    name: '用人单位名录',
    columns: [
      { header: '单位名称', width: 28, value: (e) => e.name },
      { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
      { header: '联系人', value: (e) => e.contactName },
      { header: '联系人手机号', width: 14, value: (e) => maskPhone(e.contactPhone) },
      { header: '单位地址', width: 24, value: (e) => e.address },
      { header: '所在社区', width: 18, value: (e) => e.community },
      { header: '认证状态', width: 24, value: (e) => STANDING_TEXT[standing(e, ctx.now)] },
      { header: '认证有效至', width: 16, value: (e) => when(e.verifiedUntil, false) },
      { header: '首次认证', width: 16, value: (e) => when(e.firstVerifiedAt, false) },
      { header: '提交时间', width: 20, value: (e) => when(e.submittedAt) },
      { header: '不予认证理由', width: 24, value: (e) => e.refusedReason },
    ],
    rows,
  }, ctx.now)
}

/** 岗位台账: the postings created in the last 30, 90 or 365 days, newest first, in every state. */
export const exportJobs: A['exportJobs'] = async ({ withinDays }, ctx) => {
  const rows = await repo.readAll<repo.JobDoc>(repo.jobsCreatedSince(new Date(ctx.now.getTime() - withinDays * DAY_MS)))
  return exportSheet('employment/jobs', {
    name: `岗位台账（近${withinDays}天）`,
    columns: [
      { header: '岗位名称', width: 20, value: (j) => j.title },
      { header: '用人单位', width: 28, value: (j) => j.employerName },
      { header: '用工形式', value: (j) => EMPLOYMENT_TYPE_TEXT[j.employmentType] },
      { header: '招聘人数', value: (j) => j.openings },
      { header: '学历要求', value: (j) => j.education },
      { header: '基本工资', width: 18, value: (j) => salaryText(j.salaryMin, j.salaryMax, j.salaryUnit) },
      { header: '工作地点', width: 24, value: (j) => j.address },
      { header: '所在社区', width: 18, value: (j) => j.community },
      { header: '工作时间', width: 20, value: (j) => j.workHours },
      { header: '适合人群', width: 24, value: (j) => j.tags.join('、') },
      { header: '状态', width: 14, value: (j) => jobStatusText(j.status, j.validThrough, ctx.now) },
      { header: '发布时间', width: 20, value: (j) => when(j.datePosted) },
      { header: '有效期至', width: 16, value: (j) => j.validThroughDay },
      { header: '中心说明', width: 24, value: (j) => j.staffReason },
    ],
    rows,
  }, ctx.now)
}

/** 应聘名单 of one posting: its employer and the center's staff; to anyone else it does not exist. */
export const exportApplicants: A['exportApplicants'] = async ({ jobId }, ctx) => {
  const { actorId } = who(ctx)
  const job = await repo.getJob(jobId)
  if (!job || (job.ownerId !== actorId && !isStaffOf((await ctx.caller()).roles, 'employment'))) throw new AppError('NOT_FOUND', '没有找到该岗位')
  const rows = await repo.readAll<repo.ApplicationDoc>(repo.applicantsOf(jobId))
  return exportSheet('employment/applicants', {
    name: `${job.title} 应聘名单`,
    columns: [
      { header: '姓名', value: (a) => a.profile.name },
      { header: '手机号', width: 14, value: (a) => maskPhone(a.profile.phone) },
      { header: '学历', value: (a) => a.profile.education },
      { header: '工作经历', width: 30, value: (a) => a.profile.experience },
      { header: '技能', width: 20, value: (a) => a.profile.skills.join('、') },
      { header: '意向岗位', width: 16, value: (a) => a.profile.desiredJob },
      { header: '进度', width: 16, value: (a) => APPLICATION_STATUS_TEXT[a.status] },
      { header: '投递时间', width: 20, value: (a) => when(a.appliedAt) },
      { header: '面试时间', width: 20, value: (a) => (a.status === 'interview' ? when(a.interviewAt) : '') },
      { header: '面试地点', width: 20, value: (a) => (a.status === 'interview' ? a.interviewPlace : '') },
      { header: '说明', width: 24, value: (a) => a.note },
    ],
    rows,
  }, ctx.now)
}
