/** Job seekers: the résumé, applying once per posting, and the employer moving each application along. */
import type { employment } from '@/shared/contracts/employment'
import { APPLICATION_STATUS_TEXT, isClosed, MOVE_TEXT, moveApplication } from '@/shared/domain/employment/applications'
import { isStaffOf } from '@/shared/domain/roles'
import { formatForPeople } from '@/shared/time'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing, when } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import * as repo from '../repo'
import { applicantView, applicationView, profileView } from './views'

type A = Actions<typeof employment>

const APPLICATIONS_PAGE = '/centers/employment/pages/applications/index'

function mirrorApplication(a: repo.ApplicationDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: a.seekerId,
      center: 'employment',
      kind: 'jobApplication',
      refId: a._id,
      title: `求职：${a.jobTitle}（${a.employerName}）`,
      status: a.status,
      statusText: APPLICATION_STATUS_TEXT[a.status],
      nextAt: a.status === 'interview' ? a.interviewAt : null,
      whenText: a.status === 'interview' && a.interviewAt ? `面试 ${formatForPeople(a.interviewAt)}` : null,
      place: a.status === 'interview' ? a.interviewPlace : null,
      link: APPLICATIONS_PAGE,
    },
    now,
  )
}

const isStaff = async (ctx: ActionContext) => isStaffOf((await ctx.caller()).roles, 'employment')

export const saveProfile: A['saveProfile'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await requireSafeText(actorId, { experience: input.experience, desiredJob: input.desiredJob })
  const doc: repo.ProfileDoc = { _id: actorId, ...input, updatedAt: ctx.now }
  await repo.saveProfile(doc)
  return profileView(doc)
}

/**
 * The caller's own résumé; with an application id, the résumé sent with it — for the seeker, the employer of
 * that posting and center staff only (to anyone else the application does not exist).
 */
export const getProfile: A['getProfile'] = async ({ applicationId }, ctx) => {
  const { actorId } = who(ctx)
  if (!applicationId) {
    const own = await repo.getProfile(actorId)
    return own ? profileView(own) : null
  }
  const app = await repo.getApplication(applicationId)
  if (!app) throw new AppError('NOT_FOUND', '没有找到该求职申请')
  if (app.seekerId === actorId) return profileView(app.profile)
  if (app.employerOwnerId === actorId) return profileView(app.profile, true)
  if (!(await isStaff(ctx))) throw new AppError('NOT_FOUND', '没有找到该求职申请')
  return profileView(app.profile)
}

/** Once per posting (the id is keyed by posting and seeker): 4 requests, a retry returns the first answer. */
export const apply: A['apply'] = async ({ jobId }, ctx) => {
  const { actorId } = who(ctx)
  const id = repo.keyedId(jobId, actorId)
  const [job, profile] = await Promise.all([repo.getJob(jobId), repo.getProfile(actorId)])
  if (job?.status !== 'published') throw new AppError('NOT_FOUND', '该岗位已结束招聘或不存在')
  if (job.validThrough.getTime() <= ctx.now.getTime()) throw new AppError('CONFLICT', '该岗位已过有效期，不能再投递')
  if (job.ownerId === actorId) throw new AppError('CONFLICT', '不能投递本单位发布的岗位')
  if (!profile) throw new AppError('CONFLICT', '请先填写「我的简历」，用人单位会看到简历')
  const { _id, ...resume } = profile
  const doc: repo.ApplicationDoc = {
    _id: id,
    jobId,
    jobTitle: job.title,
    employerName: job.employerName,
    employerOwnerId: job.ownerId,
    seekerId: actorId,
    profile: resume,
    status: 'submitted',
    interviewAt: null,
    interviewPlace: null,
    note: null,
    appliedAt: ctx.now,
    updatedAt: ctx.now,
  }
  if (!(await repo.insertApplication(doc))) {
    const first = await repo.getApplication(id)
    if (!first) throw new AppError('CONFLICT', '请稍后再试')
    return applicationView(first)
  }
  await mirrorApplication(doc, ctx.now)
  return applicationView(doc)
}

export const myApplications: A['myApplications'] = (input, ctx) => fetchPage(repo.applicationsOf(who(ctx).actorId), input, applicationView)

/** The applicants of one posting: its employer and center staff only. */
export const listApplicants: A['listApplicants'] = async ({ jobId, page, pageSize }, ctx) => {
  const { actorId } = who(ctx)
  const job = await repo.getJob(jobId)
  const employer = job?.ownerId === actorId
  if (!job || (!employer && !(await isStaff(ctx)))) throw new AppError('NOT_FOUND', '没有找到该岗位')
  return fetchPage(repo.applicantsOf(jobId), { page, pageSize }, (a: repo.ApplicationDoc) => applicantView(a, employer))
}

/** The employer moves an application along; the seeker is told each step. */
export const updateApplication: A['updateApplication'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const app = await repo.getApplication(input.applicationId)
  if (!app || app.employerOwnerId !== actorId) throw new AppError('NOT_FOUND', '没有找到该求职申请')
  const outcome = moveApplication(app.status, input.move)
  if (!outcome.ok) throw new AppError('CONFLICT', outcome.message)
  if (input.move === 'interview' && input.interviewAt && new Date(input.interviewAt).getTime() <= ctx.now.getTime()) {
    throw new AppError('INVALID_INPUT', '面试时间应晚于现在', { interviewAt: '请选择以后的时间' })
  }
  const changes: Partial<repo.ApplicationDoc> = {
    status: outcome.status,
    note: input.note || null,
    updatedAt: ctx.now,
    ...(input.move === 'interview' ? { interviewAt: new Date(input.interviewAt as string), interviewPlace: input.interviewPlace ?? null } : {}),
  }
  if (!(await repo.stepApplication(app._id, app.status, changes))) throw new AppError('CONFLICT', '该求职申请刚刚变化，请刷新后再试')
  const updated = { ...app, ...changes }
  await mirrorApplication(updated, ctx.now)
  const interview = input.move === 'interview'
  const detail = interview ? (updated.interviewPlace as string) : isClosed(outcome.status) ? input.note || APPLICATION_STATUS_TEXT[outcome.status] : '单位已查看您的简历'
  await notify(app.seekerId, `jobApplication_${app._id}_${outcome.status}_${ctx.now.getTime()}`, 'jobApplicationProgress', APPLICATIONS_PAGE, {
    thing1: thing(app.jobTitle),
    phrase2: phrase(MOVE_TEXT[input.move].replace('标记', '')),
    thing3: thing(detail),
    ...(interview ? { time4: when(updated.interviewAt as Date) } : {}),
  }, ctx.now)
  return applicantView(updated, true)
}
