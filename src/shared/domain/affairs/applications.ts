/**
 * 两级代办: one window accepts, two levels handle. The community station pre-checks an application; items the
 * street must approve are forwarded there; either level completes or rejects. Pure state rules.
 */
export const APPLICATION_STATUSES = ['submitted', 'returned', 'accepted', 'forwarded', 'completed', 'rejected'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const APPLICATION_STATUS_TEXT: Record<ApplicationStatus, string> = {
  submitted: '已提交，待社区预审',
  returned: '已退回，请补正材料',
  accepted: '社区预审通过，办理中',
  forwarded: '已转街道办理',
  completed: '已办结',
  rejected: '不予受理',
}

export const REVIEW_DECISIONS = ['accept', 'return', 'forward', 'complete', 'reject'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

export const DECISION_TEXT: Record<ReviewDecision, string> = {
  accept: '预审通过',
  return: '退回补正',
  forward: '转街道办理',
  complete: '办结',
  reject: '不予受理',
}

/** Where an item is finally handled: the community itself, or the street office (after the community pre-check). */
export type HandledAt = 'community' | 'street'

const MOVES: Record<ReviewDecision, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted', 'accepted', 'forwarded'], to: 'returned' },
  forward: { from: ['accepted'], to: 'forwarded' },
  complete: { from: ['accepted', 'forwarded'], to: 'completed' },
  reject: { from: ['submitted', 'accepted', 'forwarded'], to: 'rejected' },
}

export type ReviewOutcome = { ok: true; status: ApplicationStatus } | { ok: false; message: string }

/** What a decision does to an application, or why it cannot be taken now. */
export function review(status: ApplicationStatus, decision: ReviewDecision, handledAt: HandledAt): ReviewOutcome {
  const move = MOVES[decision]
  if (!move.from.includes(status)) {
    return { ok: false, message: `申请当前为「${APPLICATION_STATUS_TEXT[status]}」，不能${DECISION_TEXT[decision]}` }
  }
  if (decision === 'forward' && handledAt === 'community') return { ok: false, message: '该事项由社区直接办理，无需转街道' }
  if (decision === 'complete' && handledAt === 'street' && status !== 'forwarded') {
    return { ok: false, message: '该事项须由街道办结，请先转街道' }
  }
  return { ok: true, status: move.to }
}

/** Decisions that must say why (written reasons, open to review). */
export function needsReason(decision: ReviewDecision): boolean {
  return decision === 'return' || decision === 'reject'
}

export function isOpen(status: ApplicationStatus): boolean {
  return status !== 'completed' && status !== 'rejected'
}

/** A material of a service: required unless the catalog says `required: false` (e.g. 子女代办时提供). */
export interface CatalogMaterial {
  name: string
  required?: boolean
}

/**
 * The required materials no photo shows: `materialOf[i]` names what the i-th photo is of. An online application
 * without them would only come back from the community pre-check days later.
 */
export function missingMaterials(materials: readonly CatalogMaterial[], materialOf: readonly string[]): string[] {
  const shown = new Set(materialOf)
  return materials.filter((m) => m.required !== false && !shown.has(m.name)).map((m) => m.name)
}
