/**
 * 调解: 人民调解 → 行政调解 → 司法调解 as one escalating case. Voluntary: the other party is invited and must
 * accept (in the app, or staff record consent taken offline); a refusal ends the case. A failed mediation may be
 * escalated to the next level with the same case number and history. After both parties confirm an agreement
 * they are reminded of judicial confirmation (司法确认) within 30 days.
 */
import { atShanghai, shanghaiDay } from '../../time'

export const MEDIATION_LEVELS = ['people', 'administrative', 'judicial'] as const
export type MediationLevel = (typeof MEDIATION_LEVELS)[number]
export const LEVEL_TEXT: Record<MediationLevel, string> = { people: '人民调解', administrative: '行政调解', judicial: '司法调解' }

export const MEDIATION_STATUSES = ['invited', 'refused', 'accepted', 'mediating', 'agreed', 'confirmed', 'failed'] as const
export type MediationStatus = (typeof MEDIATION_STATUSES)[number]
export const MEDIATION_STATUS_TEXT: Record<MediationStatus, string> = {
  invited: '等待对方同意调解',
  refused: '对方不同意调解，已终止',
  accepted: '双方同意，等待安排调解员',
  mediating: '调解中',
  agreed: '已达成协议，等待双方确认',
  confirmed: '协议已确认',
  failed: '调解未成功',
}

export const MEDIATION_STEPS = ['accept', 'refuse', 'assign', 'schedule', 'agree', 'fail', 'escalate'] as const
export type MediationStep = (typeof MEDIATION_STEPS)[number]
export const MEDIATION_STEP_TEXT: Record<MediationStep, string> = {
  accept: '同意调解',
  refuse: '不同意调解',
  assign: '指派调解员',
  schedule: '安排调解',
  agree: '达成调解协议',
  fail: '调解未成功',
  escalate: '转入下一级调解',
}

const MOVES: Record<MediationStep, { from: MediationStatus[]; to: MediationStatus }> = {
  accept: { from: ['invited'], to: 'accepted' },
  refuse: { from: ['invited'], to: 'refused' },
  assign: { from: ['accepted', 'mediating'], to: 'mediating' },
  schedule: { from: ['mediating'], to: 'mediating' },
  agree: { from: ['mediating'], to: 'agreed' },
  fail: { from: ['mediating'], to: 'failed' },
  escalate: { from: ['failed'], to: 'accepted' },
}

export type MediationMove = { ok: true; status: MediationStatus; level: MediationLevel } | { ok: false; message: string }

export function stepMediation(status: MediationStatus, level: MediationLevel, step: MediationStep): MediationMove {
  const move = MOVES[step]
  if (!move.from.includes(status)) return { ok: false, message: `案件当前为「${MEDIATION_STATUS_TEXT[status]}」，不能${MEDIATION_STEP_TEXT[step]}` }
  if (step === 'escalate') {
    const next = MEDIATION_LEVELS[MEDIATION_LEVELS.indexOf(level) + 1]
    if (!next) return { ok: false, message: '司法调解是最后一级，调解不成可依法向法院起诉' }
    return { ok: true, status: move.to, level: next }
  }
  return { ok: true, status: move.to, level }
}

export function isOpenMediation(status: MediationStatus): boolean {
  return status !== 'refused' && status !== 'confirmed'
}

/** The agreement stands once both parties have confirmed it. */
export function agreementStands(confirmedBy: readonly string[], parties: readonly string[]): boolean {
  return parties.every((p) => confirmedBy.includes(p))
}

/** 司法确认 must be applied for within 30 days of the agreement taking effect. */
export const JUDICIAL_CONFIRMATION_DAYS = 30
export function judicialConfirmationBy(confirmedAt: Date): Date {
  return new Date(confirmedAt.getTime() + JUDICIAL_CONFIRMATION_DAYS * 24 * 3600 * 1000)
}

/**
 * When the parties are reminded of 司法确认 after the notice that the agreement stands: 7 days before the window
 * closes, at 09:00 in Shanghai (not in the night) — or at once if the window is shorter than that. One reminder per
 * party: each takes a one-time subscription of its own.
 */
export const JUDICIAL_REMINDER_DAYS_LEFT = 7
export function judicialReminderAt(confirmBy: Date, now: Date): Date {
  // calendar arithmetic on the day itself: dayjs on an offset instance follows the process zone's daylight saving
  const [y, m, d] = shanghaiDay(confirmBy).split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d - JUDICIAL_REMINDER_DAYS_LEFT)).toISOString().slice(0, 10)
  const at = atShanghai(day, '09:00').toDate()
  return at.getTime() > now.getTime() ? at : now
}

/**
 * A party or the center records that 司法确认 was applied for (at the court, outside the app): once, after the agreement
 * stands; the reminder is then no longer sent. Returns why it cannot be recorded, or null.
 */
export function judicialApplicationRefusal(m: { status: MediationStatus; judicialAppliedAt?: Date | null }): string | null {
  if (m.status !== 'confirmed') return '双方确认调解协议、协议生效后，才能申请司法确认'
  if (m.judicialAppliedAt) return '已记录申请司法确认'
  return null
}

/** 案号 shown to parties and staff: kept across escalation. */
export function caseNumber(year: number, code: string): string {
  return `调字〔${year}〕${code}号`
}
