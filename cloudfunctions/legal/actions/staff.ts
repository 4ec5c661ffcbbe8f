/** The eligibility check, the lawyer and mediator list, the staff board, the access log and the street's calendar. */
import type { legal } from '@/shared/contracts/legal'
import { checkEligibility as check } from '@/shared/domain/legal/eligibility'
import { AID_STATUS_TEXT } from '@/shared/domain/legal/aid'
import { CONSULT_STATUS_TEXT, consultTitle, isUnansweredTooLong } from '@/shared/domain/legal/consultations'
import { LEVEL_TEXT, MEDIATION_STATUS_TEXT } from '@/shared/domain/legal/mediation'
import type { Corrections } from '@/shared/domain/workdays'
import { setStreetCorrections, streetCorrections } from '../../_kernel/calendar'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { fetchPage, iso } from '../../_kernel/paging'
import { forbidden, hasRole, isLegalStaff, maskName } from '../access'
import * as repo from '../repo'
import { aidSummary } from '../views'

type A = Actions<typeof legal>

export const checkEligibility: A['checkEligibility'] = async (input) => check(input)

export const listProviders: A['listProviders'] = async ({ kind }) => ({
  items: (await repo.listProviders(kind)).map((p) => ({ id: p._id, name: p.name, kind: p.kind, intro: p.intro })),
})

/**
 * The board: consultations waiting for a lawyer (oldest first, flagged after a day), open legal-aid applications
 * (overdue deadlines first), open mediations. Lawyers see the duty queue and their assigned applications;
 * mediators their cases. Rows never carry the question, the ID number or the dispute. Two requests per page.
 */
export const listCases: A['listCases'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const staff = await isLegalStaff(ctx)
  const now = ctx.now
  if (input.kind === 'consultation') {
    const lawyer = await hasRole(ctx, 'lawyer')
    if (!staff && !lawyer) throw forbidden()
    return fetchPage(repo.waitingConsultations(staff ? null : actorId), input, (c: repo.ConsultDoc) => ({
      kind: 'consultation' as const,
      id: c._id,
      title: consultTitle(c.category),
      who: maskName(c.askerName),
      statusText: CONSULT_STATUS_TEXT[c.status],
      at: iso(c.waitingSince),
      dueText: null,
      flagged: isUnansweredTooLong(c.status, new Date(c.waitingSince), now),
    }))
  }
  if (input.kind === 'aid') {
    const query = staff ? repo.openAid() : (await hasRole(ctx, 'lawyer')) ? repo.aidOfLawyer(actorId) : null
    if (!query) throw forbidden()
    return fetchPage(query, input, (a: repo.AidDoc) => {
      const s = aidSummary(a, now)
      return { kind: 'aid' as const, id: a._id, title: `法律援助（${s.matterText}）`, who: a.applicantName, statusText: AID_STATUS_TEXT[a.status], at: s.submittedAt, dueText: s.dueText, flagged: s.overdue }
    })
  }
  const query = staff ? repo.openMediations() : (await hasRole(ctx, 'mediator')) ? repo.mediationsOfMediator(actorId) : null
  if (!query) throw forbidden()
  return fetchPage(query, input, (m: repo.MediationDoc) => ({
    kind: 'mediation' as const,
    id: m._id,
    title: `${LEVEL_TEXT[m.level]} ${m.caseNo}`,
    who: `${m.applicantName} / ${m.respondentName}`,
    statusText: MEDIATION_STATUS_TEXT[m.status],
    at: iso(m.updatedAt),
    dueText: null,
    flagged: false,
  }))
}

const KIND_TEXT: Record<repo.AccessDoc['kind'], string> = { consultation: '法律咨询', aid: '法律援助申请', mediation: '调解案件' }

/** The access log the administrator reviews: one case's reads, or every case's, the latest first. */
export const caseAccessLog: A['caseAccessLog'] = (input) =>
  fetchPage(input.caseId ? repo.accessLogOf(input.caseId) : repo.recentAccess(), input, (e: repo.AccessDoc) => ({
    at: iso(e.at),
    staffName: e.staffName,
    action: e.action,
    kind: e.kind,
    caseId: e.caseId,
    caseLabel: e.label ?? KIND_TEXT[e.kind],
  }))

export const workdayCorrections: A['workdayCorrections'] = async () => {
  const corrections = await streetCorrections()
  return { corrections: Object.entries(corrections).sort(([a], [b]) => a.localeCompare(b)).map(([day, kind]) => ({ day, kind })) }
}

/** Staff correct the official calendar (a late notice, a local closure): later deadlines count with it. */
export const setWorkdayCorrections: A['setWorkdayCorrections'] = async ({ corrections }, ctx) => {
  const map: Record<string, 'work' | 'off'> = {}
  for (const c of corrections) {
    if (map[c.day]) throw new AppError('INVALID_INPUT', `${c.day} 重复填写`, { corrections: `${c.day} 重复填写` })
    map[c.day] = c.kind
  }
  await setStreetCorrections(map as Corrections, ctx.now)
  return { done: true as const }
}
