/** Residents sign up (with a waitlist when full), cancel before the deadline, and check in. */
import type { activities } from '@/shared/contracts/activities'
import { refuseCheckIn, refuseSignUp, SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { formatForPeople } from '@/shared/time'
import { claim, joinQueue, recount, release } from '../../_kernel/claim'
import { newId, randomCode } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { creditHours } from '../../_kernel/hours'
import { fetchPage, iso } from '../../_kernel/paging'
import * as repo from '../repo'
import { giveBack, promoteWaitlist } from '../seats'
import { activityOrFail, canManage, mirrorSignup, mySignUpView, peopleOf, rosterRow } from '../views'

type A = Actions<typeof activities>


/** Stores the sign-up: a new record, or the person's cancelled one taken up again. False when one already stands (a double tap). */
async function storeSignup(doc: repo.SignupDoc, previous: repo.SignupDoc | null): Promise<boolean> {
  if (previous) {
    const { _id, ...fresh } = doc
    return repo.moveSignup(_id, ['cancelled'], fresh)
  }
  return repo.insertSignup(doc)
}

/**
 * Seats go through the kernel claim: a newcomer gets one only when it fits and nobody waits, else joins the
 * waitlist, so exactly `capacity` seats go out however many arrive at once and nobody jumps the queue. One
 * sign-up per person (its id is the pair): a retry or a double tap finds it in the first read. 4 requests: the
 * read (activity, person, sign-up), the seat or the queue, the record, 我的.
 */
export const signUp: A['signUp'] = async (input, ctx) => {
  const { actorId, subjectId, onBehalf } = who(ctx)
  const now = ctx.now
  const id = repo.signupId(input.activityId, subjectId)
  // rosters and check-in need a name, as booking does: no sign-up without the profile (read with the activity)
  const { activity: found, joined } = await repo.withActivity(input.activityId, {
    person: repo.joins.person(subjectId, { profile: 1, phone: 1 }),
    signup: repo.joins.signup(id),
  })
  if (!found) throw new AppError('NOT_FOUND', '没有找到该活动')
  let activity = found
  const previous = joined.signup as repo.SignupDoc | null
  const view = (s: repo.SignupDoc, position: number | null) => ({ ...mySignUpView(s, activity, position, now), activityId: activity._id, title: activity.title })
  if (previous && previous.status !== 'cancelled') {
    // a retry after a lost reply, or a second tap: the sign-up that stands, nothing written
    return view(previous, previous.status === 'waitlisted' ? await repo.waitlistPosition(previous) : null)
  }
  const person = joined.person
  if (!person?.profile) {
    throw new AppError('CONFLICT', onBehalf ? '该居民尚未登记姓名和地址，请先为其完善资料' : '请先完善个人资料（姓名、社区和地址），再报名')
  }
  const check = (a: repo.ActivityDoc) => {
    const refusal = refuseSignUp(a, { community: person.profile?.community ?? null, birthYear: person.profile?.birthYear ?? null }, now)
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

  const seats = 1 + input.companions
  const doc: repo.SignupDoc = {
    _id: id,
    rowId: newId(),
    activityId: activity._id,
    title: activity.title,
    startAt: activity.startAt,
    address: activity.address,
    subjectId,
    name: person.profile.name,
    phone: person.phone ?? null,
    actorId,
    onBehalf,
    seats,
    answers: input.answers,
    status: 'confirmed',
    code: randomCode(6),
    arrivedAt: now,
    checkedInAt: null,
    createdAt: now,
    updatedAt: now,
  }
  const standing = async () => {
    const stood = await repo.getSignup(id)
    if (!stood || stood.status === 'cancelled') throw new AppError('CONFLICT', '报名冲突，请重试')
    return view(stood, stood.status === 'waitlisted' ? await repo.waitlistPosition(stood) : null)
  }

  // a seat when the read showed one free and nobody waiting: the seat first, then the record
  if ((activity.waiting ?? 0) <= 0 && activity.placesLeft >= seats && (await claim(repo.seatPool(activity), seats))) {
    if (!(await storeSignup(doc, previous))) {
      // a double tap: the first sign-up stands, and the seat this one took goes to the head of the queue
      await giveBack(repo.seatPool(activity), doc, activity, now)
      return standing()
    }
    await mirrorSignup(doc, SIGNUP_STATUS_TEXT.confirmed, now)
    return view(doc, null)
  }

  // the waitlist: the record first, then the queue count — a crash in between never leaves the count above the records
  const waiting: repo.SignupDoc = { ...doc, status: 'waitlisted' }
  const pool0 = () => repo.seatPool(activity)
  if (!(await storeSignup(waiting, previous))) return standing()
  for (let attempt = 0; attempt < 6; attempt++) {
    const pool = repo.seatPool(activity)
    if (await joinQueue(pool, seats)) {
      // everyone counted in the queue arrived before this person: the exact order is on the detail page
      const position = Math.max((activity.waiting ?? 0) + 1, 1)
      await mirrorSignup(waiting, `候补第 ${position} 位`, now)
      return view(waiting, position)
    }
    if (await claim(pool, seats)) {
      // seats came free and nobody is counted waiting: this person takes them
      if (await repo.moveSignup(id, ['waitlisted'], { status: 'confirmed', updatedAt: now })) {
        await mirrorSignup(doc, SIGNUP_STATUS_TEXT.confirmed, now)
        return view(doc, null)
      }
      // a promote admitted (or a cancel removed) this record before it was counted, taking someone else's count
      // for it: give that count back first (so no newcomer passes the queue meanwhile), then the seats — to the
      // head of the queue, as every release does (the promote that moved this record may have let go of it again)
      await recount(pool)
      await release(pool, seats)
      await promoteWaitlist(pool, activity, now, seats)
      return standing()
    }
    // seats fit but others are counted waiting (a hand-over in flight, or one that never came): hand them over
    // in queue order, this person among them
    if ((await promoteWaitlist(pool, activity, now)).includes(id)) {
      // admitted by its own hand-over before it was counted: the hand-over took someone else's count for it
      await recount(pool)
      return view(doc, null)
    }
    if (attempt % 2 === 1) {
      // the organizer changed the capacity or the status meanwhile: decide on what stands now
      activity = await activityOrFail(input.activityId)
      try {
        check(activity)
      } catch (refusal) {
        await repo.moveSignup(id, ['waitlisted'], { status: 'cancelled', updatedAt: now })
        throw refusal
      }
    }
  }
  if (!(await repo.moveSignup(id, ['waitlisted'], { status: 'cancelled', updatedAt: now }))) {
    // moved by another before it was counted (admitted, or cancelled by its owner): give back the count taken for it
    await recount(pool0())
    return standing()
  }
  throw new AppError('CONFLICT', '活动信息刚刚更新，请重试')
}

/** The sign-up goes; its seats pass to the head of the waitlist (read with it) in one update. */
export const cancelSignUp: A['cancelSignUp'] = async ({ activityId }, ctx) => {
  const { subjectId } = who(ctx)
  const id = repo.signupId(activityId, subjectId)
  const { activity, joined } = await repo.withActivity(activityId, { signup: repo.joins.signup(id), head: repo.joins.head(activityId) })
  const signup = joined.signup as repo.SignupDoc | null
  if (!signup || !activity) throw new AppError('NOT_FOUND', '没有找到您的报名')
  const view = (s: repo.SignupDoc) => ({ ...mySignUpView(s, activity, null, ctx.now), activityId, title: activity.title })
  if (signup.status === 'cancelled') return view(signup)
  if (!mySignUpView(signup, activity, null, ctx.now).canCancel) throw new AppError('CONFLICT', `已过取消截止时间（${formatForPeople(activity.cancelDeadline)}），如有变化请联系主办方`)
  if (!(await repo.moveSignup(id, [signup.status], { status: 'cancelled', updatedAt: ctx.now }))) {
    return view((await repo.getSignup(id)) ?? signup)
  }
  const cancelled = { ...signup, status: 'cancelled' as const }
  await mirrorSignup(cancelled, SIGNUP_STATUS_TEXT.cancelled, ctx.now)
  const head = joined.head as repo.SignupDoc | null
  await giveBack(repo.seatPool(activity), signup, activity, ctx.now, head && head._id !== id ? head : null)
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

/**
 * Staff type or scan a resident's code; a resident types or scans the venue's code during the check-in window.
 * The activity and the sign-up come in one read; a repeated check-in finds it checked in.
 */
export const checkIn: A['checkIn'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const byCode = 'code' in input
  const { activity, joined } = await repo.withActivity(input.activityId, byCode ? { signup: repo.joins.byCode(input.activityId, input.code) } : { signup: repo.joins.signup(repo.signupId(input.activityId, actorId)) })
  if (!activity) throw new AppError('NOT_FOUND', '没有找到该活动')
  let signup = joined.signup as repo.SignupDoc | null
  const closed = refuseCheckIn(activity, ctx.now)
  if (byCode) {
    if (!canManage(activity, (await ctx.caller()).roles)) throw new AppError('FORBIDDEN', '只有主办方工作人员可以为他人签到')
    if (closed) throw new AppError('CONFLICT', closed)
    if (signup?.status !== 'confirmed') throw new AppError('NOT_FOUND', '签到码无效，请核对后重新输入', { code: '没有这个签到码，请核对居民出示的 6 位签到码' })
  } else {
    if (input.venueCode !== activity.venueCode) throw new AppError('INVALID_INPUT', '现场签到码不正确', { venueCode: '请扫描或输入活动现场的签到码' })
    if (closed) throw new AppError('CONFLICT', closed)
    if (signup?.status !== 'confirmed') throw new AppError('CONFLICT', '您没有该活动的有效报名')
  }
  if (!signup.checkedInAt) {
    await repo.markCheckedIn(signup._id, ctx.now)
    signup = { ...signup, checkedInAt: ctx.now }
    await mirrorSignup(signup, '已签到', ctx.now)
  }
  // 志愿服务: the attendance verified here credits the attendee once, however often the check-in is retried
  if (activity.volunteerHours) {
    const verifiedBy = byCode ? actorId : activity.createdBy
    await creditHours({ volunteer: signup.subjectId, hours: activity.volunteerHours, source: { kind: 'activity', id: activity._id, title: activity.title }, verifiedBy, at: ctx.now })
  }
  const [person] = await peopleOf([signup])
  return rosterRow(signup, activity, person, null, ctx.now)
}
