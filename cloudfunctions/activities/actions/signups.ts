/** Residents sign up (with a waitlist when full), cancel before the deadline, and check in. */
import type { activities } from '@/shared/contracts/activities'
import { refuseCheckIn, refuseSignUp, SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { formatForPeople } from '@/shared/time'
import { claimOrWait } from '../../_kernel/claim'
import { newId, randomCode } from '../../_kernel/codes'
import { AppError, isDuplicateKey } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { fetchPage, iso } from '../../_kernel/paging'
import * as repo from '../repo'
import { giveBack, promoteWaitlist } from '../seats'
import { activityOrFail, rosterRow, canManage, mirrorSignup, mySignUpView } from '../views'

type A = Actions<typeof activities>

const statusText = (s: repo.SignupDoc, position: number | null) =>
  s.status === 'waitlisted' && position ? `候补第 ${position} 位` : SIGNUP_STATUS_TEXT[s.status]

/**
 * Seats go through the kernel claim: a newcomer gets one only when it fits and nobody waits, else joins the
 * waitlist, so exactly `capacity` seats go out however many arrive at once and nobody jumps the queue. One
 * sign-up per person (its id is the pair).
 */
export const signUp: A['signUp'] = async (input, ctx) => {
  const { actorId, subjectId, onBehalf } = who(ctx)
  const now = ctx.now
  // rosters and check-in need a name, as booking does: no sign-up without the profile (read with the activity)
  const { activity: found, person } = await repo.activityWithPerson(input.activityId, subjectId)
  if (!found) throw new AppError('NOT_FOUND', '没有找到该活动')
  let activity = found
  if (!person?.profile) {
    throw new AppError('CONFLICT', onBehalf ? '该居民尚未登记姓名和地址，请先为其完善资料' : '请先完善个人资料（姓名、社区和地址），再报名')
  }
  const check = (a: repo.ActivityDoc) => {
    const refusal = refuseSignUp(a, { community: person?.profile?.community ?? null, birthYear: person?.profile?.birthYear ?? null }, now)
    if (refusal) throw new AppError('CONFLICT', refusal.message)
  }
  check(activity)
  if (input.companions > activity.companionsAllowed) {
    throw new AppError('INVALID_INPUT', '同行人数超出限制', { companions: activity.companionsAllowed ? `每人最多带 ${activity.companionsAllowed} 位同行` : '本活动不能携带同行人员' })
  }
  const missing: Record<string, string> = {}
  activity.questions.forEach((q, i) => {
    if (q.required && !input.answers[i]?.trim()) missing[`answers.${i}`] = `请回答：${q.label}`
  })
  if (Object.keys(missing).length) throw new AppError('INVALID_INPUT', '请回答必答的报名问题', missing)

  const id = repo.signupId(activity._id, subjectId)
  const seats = 1 + input.companions
  const likelyFull = (a: repo.ActivityDoc) => (a.waiting ?? 0) > 0 || a.placesLeft < seats
  let outcome = await claimOrWait(repo.seatPool(activity), seats, likelyFull(activity))
  if (outcome === 'changed') {
    // the organizer changed the capacity or the status meanwhile: decide on what stands now
    activity = await activityOrFail(input.activityId)
    check(activity)
    outcome = await claimOrWait(repo.seatPool(activity), seats, likelyFull(activity))
    if (outcome === 'changed') throw new AppError('CONFLICT', '活动信息刚刚更新，请重试')
  }
  const pool = repo.seatPool(activity)
  const doc: repo.SignupDoc = {
    _id: id,
    rowId: newId(),
    activityId: activity._id,
    title: activity.title,
    startAt: activity.startAt,
    address: activity.address,
    subjectId,
    actorId,
    onBehalf,
    seats,
    answers: input.answers,
    status: outcome === 'claimed' ? 'confirmed' : 'waitlisted',
    code: randomCode(6),
    arrivedAt: now,
    checkedInAt: null,
    createdAt: now,
    updatedAt: now,
  }
  let stored = doc
  try {
    await repo.insertSignup(doc)
  } catch (error) {
    if (!isDuplicateKey(error)) {
      await giveBack(pool, doc, activity, now)
      throw error
    }
    const existing = await repo.getSignup(id)
    const { _id: _ignored, ...fresh } = doc
    if (existing?.status === 'cancelled' && (await repo.moveSignup(id, ['cancelled'], fresh))) {
      stored = doc // signing up again after cancelling: a new arrival
    } else {
      // a double tap: the first sign-up stands, and what this one took goes to the head of the queue
      await giveBack(pool, doc, activity, now)
      if (!existing) throw new AppError('CONFLICT', '报名冲突，请重试')
      stored = existing
    }
  }
  let position: number | null = null
  if (stored.status === 'waitlisted') {
    // seats freed between joining the queue and this record existing found nobody to promote: hand them over now
    const current = await activityOrFail(activity._id)
    if (current.placesLeft > 0 && (await promoteWaitlist(repo.seatPool(current), current, now, current.placesLeft)).includes(id)) stored = { ...stored, status: 'confirmed' }
    // everyone in the queue arrived before or with this person: the exact order is on the detail page
    else position = stored === doc ? Math.max(current.waiting ?? 1, 1) : await repo.waitlistPosition(stored)
  }
  if (stored === doc) await mirrorSignup(stored, statusText(stored, position), now)
  return { ...mySignUpView(stored, activity, position, now), activityId: activity._id, title: activity.title }
}

export const cancelSignUp: A['cancelSignUp'] = async ({ activityId }, ctx) => {
  const { subjectId } = who(ctx)
  const id = repo.signupId(activityId, subjectId)
  const { signup, activity } = await repo.activityWithSignup(activityId, id)
  if (!signup || !activity) throw new AppError('NOT_FOUND', '没有找到您的报名')
  const view = (s: repo.SignupDoc) => ({ ...mySignUpView(s, activity, null, ctx.now), activityId, title: activity.title })
  if (signup.status === 'cancelled') return view(signup)
  if (!mySignUpView(signup, activity, null, ctx.now).canCancel) throw new AppError('CONFLICT', `已过取消截止时间（${formatForPeople(activity.cancelDeadline)}），如有变化请联系主办方`)
  if (!(await repo.moveSignup(id, [signup.status], { status: 'cancelled', updatedAt: ctx.now }))) {
    return view((await repo.getSignup(id)) ?? signup)
  }
  const cancelled = { ...signup, status: 'cancelled' as const }
  await mirrorSignup(cancelled, SIGNUP_STATUS_TEXT.cancelled, ctx.now)
  await giveBack(repo.seatPool(activity), signup, activity, ctx.now)
  return view(cancelled)
}

export const mySignUps: A['mySignUps'] = (input, ctx) =>
  fetchPage(repo.signupsOf(who(ctx).subjectId), input, (s: repo.SignupDoc) => ({
    activityId: s.activityId,
    title: s.title,
    startAt: iso(s.startAt),
    address: s.address,
    status: s.status,
    statusText: SIGNUP_STATUS_TEXT[s.status],
    checkedIn: !!s.checkedInAt,
  }))

/** Staff type or scan a resident's code; a resident types or scans the venue's code during the check-in window. */
export const checkIn: A['checkIn'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const activity = await activityOrFail(input.activityId)
  let signup: repo.SignupDoc | null
  const closed = refuseCheckIn(activity, ctx.now)
  if ('code' in input) {
    if (!canManage(activity, (await ctx.caller()).roles)) throw new AppError('FORBIDDEN', '只有主办方工作人员可以为他人签到')
    if (closed) throw new AppError('CONFLICT', closed)
    signup = await repo.findByCode(activity._id, input.code)
    if (signup?.status !== 'confirmed') throw new AppError('NOT_FOUND', '签到码无效，请核对后重新输入', { code: '没有这个签到码，请核对居民出示的 6 位签到码' })
  } else {
    if (input.venueCode !== activity.venueCode) throw new AppError('INVALID_INPUT', '现场签到码不正确', { venueCode: '请扫描或输入活动现场的签到码' })
    if (closed) throw new AppError('CONFLICT', closed)
    signup = await repo.getSignup(repo.signupId(activity._id, actorId))
    if (signup?.status !== 'confirmed') throw new AppError('CONFLICT', '您没有该活动的有效报名')
  }
  if (!signup.checkedInAt) {
    await repo.markCheckedIn(signup._id, ctx.now)
    signup = { ...signup, checkedInAt: ctx.now }
    await mirrorSignup(signup, '已签到', ctx.now)
  }
  const names = await repo.namesOf([signup.subjectId])
  return rosterRow(signup, activity, names.get(signup.subjectId), null, ctx.now)
}
