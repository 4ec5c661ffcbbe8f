/**
 * 双报到 service posts: a community publishes posts (楼栋长助手, 文明劝导, 助老陪伴 …) with places and a period;
 * members reported to that community sign up (kernel claim); staff record the service and its hours.
 */
import { formatForPeople, inShanghai } from '../../time'
import { isCommunityBound, isStaffOf, type Role } from '../roles'
import type { MemberStanding } from './members'

export const POST_KINDS = ['楼栋长助手', '文明劝导', '助老陪伴', '环境整治', '政策宣传', '其他'] as const
export type PostKind = (typeof POST_KINDS)[number]

export const SIGNUP_STATUSES = ['signedUp', 'served'] as const
export type PostSignupStatus = (typeof SIGNUP_STATUSES)[number]
export const SIGNUP_STATUS_TEXT: Record<PostSignupStatus, string> = { signedUp: '已认领', served: '已服务' }

export interface PostFacts {
  community: string
  startAt: Date
  endAt: Date
  status: 'open' | 'closed'
}

/** Why a member may not sign up to a post now, or null when they may (places are the claim's to decide). */
export function signUpRefusal(post: PostFacts, member: MemberStanding | null, now: Date): string | null {
  if (member?.status !== 'confirmed') return '党员信息经党建中心确认后才能认领服务岗位'
  if (!member.reportedCommunity) return '请先到居住的社区报到，再认领该社区的服务岗位'
  if (member.reportedCommunity !== post.community) return `您报到的是${member.reportedCommunity}，只能认领该社区的服务岗位`
  if (post.status !== 'open') return '该服务岗位已停止认领'
  if (now.getTime() >= post.endAt.getTime()) return '该服务岗位的服务期已结束'
  return null
}

/** A period as people read it: one day shows the clock times, a longer one the days. */
export function periodText(startAt: Date, endAt: Date): string {
  const a = inShanghai(startAt)
  const b = inShanghai(endAt)
  if (a.format('YYYY-MM-DD') === b.format('YYYY-MM-DD')) return `${formatForPeople(startAt)}–${b.format('HH:mm')}`
  return `${formatForPeople(startAt, false)} 至 ${formatForPeople(endAt, false)}`
}

/** Hours are recorded in half hours, at most a day's service at a time. */
export function validHours(hours: number): boolean {
  return hours > 0 && hours <= 12 && Number.isInteger(hours * 2)
}

/** A post's period must end after it starts and not lie in the past when it is published. */
export function periodRefusal(startAt: Date, endAt: Date, now: Date): string | null {
  if (endAt.getTime() <= startAt.getTime()) return '结束时间应晚于开始时间'
  if (endAt.getTime() <= now.getTime()) return '服务期已经过去，请重新选择'
  return null
}

/**
 * Who manages a community's posts and wishes: party staff (and the street administrator) for every community;
 * community staff and the community's cadres for the community of their profile.
 */
export function managedCommunities(roles: readonly Role[], ownCommunity: string | null | undefined): string[] | 'all' {
  if (isStaffOf(roles, 'party')) return 'all'
  if (ownCommunity && isCommunityBound(roles)) return [ownCommunity]
  return []
}

export function mayManage(managed: string[] | 'all', community: string): boolean {
  return managed === 'all' || managed.includes(community)
}
