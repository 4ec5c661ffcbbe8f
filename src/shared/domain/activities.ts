/**
 * Activities run by social organizations and the centers (政府搭台、社会力量唱戏): who may sign up, when, and
 * how a review moves an activity to publication. Pure: every rule takes `now`.
 */
import type { CenterCode } from './centers'
import { isStaffOf, type Role } from './roles'

export const BRANDS = ['五个黄河', '四季的关怀'] as const
export type Brand = (typeof BRANDS)[number]

export const ACTIVITY_STATUSES = ['draft', 'reviewing', 'returned', 'published', 'cancelled'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]
export const ACTIVITY_STATUS_TEXT: Record<ActivityStatus, string> = {
  draft: '草稿',
  reviewing: '待中心审核',
  returned: '已退回修改',
  published: '已发布',
  cancelled: '已取消',
}

export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const
export type SignupStatus = (typeof SIGNUP_STATUSES)[number]
export const SIGNUP_STATUS_TEXT: Record<SignupStatus, string> = { confirmed: '报名成功', waitlisted: '候补中', cancelled: '已取消' }

export interface Audience {
  minAge?: number | null
  maxAge?: number | null
  /** empty: every community */
  communities?: string[]
}

export interface SignupWindow {
  signupOpensAt: Date
  signupClosesAt: Date
  cancelDeadline: Date
  startAt: Date
  endAt: Date
}

/** Why a person cannot sign up now, in words; null when they can. */
export function refuseSignUp(
  activity: SignupWindow & { status: ActivityStatus; audience: Audience },
  person: { community: string | null; birthYear: number | null },
  now: Date,
): { field?: string; message: string } | null {
  if (activity.status === 'cancelled') return { message: '活动已取消' }
  if (activity.status !== 'published') return { message: '活动尚未发布' }
  if (now < activity.signupOpensAt) return { message: '报名尚未开始' }
  if (now > activity.signupClosesAt) return { message: '报名已截止' }
  const { communities, minAge, maxAge } = activity.audience
  if (communities?.length && (!person.community || !communities.includes(person.community))) {
    return { message: `本活动仅限${communities.map((c) => c.replace('黄河西路', '')).join('、')}居民报名` }
  }
  if (minAge || maxAge) {
    if (!person.birthYear) return { message: '本活动有年龄要求，请先在个人资料中填写出生年份' }
    const age = ageInYear(person.birthYear, now)
    if (minAge && age < minAge) return { message: `本活动面向 ${minAge} 岁以上居民` }
    if (maxAge && age > maxAge) return { message: `本活动面向 ${maxAge} 岁以下居民` }
  }
  return null
}

/** Age reached this calendar year: what community activities go by (birth dates are not collected). */
export function ageInYear(birthYear: number, now: Date): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear() - birthYear
}

export function canCancelSignUp(activity: SignupWindow, now: Date): boolean {
  return now <= activity.cancelDeadline && now < activity.startAt
}

/** How long before the start check-in opens: people arrive early, but a code typed days ahead is a mistake. */
export const CHECK_IN_OPENS_BEFORE_MINUTES = 60

/** The check-in window stated on the pages, in words. */
export const CHECK_IN_RULE_TEXT = `签到时间：活动开始前 ${CHECK_IN_OPENS_BEFORE_MINUTES / 60} 小时至活动结束`

/** When check-in opens and closes: from an hour before the start until the end, for residents and staff alike. */
export function checkInWindow(activity: Pick<SignupWindow, 'startAt' | 'endAt'>): { opensAt: Date; closesAt: Date } {
  return { opensAt: new Date(activity.startAt.getTime() - CHECK_IN_OPENS_BEFORE_MINUTES * 60_000), closesAt: activity.endAt }
}

/** Whether anyone (a resident by the venue code, staff by a resident's code) may check in now. */
export function inCheckInWindow(activity: Pick<SignupWindow, 'startAt' | 'endAt'>, now: Date): boolean {
  const { opensAt, closesAt } = checkInWindow(activity)
  return now >= opensAt && now <= closesAt
}

/** Why check-in is refused now, in words; null when it is open. */
export function refuseCheckIn(activity: Pick<SignupWindow, 'startAt' | 'endAt'>, now: Date): string | null {
  const { opensAt, closesAt } = checkInWindow(activity)
  if (now < opensAt) return `签到还未开始：活动开始前 ${CHECK_IN_OPENS_BEFORE_MINUTES / 60} 小时开放签到`
  if (now > closesAt) return '活动已结束，不能再签到'
  return null
}

export type ReviewMove = { ok: true; status: ActivityStatus } | { ok: false; message: string }

export function submitMove(status: ActivityStatus): ReviewMove {
  return status === 'draft' || status === 'returned' ? { ok: true, status: 'reviewing' } : { ok: false, message: `活动当前为「${ACTIVITY_STATUS_TEXT[status]}」，不能提交审核` }
}

export function reviewMove(status: ActivityStatus, approve: boolean): ReviewMove {
  if (status !== 'reviewing') return { ok: false, message: `活动当前为「${ACTIVITY_STATUS_TEXT[status]}」，不在审核中` }
  return { ok: true, status: approve ? 'published' : 'returned' }
}

/** The dates of an activity that must hang together, each mistake named on its field. */
export function dateProblems(a: SignupWindow): Record<string, string> {
  const problems: Record<string, string> = {}
  if (a.endAt <= a.startAt) problems.endAt = '结束时间应晚于开始时间'
  if (a.signupClosesAt <= a.signupOpensAt) problems.signupClosesAt = '报名截止应晚于报名开始'
  if (a.signupClosesAt > a.startAt) problems.signupClosesAt = '报名应在活动开始前截止'
  if (a.cancelDeadline > a.startAt) problems.cancelDeadline = '取消截止应不晚于活动开始'
  return problems
}

/** Seats a newcomer could take now: none while others wait, since a freed seat goes to the waitlist first. */
export function openPlaces(a: { placesLeft: number; waiting?: number }): number {
  return a.waiting ? 0 : Math.max(a.placesLeft, 0)
}

/** Why the capacity cannot be set to this (seats already taken), in words; null when it can. */
export function capacityRefusal(capacity: number, taken: number): string | null {
  return capacity < taken ? `已有 ${taken} 个名额被占用，名额不能少于 ${taken}` : null
}

/** The organizing organization's staff, and staff of the activity's center, manage an activity. */
export function mayManageActivity(activity: { orgId: string | null; center: CenterCode }, roles: readonly Role[]): boolean {
  return isStaffOf(roles, activity.center) || roles.some((r) => r.role === 'orgStaff' && activity.orgId !== null && r.orgId === activity.orgId)
}
