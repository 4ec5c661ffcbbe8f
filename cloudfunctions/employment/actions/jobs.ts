/** Job postings: drafted by a verified employer's contact, checked (content + rules), reviewed in the first month, listed until their date. */
import { formatForPeople } from '@/shared/time'
import { pinyin } from 'pinyin-pro'
import type { employment, JobInput } from '@/shared/contracts/employment'
import { mayPublish } from '@/shared/domain/employment/employers'
import { rankPostings } from '@/shared/domain/employment/matching'
import { endOfValidity, JOB_STATUS_TEXT, type JobStatus, missingFacts, type PostingFacts, violationFields } from '@/shared/domain/employment/postings'
import { keywordPattern, searchKey } from '@/shared/domain/employment/search'
import { isStaffOf } from '@/shared/domain/roles'
import { newId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import * as repo from '../repo'
import { jobDetail, jobSummary } from './views'

type A = Actions<typeof employment>

export const jobLink = (id: string) => `/centers/employment/pages/job/index?id=${id}`
const initials = (text: string) => pinyin(text, { pattern: 'first', toneType: 'none', separator: '' })

/** The caller's own employer registration, which every employer action needs. */
async function myEmployer(ctx: ActionContext): Promise<repo.EmployerDoc> {
  const employer = await repo.employerOf(who(ctx).actorId)
  if (!employer) throw new AppError('FORBIDDEN', '请先登记用人单位，中心审核通过后才能发布岗位')
  return employer
}

/** A posting the caller's employer owns; to anyone else it does not exist. */
async function ownJob(ctx: ActionContext, jobId: string): Promise<repo.JobDoc> {
  const job = await repo.getJob(jobId)
  if (!job || job.ownerId !== who(ctx).actorId) throw new AppError('NOT_FOUND', '没有找到该岗位')
  return job
}

/** The rule check (facts, 60 days, banned words) then WeChat's content check: each problem on its field. */
async function checkPosting(input: Omit<PostingFacts, 'employerName'> & { workHours: string }, employerName: string, ctx: ActionContext): Promise<void> {
  const fields = { ...missingFacts({ ...input, employerName }, ctx.now), ...violationFields({ title: input.title, description: input.description, experience: input.experience, workHours: input.workHours }) }
  if (Object.keys(fields).length) {
    const words = Object.values(fields).some((m) => m.includes('「'))
    throw new AppError('INVALID_INPUT', words ? '岗位信息含有招聘规范禁止的内容，请按提示修改' : '岗位信息不完整，请按提示补充', fields)
  }
  await requireSafeText(who(ctx).actorId, { title: input.title, description: input.description, experience: input.experience })
}

function postingFields(input: JobInput, employer: repo.EmployerDoc) {
  return {
    ...input,
    validThroughDay: input.validThrough,
    validThrough: endOfValidity(input.validThrough),
    searchKey: searchKey([input.title, employer.name, input.description], initials),
  }
}

function mirrorJob(job: repo.JobDoc, now: Date): Promise<void> {
  return putMyItem(
    { ownerId: job.ownerId, center: 'employment', kind: 'job', refId: job._id, title: `招聘岗位：${job.title}`, status: job.status, statusText: JOB_STATUS_TEXT[job.status], nextAt: job.validThrough, whenText: `有效至 ${formatForPeople(job.validThrough, false)}`, place: null, link: jobLink(job._id) },
    now,
  )
}

const ownerView = (job: repo.JobDoc, now: Date) => jobDetail(job, now, { mine: true, application: null, applicants: null })

export const createJob: A['createJob'] = async (input, ctx) => {
  const employer = await myEmployer(ctx)
  await checkPosting(input, employer.name, ctx)
  const job: repo.JobDoc = {
    _id: newId(),
    employerId: employer._id,
    ownerId: employer.ownerId,
    employerName: employer.name,
    employerVerifiedUntil: employer.verifiedUntil,
    ...postingFields(input, employer),
    status: 'draft',
    staffReason: null,
    datePosted: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await repo.insertJob(job)
  await mirrorJob(job, ctx.now)
  return ownerView(job, ctx.now)
}

/** Edits go back through the checks; a listed posting that is edited is listed again only after the checks. */
export const updateJob: A['updateJob'] = async ({ jobId, ...input }, ctx) => {
  const [job, employer] = await Promise.all([ownJob(ctx, jobId), myEmployer(ctx)])
  const editable: JobStatus[] = ['draft', 'reviewing', 'published', 'refused']
  if (!editable.includes(job.status)) throw new AppError('CONFLICT', `岗位${JOB_STATUS_TEXT[job.status]}，不能再修改`)
  await checkPosting(input, employer.name, ctx)
  // in the employer's first month the center sees every posting before it is listed: an edited one too
  const may = mayPublish(employer, ctx.now)
  const review = job.status === 'published' && may.ok && may.needsReview ? { status: 'reviewing' as const, datePosted: null } : {}
  const changes = { ...postingFields(input, employer), ...review, updatedAt: ctx.now }
  if (!(await repo.updateJob(job._id, [job.status], changes))) throw new AppError('CONFLICT', '岗位状态刚刚变化，请刷新后再试')
  const updated = { ...job, ...changes }
  if (review.status) await mirrorJob(updated, ctx.now)
  return ownerView(updated, ctx.now)
}

export const publishJob: A['publishJob'] = async ({ jobId }, ctx) => {
  const [job, employer] = await Promise.all([ownJob(ctx, jobId), myEmployer(ctx)])
  if (!['draft', 'refused'].includes(job.status)) throw new AppError('CONFLICT', `岗位${JOB_STATUS_TEXT[job.status]}，无需再发布`)
  const may = mayPublish(employer, ctx.now)
  if (!may.ok) throw new AppError('FORBIDDEN', may.message)
  const { employerId: _e, ownerId: _o, ...facts } = job
  await checkPosting({ ...facts, validThrough: job.validThroughDay }, employer.name, ctx)
  const status: JobStatus = may.needsReview ? 'reviewing' : 'published'
  const changes = { status, staffReason: null, employerVerifiedUntil: employer.verifiedUntil, datePosted: may.needsReview ? null : ctx.now, updatedAt: ctx.now }
  if (!(await repo.updateJob(job._id, ['draft', 'refused'], changes))) throw new AppError('CONFLICT', '岗位状态刚刚变化，请刷新后再试')
  const updated = { ...job, ...changes }
  await mirrorJob(updated, ctx.now)
  return ownerView(updated, ctx.now)
}

/** Staff review of a posting from an employer's first month. */
export const reviewJob: A['reviewJob'] = async (input, ctx) => {
  const job = await repo.getJob(input.jobId)
  if (!job) throw new AppError('NOT_FOUND', '没有找到该岗位')
  if (job.ownerId === who(ctx).actorId) throw new AppError('FORBIDDEN', '这是您本人单位的岗位，须由中心其他工作人员审核')
  if (job.status !== 'reviewing') throw new AppError('CONFLICT', `岗位${JOB_STATUS_TEXT[job.status]}，不在审核中`)
  const approve = input.decision === 'approve'
  const changes = approve
    ? { status: 'published' as const, datePosted: ctx.now, staffReason: null, updatedAt: ctx.now }
    : { status: 'refused' as const, staffReason: input.reason ?? null, updatedAt: ctx.now }
  if (!(await repo.updateJob(job._id, ['reviewing'], changes))) throw new AppError('CONFLICT', '该岗位刚被其他工作人员处理，请刷新后查看')
  const updated = { ...job, ...changes }
  await mirrorJob(updated, ctx.now)
  await notify(job.ownerId, `jobReviewed_${job._id}_${ctx.now.getTime()}`, 'jobReviewed', jobLink(job._id), {
    thing1: thing(job.title),
    phrase2: phrase(approve ? '已发布' : '未通过'),
    thing3: thing(input.reason || (approve ? '岗位已在招聘列表展示' : '请修改后重新发布')),
  }, ctx.now)
  return jobDetail(updated, ctx.now, { mine: false, application: null, applicants: null })
}

export const closeJob: A['closeJob'] = async ({ jobId }, ctx) => {
  const job = await ownJob(ctx, jobId)
  const open: JobStatus[] = ['draft', 'reviewing', 'published', 'refused']
  if (!open.includes(job.status)) throw new AppError('CONFLICT', `岗位${JOB_STATUS_TEXT[job.status]}`)
  const changes = { status: 'closed' as const, updatedAt: ctx.now }
  if (!(await repo.updateJob(job._id, open, changes))) throw new AppError('CONFLICT', '岗位状态刚刚变化，请刷新后再试')
  const updated = { ...job, ...changes }
  await mirrorJob(updated, ctx.now)
  return ownerView(updated, ctx.now)
}

export const listJobs: A['listJobs'] = async ({ scope, page, pageSize, ...filters }, ctx) => {
  const paging = { page, pageSize }
  const summary = (j: repo.JobDoc) => jobSummary(j, ctx.now)
  if (scope === 'mine') {
    const employer = await myEmployer(ctx)
    return fetchPage(repo.jobsOfEmployer(employer._id), paging, summary)
  }
  if (scope === 'reviewing') {
    if (!ctx.actorId || !isStaffOf((await ctx.caller()).roles, 'employment')) throw new AppError('FORBIDDEN', '仅中心工作人员可以查看待审岗位')
    return fetchPage(repo.jobsInReview(), paging, summary)
  }
  const keyword = filters.keyword ? keywordPattern(filters.keyword) : undefined
  return fetchPage(repo.publicJobs(ctx.now, { ...filters, keyword }), paging, summary)
}

/**
 * Listed postings for anyone; others for their employer and center staff. 2 requests at most: the posting, then
 * the one thing the viewer needs — its employer the applicants counted, a signed-in seeker their application,
 * staff (for a posting not listed) their role.
 */
export const getJob: A['getJob'] = async ({ jobId }, ctx) => {
  const job = await repo.getJob(jobId)
  if (!job) throw new AppError('NOT_FOUND', '没有找到该岗位')
  const mine = !!ctx.actorId && job.ownerId === ctx.actorId
  if (mine) return jobDetail(job, ctx.now, { mine, application: null, applicants: await repo.countApplicants(job._id) })
  const listed = job.status === 'published' || job.status === 'closed'
  if (!listed) {
    if (!(ctx.actorId && isStaffOf((await ctx.caller()).roles, 'employment'))) throw new AppError('NOT_FOUND', '没有找到该岗位')
    return jobDetail(job, ctx.now, { mine, application: null, applicants: null })
  }
  const application = ctx.actorId ? await repo.getApplication(repo.keyedId(jobId, ctx.actorId)) : null
  return jobDetail(job, ctx.now, { mine, application, applicants: null })
}

/** How many listed postings are ranked for a person: the newest this many. */
const RECOMMEND_POOL = 200

/** "为我推荐": the newest listed postings ranked by the résumé, each with why (2 requests). */
export const recommendJobs: A['recommendJobs'] = async ({ page, pageSize }, ctx) => {
  const { actorId } = who(ctx)
  const [profile, { data }] = await Promise.all([repo.getProfile(actorId), repo.publicJobs(ctx.now, {}).limit(RECOMMEND_POOL).get()])
  if (!profile) throw new AppError('CONFLICT', '请先填写「我的简历」，就能按您的情况推荐岗位')
  const ranked = rankPostings(profile, data as repo.JobDoc[])
  const items = ranked.slice((page - 1) * pageSize, page * pageSize).map((j) => ({ ...jobSummary(j, ctx.now), reasons: j.reasons }))
  return { items, page, pageSize, hasMore: ranked.length > page * pageSize }
}
