/**
 * Verified employers (网络招聘信息发布规范: verified, re-verified at least every 6 months). A registration is
 * reviewed by center staff; a verification lasts 6 months; only an employer verified now may publish, and
 * postings in the first month after the first verification are reviewed by staff before they are listed.
 */
import { addShanghaiMonths, inShanghai } from '../../time'

export const EMPLOYER_STATUSES = ['pending', 'verified', 'refused'] as const
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number]

export const VERIFICATION_MONTHS = 6
/** an employer may ask to renew this many days before the verification ends */
export const RENEW_DAYS_BEFORE = 30
export const FIRST_MONTH_REVIEW_MONTHS = 1

export interface EmployerState {
  status: EmployerStatus
  /** end of the current verification; null when never verified */
  verifiedUntil: Date | null
  /** first verification ever: postings within a month of it are reviewed */
  firstVerifiedAt: Date | null
}

export function verificationEnds(verifiedAt: Date): Date {
  return addShanghaiMonths(verifiedAt, VERIFICATION_MONTHS)
}

/** Verified now: carries the label and may publish. */
export function isVerified(employer: Pick<EmployerState, 'verifiedUntil'>, now: Date): boolean {
  return !!employer.verifiedUntil && employer.verifiedUntil.getTime() > now.getTime()
}

export type EmployerStanding = 'pending' | 'verified' | 'expiring' | 'expired' | 'refused'

export const STANDING_TEXT: Record<EmployerStanding, string> = {
  pending: '待中心审核',
  verified: '已认证',
  expiring: '认证即将到期，请申请复核',
  expired: '认证已过期，请重新提交审核',
  refused: '未通过审核',
}

/** What the employer and staff see: a renewal under review while still verified reads as verified. */
export function standing(employer: EmployerState, now: Date): EmployerStanding {
  if (isVerified(employer, now)) {
    const soon = inShanghai(employer.verifiedUntil as Date).subtract(RENEW_DAYS_BEFORE, 'day').toDate()
    return now.getTime() >= soon.getTime() && employer.status !== 'pending' ? 'expiring' : 'verified'
  }
  if (employer.status === 'pending') return 'pending'
  if (employer.status === 'refused') return 'refused'
  return employer.verifiedUntil ? 'expired' : 'pending'
}

export type PublishCheck = { ok: true; needsReview: boolean } | { ok: false; message: string }

/** Whether the employer may publish now, and whether staff must review the posting first. */
export function mayPublish(employer: EmployerState, now: Date): PublishCheck {
  if (!isVerified(employer, now)) {
    const message = employer.verifiedUntil ? '单位认证已过期，请重新提交审核，通过后才能发布岗位' : '单位尚未通过中心认证，通过后才能发布岗位'
    return { ok: false, message }
  }
  const reviewedUntil = employer.firstVerifiedAt ? addShanghaiMonths(employer.firstVerifiedAt, FIRST_MONTH_REVIEW_MONTHS) : null
  return { ok: true, needsReview: !reviewedUntil || now.getTime() < reviewedUntil.getTime() }
}

/** Whether a verified employer may ask for renewal now (registration again); others may always (re)submit. */
export function mayResubmit(employer: EmployerState, now: Date): boolean {
  const s = standing(employer, now)
  return s !== 'verified'
}
