/**
 * 法律援助申请: submitted → returned for missing materials (resubmitted) or complete → decided within 7 working
 * days of completeness (approved → lawyer assigned within 3 working days; refused in writing, open to one
 * review). A state machine as data; deadlines from the working-day calendar (src/shared/domain/workdays.ts).
 */
import { type Corrections, workingDaysDeadline } from '../workdays'

export const AID_STATUSES = ['submitted', 'returned', 'complete', 'approved', 'assigned', 'refused', 'reviewRequested'] as const
export type AidStatus = (typeof AID_STATUSES)[number]

export const AID_STATUS_TEXT: Record<AidStatus, string> = {
  submitted: '已提交，材料审查中',
  returned: '已退回，请补充材料',
  complete: '材料齐全，审查中',
  approved: '决定给予法律援助，正在指派律师',
  assigned: '已指派律师',
  refused: '决定不予法律援助',
  reviewRequested: '已申请复核',
}

export const AID_STEPS = ['return', 'resubmit', 'accept', 'approve', 'refuse', 'requestReview', 'assign'] as const
export type AidStep = (typeof AID_STEPS)[number]

export const AID_STEP_TEXT: Record<AidStep, string> = {
  return: '退回补充材料',
  resubmit: '补充材料后重新提交',
  accept: '材料齐全，受理审查',
  approve: '决定给予法律援助',
  refuse: '决定不予法律援助',
  requestReview: '申请复核',
  assign: '指派律师',
}

/** Each step as the notice's status word (WeChat's phrase field: at most five Chinese characters). */
export const AID_STEP_PHRASE: Record<AidStep, string> = {
  return: '需补充材料',
  resubmit: '已补充材料',
  accept: '已受理',
  approve: '给予援助',
  refuse: '不予援助',
  requestReview: '申请复核',
  assign: '已指派律师',
}

const MOVES: Record<AidStep, { from: AidStatus[]; to: AidStatus }> = {
  return: { from: ['submitted'], to: 'returned' },
  resubmit: { from: ['returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'complete' },
  approve: { from: ['complete', 'reviewRequested'], to: 'approved' },
  refuse: { from: ['complete', 'reviewRequested'], to: 'refused' },
  requestReview: { from: ['refused'], to: 'reviewRequested' },
  assign: { from: ['approved'], to: 'assigned' },
}

export type AidMove = { ok: true; status: AidStatus } | { ok: false; message: string }

export function stepAid(status: AidStatus, step: AidStep, opts: { reviewedOnce?: boolean } = {}): AidMove {
  const move = MOVES[step]
  if (!move.from.includes(status)) return { ok: false, message: `申请当前为「${AID_STATUS_TEXT[status]}」，不能${AID_STEP_TEXT[step]}` }
  if (step === 'requestReview' && opts.reviewedOnce) return { ok: false, message: '复核结果已作出，不能再次申请复核' }
  return { ok: true, status: move.to }
}

export function isOpenAid(status: AidStatus): boolean {
  return status !== 'assigned' && status !== 'refused'
}

/** 法律援助法: decision within 7 working days of a complete application; lawyer within 3 working days. */
export const DECISION_WORKING_DAYS = 7
export const ASSIGNMENT_WORKING_DAYS = 3

export interface AidDeadline {
  kind: 'decision' | 'assignment'
  due: Date
}

/** The deadline that runs now, if any: a decision after completeness (or a review request), an assignment after approval. */
export function aidDeadline(a: { status: AidStatus; completeAt: Date | null; reviewRequestedAt?: Date | null; approvedAt: Date | null }, corrections: Corrections = {}): AidDeadline | null {
  if (a.status === 'complete' && a.completeAt) return { kind: 'decision', due: workingDaysDeadline(a.completeAt, DECISION_WORKING_DAYS, corrections) }
  if (a.status === 'reviewRequested' && a.reviewRequestedAt) return { kind: 'decision', due: workingDaysDeadline(a.reviewRequestedAt, DECISION_WORKING_DAYS, corrections) }
  if (a.status === 'approved' && a.approvedAt) return { kind: 'assignment', due: workingDaysDeadline(a.approvedAt, ASSIGNMENT_WORKING_DAYS, corrections) }
  return null
}

export function isOverdue(deadline: AidDeadline | null, now: Date): boolean {
  return !!deadline && now.getTime() >= deadline.due.getTime()
}

/**
 * The staff board's order: overdue first (the longest overdue on top), then by the nearest deadline; those with
 * no deadline running last, oldest first.
 */
export function boardOrder<T extends { deadline: AidDeadline | null; submittedAt: Date }>(items: readonly T[], now: Date): T[] {
  const rank = (t: T) => (t.deadline ? (isOverdue(t.deadline, now) ? 0 : 1) : 2)
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.deadline?.due.getTime() ?? 0) - (b.deadline?.due.getTime() ?? 0) || a.submittedAt.getTime() - b.submittedAt.getTime())
}

/** Whether the hardship declaration must be filled in (the exempt groups skip it). */
export function needsHardshipDeclaration(hardship: 'exempt' | 'ifNoIncome' | 'required', noFixedIncome: boolean): boolean {
  if (hardship === 'exempt') return false
  if (hardship === 'ifNoIncome') return !noFixedIncome
  return true
}
