/** Stored documents → what each viewer may see. Sensitive fields are masked unless the viewer handles the case. */
import type * as z from 'zod'
import type { AidDetail, AidSummary, ConsultDetail, ConsultSummary, MediationDetail, MediationSummary } from '@/shared/contracts/legal'
import { AID_STATUS_TEXT, isOpenAid } from '@/shared/domain/legal/aid'
import { CONSULT_STATUS_TEXT, consultTitle, isUnansweredTooLong, mayRate } from '@/shared/domain/legal/consultations'
import { MATTERS } from '@/shared/domain/legal/eligibility'
import { maskIdNumber, maskPhone } from '@/shared/domain/legal/id-number'
import { judicialApplicationRefusal, LEVEL_TEXT, MEDIATION_STATUS_TEXT } from '@/shared/domain/legal/mediation'
import { formatForPeople } from '@/shared/time'
import { iso } from '../_kernel/paging'
import type * as repo from './repo'

export function consultSummary(c: repo.ConsultDoc, now: Date): z.input<typeof ConsultSummary> {
  return {
    id: c._id,
    category: c.category,
    title: consultTitle(c.category),
    status: c.status,
    statusText: CONSULT_STATUS_TEXT[c.status],
    askedAt: iso(c.askedAt),
    waitingSince: iso(c.waitingSince),
    flagged: isUnansweredTooLong(c.status, new Date(c.waitingSince), now),
    lawyerName: c.lawyerName,
  }
}

export function consultDetail(c: repo.ConsultDoc, now: Date, viewer: { id: string; isLawyer: boolean }, photoUrls: string[]): z.input<typeof ConsultDetail> {
  const mine = c.askerId === viewer.id
  const open = c.status !== 'closed'
  return {
    ...consultSummary(c, now),
    messages: c.messages.map((m) => ({ from: m.from, byName: m.byName, text: m.text, at: iso(m.at) })),
    photoUrls,
    rating: c.rating,
    mine,
    canAnswer: !mine && viewer.isLawyer && c.status === 'waiting',
    canFollowUp: mine && c.status === 'answered',
    canClose: open && (mine || c.lawyerId === viewer.id),
    canRate: mine && mayRate(c) === null,
  }
}

const DUE_TEXT = { decision: '审查决定', assignment: '指派律师' } as const

export function aidSummary(a: repo.AidDoc, now: Date): z.input<typeof AidSummary> {
  const due = a.dueAt ? new Date(a.dueAt) : null
  return {
    id: a._id,
    caseNo: a.caseNo,
    applicantName: a.applicantName,
    maskedIdNumber: maskIdNumber(a.idNumber),
    matterText: MATTERS[a.matter],
    status: a.status,
    statusText: AID_STATUS_TEXT[a.status],
    submittedAt: iso(a.submittedAt),
    dueAt: iso(due),
    dueText: due && a.dueKind ? `${DUE_TEXT[a.dueKind]}期限 ${formatForPeople(due.getTime() - 1, false)}` : null,
    overdue: !!due && isOpenAid(a.status) && now.getTime() >= due.getTime(),
    lawyerName: a.lawyerName,
  }
}

/** What the resident is told about when they will hear back. */
function hearBack(a: repo.AidDoc): string | null {
  // the deadline is the end of its last working day: name that day
  const day = a.dueAt ? formatForPeople(new Date(a.dueAt).getTime() - 1, false) : null
  if (a.status === 'submitted') return '材料审查中：材料齐全后 7 个工作日内作出是否给予法律援助的决定'
  if (a.status === 'returned') return '请按要求补充材料后重新提交'
  if (day && a.dueKind === 'decision') return `我们将在 ${day} 前告知您审查决定`
  if (day && a.dueKind === 'assignment') return `我们将在 ${day} 前为您指派律师`
  return null
}

/**
 * Who an application is shown to: `handler` — the case detail for the staff and the assigned lawyer (a logged read):
 * everything in full; `applicant` — their own, the ID number masked; `step` — the reply to a staff step, which is no
 * logged read: the ID number and phone masked, no finances and no material photos (the page reads the detail again).
 */
export type AidView = 'handler' | 'applicant' | 'step'

export function aidDetail(a: repo.AidDoc, now: Date, opts: { view: AidView; materialUrls: string[] }): z.input<typeof AidDetail> {
  const step = opts.view === 'step'
  return {
    ...aidSummary(a, now),
    idNumber: opts.view === 'handler' ? a.idNumber : maskIdNumber(a.idNumber),
    // the detail reaches only the applicant and those handling the case: the phone in full (lists never carry it)
    phone: step ? maskPhone(a.phone) : a.phone,
    who: a.who,
    matter: a.matter,
    stage: a.stage,
    summary: a.summary,
    opposingName: a.opposingName,
    opposingContact: a.opposingContact,
    noFixedIncome: a.noFixedIncome,
    hardship: step ? null : a.hardship,
    materialUrls: step ? [] : opts.materialUrls,
    materialFiles: step ? [] : a.materialFiles,
    missing: a.missing,
    refusalReason: a.refusalReason,
    timeline: a.timeline.map((t) => ({ at: iso(t.at), text: t.text, by: t.by, reason: t.reason, missing: t.missing })),
    hearBackText: hearBack(a),
    canRequestReview: a.status === 'refused' && !a.reviewedOnce,
  }
}

export function mediationSummary(m: repo.MediationDoc): z.input<typeof MediationSummary> {
  return {
    id: m._id,
    caseNo: m.caseNo,
    level: m.level,
    levelText: LEVEL_TEXT[m.level],
    status: m.status,
    statusText: MEDIATION_STATUS_TEXT[m.status],
    applicantName: m.applicantName,
    respondentName: m.respondentName,
    mediatorName: m.mediatorName,
    isPublic: m.isPublic,
    updatedAt: iso(m.updatedAt),
  }
}

export type MediationRole = 'applicant' | 'respondent' | 'mediator' | 'staff'

/**
 * `step`: the reply to a step taken by staff or the mediator, which is no logged read — the other party's phone masked
 * (the page reads the case again, and that read is logged).
 */
export function mediationDetail(m: repo.MediationDoc, role: MediationRole, opts: { step?: boolean } = {}): z.input<typeof MediationDetail> {
  const party = role === 'applicant' || role === 'respondent'
  const phoneInFull = role === 'applicant' || (!opts.step && (role === 'staff' || role === 'mediator'))
  return {
    ...mediationSummary(m),
    dispute: m.dispute,
    respondentPhone: phoneInFull ? m.respondentPhone : maskPhone(m.respondentPhone),
    inviteCode: role === 'applicant' && m.status === 'invited' ? m.inviteCode : null,
    sessions: m.sessions.map((s) => ({ at: iso(s.at), place: s.place })),
    agreement: m.agreement ? { ...m.agreement, recordedAt: iso(m.agreement.recordedAt) } : null,
    failureReason: m.failureReason,
    refusalReason: m.refusalReason,
    judicialConfirmBy: iso(m.judicialConfirmBy),
    judicialAppliedAt: iso(m.judicialAppliedAt),
    history: m.history.map((h) => ({ at: iso(h.at), level: h.level, text: h.text, by: h.by })),
    role,
    canRespond: role === 'staff' && m.status === 'invited',
    canConfirm: party && m.status === 'agreed' && !m.agreement?.confirmedBy.includes(role),
    canEscalate: (party || role === 'staff') && m.status === 'failed' && m.level !== 'judicial',
    canRecordJudicial: (party || role === 'staff') && judicialApplicationRefusal(m) === null,
  }
}
