/** How the activities function shows records to people (views, 我的 entries) and finds what a caller may manage. */
import type * as z from 'zod'
import type { ActivityDetail, ActivitySummary, MySignUp, SignUpRow } from '@/shared/contracts/activities'
import { ACTIVITY_STATUS_TEXT, canCancelSignUp, mayManageActivity, openPlaces, SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { maskPhone } from '@/shared/domain/people'
import type { Role } from '@/shared/domain/roles'
import { formatForPeople } from '@/shared/time'
import { AppError } from '../_kernel/errors'
import { type MyItemInput, putMyItem } from '../_kernel/mine'
import { iso } from '../_kernel/paging'
import type { ActivityDoc, SignupDoc } from './repo'
import * as repo from './repo'

export const activityLink = (id: string) => `/centers/culture/pages/activity/index?id=${id}`

export const canManage = mayManageActivity

export async function activityOrFail(id: string): Promise<ActivityDoc> {
  const activity = await repo.getActivity(id)
  if (!activity) throw new AppError('NOT_FOUND', '没有找到该活动')
  return activity
}

export async function managedOrFail(id: string, roles: readonly Role[]): Promise<ActivityDoc> {
  const activity = await activityOrFail(id)
  if (!canManage(activity, roles)) throw new AppError('FORBIDDEN', '只有主办机构和所属中心的工作人员可以管理该活动')
  return activity
}

export const summaryView = (a: ActivityDoc): z.input<typeof ActivitySummary> => ({
  id: a._id,
  title: a.title,
  orgName: a.orgName,
  center: a.center,
  brand: a.brand,
  address: a.address,
  startAt: iso(a.startAt),
  endAt: iso(a.endAt),
  signupClosesAt: iso(a.signupClosesAt),
  capacity: a.capacity,
  placesLeft: openPlaces(a),
  status: a.status,
  statusText: a.status === 'cancelled' && a.cancelReason ? `已取消：${a.cancelReason}` : ACTIVITY_STATUS_TEXT[a.status],
})

export function mySignUpView(s: SignupDoc, activity: Pick<ActivityDoc, 'cancelDeadline' | 'startAt' | 'endAt' | 'signupOpensAt' | 'signupClosesAt'>, position: number | null, now: Date): z.input<typeof MySignUp> {
  return {
    status: s.status,
    statusText: s.status === 'waitlisted' && position ? `候补第 ${position} 位` : SIGNUP_STATUS_TEXT[s.status],
    seats: s.seats,
    position: s.status === 'waitlisted' ? position : null,
    checkInCode: s.status === 'confirmed' ? s.code : null,
    checkedIn: !!s.checkedInAt,
    canCancel: s.status !== 'cancelled' && canCancelSignUp(activity, now),
  }
}

export function detailView(
  a: ActivityDoc,
  mine: z.input<typeof MySignUp> | null,
  manager: boolean,
  coverUrl: string | null,
): z.input<typeof ActivityDetail> {
  return {
    ...summaryView(a),
    orgId: a.orgId,
    description: a.description,
    coverUrl,
    latitude: a.latitude,
    longitude: a.longitude,
    signupOpensAt: iso(a.signupOpensAt),
    cancelDeadline: iso(a.cancelDeadline),
    companionsAllowed: a.companionsAllowed,
    minAge: a.audience.minAge ?? null,
    maxAge: a.audience.maxAge ?? null,
    communities: a.audience.communities ?? [],
    questions: a.questions,
    reviewNote: a.reviewNote,
    mine,
    venueCode: manager ? a.venueCode : null,
    volunteerHours: a.volunteerHours ?? null,
    canManage: manager,
  }
}

/** A sign-up's 我的 entry (its owner: the person signed up). */
export function signupItem(s: SignupDoc, statusText: string): MyItemInput {
  return {
    ownerId: s.subjectId,
    center: 'culture',
    kind: 'signup',
    refId: s.activityId,
    title: `活动报名：${s.title}`,
    status: s.status,
    statusText,
    nextAt: s.status === 'cancelled' ? null : s.startAt,
    whenText: formatForPeople(s.startAt),
    place: s.address,
    link: activityLink(s.activityId),
  }
}

export function mirrorSignup(s: SignupDoc, statusText: string, now: Date): Promise<void> {
  return putMyItem(signupItem(s, statusText), now)
}

/** Names and phones for roster rows: as stored on the sign-up, read from the people only for older sign-ups. */
export async function peopleOf(rows: SignupDoc[]): Promise<Array<{ name: string; phone: string | null } | undefined>> {
  const older = rows.filter((s) => s.name === undefined).map((s) => s.subjectId)
  const names = older.length ? await repo.namesOf(older) : new Map<string, { name: string; phone: string | null }>()
  return rows.map((s) => (s.name !== undefined ? { name: s.name, phone: s.phone ?? null } : names.get(s.subjectId)))
}

/** A row of the organizer's roster: the name and a masked phone, never the person's openid. */
export function rosterRow(
  s: SignupDoc,
  activity: ActivityDoc,
  person: { name: string; phone: string | null } | undefined,
  position: number | null,
  now: Date,
): z.input<typeof SignUpRow> {
  return {
    id: s.rowId,
    name: person?.name ?? '（未填写姓名）',
    maskedPhone: maskPhone(person?.phone),
    seats: s.seats,
    status: s.status,
    statusText: s.status === 'waitlisted' && position ? `候补第 ${position} 位` : SIGNUP_STATUS_TEXT[s.status],
    position,
    answers: activity.questions.map((q, i) => ({ question: q.label, answer: s.answers[i] ?? '' })),
    checkedIn: !!s.checkedInAt,
    noShow: s.status === 'confirmed' && !s.checkedInAt && now > new Date(activity.endAt),
  }
}

