/** 申请详情's staff decision form ↔ the reviewApplication input; pure, validated by the affairs contract. */
import { type affairs, ReviewInput } from '@/shared/contracts/affairs'
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'
import { DECISION_TEXT, REVIEW_DECISIONS, type ReviewDecision, review } from '@/shared/domain/affairs/applications'

export type Application = OutputOf<typeof affairs, 'getApplication'>
export type Review = InputOf<typeof affairs, 'reviewApplication'>

export interface ReviewDraft {
  decision: ReviewDecision | null
  reason: string
  /** the missing materials as typed: separated by 、，, ; or new lines */
  missing: string
}

export const EMPTY_REVIEW: ReviewDraft = { decision: null, reason: '', missing: '' }

/** The decisions the application's status allows, in the usual order (受理, 退回, 转报, 办结, 不予受理). */
export const possibleDecisions = (app: Pick<Application, 'status' | 'handledAt'>) => REVIEW_DECISIONS.filter((d) => review(app.status, d, app.handledAt).ok)

/** 缺少的材料 typed as one line → one entry per material. */
export const missingList = (typed: string) =>
  typed
    .split(/[,，、;；\n]/)
    .map((m) => m.trim())
    .filter(Boolean)

/** The reviewApplication input; null until a decision is chosen. */
export function toReviewInput(applicationId: string, d: ReviewDraft): Review | null {
  return d.decision ? { applicationId, decision: d.decision, reason: d.reason.trim() || undefined, missing: missingList(d.missing) } : null
}

/** What the contract says is missing (a reason to return or reject, the missing materials), empty when it can be sent. */
export function problems(input: Review): Record<string, string> {
  const parsed = ReviewInput.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}

/** What the decide button says. */
export const decideText = (d: ReviewDraft) => (d.decision ? `确认：${DECISION_TEXT[d.decision]}` : '请选择处理意见')
