/** Organizations (and centers) publish: draft → submit for review → center staff approve or return → published. */
import type * as z from 'zod'
import type { activities, ActivityInput } from '@/shared/contracts/activities'
import { capacityRefusal, dateProblems, reviewMove, submitMove } from '@/shared/domain/activities'
import { centerByCode } from '@/shared/domain/centers'
import { isStaffOf } from '@/shared/domain/roles'
import { resize } from '../../_kernel/claim'
import { randomCode, requestKeyedId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { acceptFiles } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { notifyAll, thing, when } from '../../_kernel/notify'
import * as repo from '../repo'
import { promoteWaitlist } from '../seats'
import { activityLink, activityOrFail, detailView, managedOrFail, mirrorSignup } from '../views'

type A = Actions<typeof activities>
type Input = z.output<typeof ActivityInput>

/** One write per person, 50 at a time: thousands of 我的 entries fit in the function's time limit. */
async function inBatches<T>(items: T[], write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 50) await Promise.all(items.slice(i, i + 50).map(write))
}

/** Field-by-field checks of an activity's content beyond the schema: dates that hang together, ages, safe text. */
async function checkContent(input: Input, openid: string): Promise<Pick<repo.ActivityDoc, 'startAt' | 'endAt' | 'signupOpensAt' | 'signupClosesAt' | 'cancelDeadline'>> {
  const dates = {
    startAt: new Date(input.startAt),
    endAt: new Date(input.endAt),
    signupOpensAt: new Date(input.signupOpensAt),
    signupClosesAt: new Date(input.signupClosesAt),
    cancelDeadline: new Date(input.cancelDeadline),
  }
  const problems = dateProblems(dates)
  if (input.minAge !== null && input.maxAge !== null && input.minAge > input.maxAge) problems.maxAge = '最大年龄应不小于最小年龄'
  if (Object.keys(problems).length) throw new AppError('INVALID_INPUT', '活动信息有误，请按提示修改', problems)
  await requireSafeText(openid, { title: input.title, description: input.description })
  return dates
}

/** Who organizes: an organization its caller works for (and that runs programs in that center), or the center itself. */
async function organizer(input: Input, ctx: ActionContext): Promise<{ orgId: string | null; orgName: string }> {
  const { roles } = await ctx.caller()
  if (!input.orgId) {
    if (!isStaffOf(roles, input.center)) throw new AppError('FORBIDDEN', '只有该中心工作人员可以发布中心自办活动')
    return { orgId: null, orgName: centerByCode(input.center)?.name ?? input.center }
  }
  const member = roles.some((r) => r.role === 'admin' || (r.role === 'orgStaff' && r.orgId === input.orgId))
  if (!member) throw new AppError('FORBIDDEN', '您不是该社会组织的工作人员')
  const org = await repo.getOrgName(input.orgId)
  if (!org) throw new AppError('NOT_FOUND', '没有找到该社会组织', { orgId: '请选择主办机构' })
  if (!org.centers.includes(input.center)) throw new AppError('INVALID_INPUT', '该机构未在此中心开展项目', { center: '请选择机构合作的中心' })
  return { orgId: input.orgId, orgName: org.name }
}

function contentFields(input: Input) {
  return {
    center: input.center,
    brand: input.brand,
    title: input.title,
    description: input.description,
    cover: input.cover,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    companionsAllowed: input.companionsAllowed,
    audience: { minAge: input.minAge, maxAge: input.maxAge, communities: input.communities },
    questions: input.questions.map((q) => ({ label: q.label, required: q.required })),
    volunteerHours: input.volunteerHours,
  }
}

export const createActivity: A['createActivity'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const by = await organizer(input, ctx)
  const dates = await checkContent(input, actorId)
  await acceptFiles(input.cover ? [input.cover] : [], { owners: [actorId], purpose: 'activityCover', field: 'cover' })
  const doc: repo.ActivityDoc = {
    _id: requestKeyedId(ctx),
    ...by,
    ...contentFields(input),
    ...dates,
    capacity: input.capacity,
    taken: 0,
    waiting: 0,
    placesLeft: input.capacity,
    status: 'draft',
    reviewNote: null,
    cancelReason: null,
    venueCode: randomCode(8),
    createdBy: actorId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  // a retry of the same request finds the activity it created
  if (!(await repo.insertActivity(doc))) return detailView(await activityOrFail(doc._id), null, true, null)
  return detailView(doc, null, true, null)
}

/**
 * Edits an activity. A published one stays published; capacity cannot drop below the seats taken, and the
 * people signed up are told when the time or the place changes.
 */
export const updateActivity: A['updateActivity'] = async ({ activityId, ...input }, ctx) => {
  const { actorId } = who(ctx)
  const current = await managedOrFail(activityId, (await ctx.caller()).roles)
  if (current.status === 'cancelled') throw new AppError('CONFLICT', '活动已取消，不能再修改')
  if (current.status === 'reviewing') throw new AppError('CONFLICT', '活动正在审核中，请等待审核结果后再修改')
  if ((input.orgId ?? null) !== current.orgId) throw new AppError('INVALID_INPUT', '不能更换主办机构', { orgId: '不能更换主办机构' })
  const dates = await checkContent(input, actorId)
  // the cover it has stays whoever uploaded it (another staff member of the organization, say)
  await acceptFiles(input.cover ? [input.cover] : [], { owners: [actorId], purpose: 'activityCover', field: 'cover', kept: current.cover ? [current.cover] : [] })
  const changes = { ...contentFields(input), ...dates, updatedAt: ctx.now }
  // the capacity moves in the same guarded update as the seats taken: sign-ups racing the edit cannot overbook
  const pool = repo.seatPool(current, current.status)
  if (!(await resize(pool, input.capacity, changes))) {
    const fresh = await repo.getActivity(activityId)
    const refusal = fresh && fresh.capacity === current.capacity ? capacityRefusal(input.capacity, fresh.taken ?? 0) : null
    if (refusal) throw new AppError('INVALID_INPUT', '名额不能少于已报名人数', { capacity: refusal })
    throw new AppError('CONFLICT', '活动刚被其他人修改，请刷新后再试')
  }
  const updated = { ...current, ...changes, capacity: input.capacity, placesLeft: current.placesLeft + input.capacity - current.capacity }
  if (input.capacity > current.capacity) await promoteWaitlist(repo.seatPool(updated), updated, ctx.now, input.capacity - current.capacity)
  const moved = current.startAt.getTime() !== dates.startAt.getTime() || current.address !== input.address
  if (current.status === 'published' && moved) {
    const people = await repo.allSignups(activityId, ['confirmed', 'waitlisted'])
    await notifyAll(people.map((s) => s.subjectId), `moved_${activityId}_${ctx.now.valueOf()}`, 'activityChanged', activityLink(activityId), {
      thing1: thing(updated.title),
      time2: when(updated.startAt),
      thing3: thing(`地点：${updated.address}`),
    }, ctx.now)
    await inBatches(people, (s) => mirrorSignup({ ...s, startAt: updated.startAt, address: updated.address }, '活动时间或地点有变化', ctx.now))
  }
  return detailView(updated, null, true, null)
}

export const submitForReview: A['submitForReview'] = async ({ activityId }, ctx) => {
  const activity = await managedOrFail(activityId, (await ctx.caller()).roles)
  const move = submitMove(activity.status)
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  await requireSafeText(who(ctx).actorId, { title: activity.title, description: activity.description })
  if (activity.signupClosesAt <= ctx.now) throw new AppError('CONFLICT', '报名截止时间已过，请先修改活动时间', { signupClosesAt: '报名截止时间已过' })
  if (!(await repo.updateActivity(activityId, activity.status, { status: move.status, updatedAt: ctx.now }))) {
    throw new AppError('CONFLICT', '活动刚被其他人修改，请刷新后再试')
  }
  return detailView({ ...activity, status: move.status, updatedAt: ctx.now }, null, true, null)
}

export const reviewActivity: A['reviewActivity'] = async ({ activityId, approve, note }, ctx) => {
  const { roles } = await ctx.caller()
  const activity = await repo.getActivity(activityId)
  if (!activity) throw new AppError('NOT_FOUND', '没有找到该活动')
  if (!isStaffOf(roles, activity.center)) throw new AppError('FORBIDDEN', '只有活动所属中心的工作人员可以审核')
  const move = reviewMove(activity.status, approve)
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const changes = { status: move.status, reviewNote: note || null, updatedAt: ctx.now }
  if (!(await repo.updateActivity(activityId, 'reviewing', changes))) throw new AppError('CONFLICT', '该活动刚被审核过，请刷新后查看')
  return detailView({ ...activity, ...changes }, null, true, null)
}

/** Cancels an activity; everyone signed up or waiting is told, and their 我的 entries say so. */
export const cancelActivity: A['cancelActivity'] = async ({ activityId, reason }, ctx) => {
  const activity = await managedOrFail(activityId, (await ctx.caller()).roles)
  if (activity.status === 'cancelled') return detailView(activity, null, true, null)
  const changes = { status: 'cancelled' as const, cancelReason: reason, updatedAt: ctx.now }
  if (!(await repo.updateActivity(activityId, activity.status, changes))) throw new AppError('CONFLICT', '活动刚被其他人修改，请刷新后再试')
  const people = await repo.allSignups(activityId, ['confirmed', 'waitlisted'])
  await notifyAll(people.map((s) => s.subjectId), `cancelled_${activityId}`, 'activityChanged', activityLink(activityId), {
    thing1: thing(activity.title),
    time2: when(activity.startAt),
    thing3: thing(`活动取消：${reason}`),
  }, ctx.now)
  await inBatches(people, (s) => mirrorSignup(s, `活动已取消：${reason}`, ctx.now))
  return detailView({ ...activity, ...changes }, null, true, null)
}
