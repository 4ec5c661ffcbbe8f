/**
 * 党员报到: a party member registers with the street's party service center (home branch; 流动党员 say where
 * their membership is kept), party staff confirm; a confirmed working member reports to the community where
 * they live (在职党员双报到) and takes up its service posts.
 */
import type { Community } from '../communities'

export const MEMBER_STATUSES = ['pending', 'confirmed', 'refused'] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

export const MEMBER_STATUS_TEXT: Record<MemberStatus, string> = {
  pending: '待党建中心确认',
  confirmed: '已确认',
  refused: '未通过确认',
}

export interface MemberStanding {
  status: MemberStatus
  reportedCommunity: Community | string | null
}

/** Registering again is allowed only after a refusal (the staff's reason says what to correct). */
export function mayRegister(existing: Pick<MemberStanding, 'status'> | null): { ok: true } | { ok: false; message: string } {
  if (!existing || existing.status === 'refused') return { ok: true }
  return { ok: false, message: existing.status === 'pending' ? '您已提交党员报到，请等待党建中心确认' : '您已是确认的党员，无需重复报到' }
}

/** Staff decide only a registration that still waits: two staff cannot both decide it. */
export function mayDecide(status: MemberStatus): boolean {
  return status === 'pending'
}

/** 双报到 needs a confirmed membership. */
export function mayReport(member: Pick<MemberStanding, 'status'> | null): { ok: true } | { ok: false; message: string } {
  if (!member) return { ok: false, message: '请先登记党员信息，经党建中心确认后再到社区报到' }
  if (member.status !== 'confirmed') return { ok: false, message: '党员信息确认后才能到社区报到' }
  return { ok: true }
}

/** How a member's standing reads on their record and in 我的. */
export function memberStatusText(m: MemberStanding): string {
  if (m.status === 'confirmed' && m.reportedCommunity) return `已到${m.reportedCommunity}报到`
  if (m.status === 'confirmed') return '已确认，待到社区报到'
  return MEMBER_STATUS_TEXT[m.status]
}
