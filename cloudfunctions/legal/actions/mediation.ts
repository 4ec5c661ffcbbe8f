/** 调解: apply, the other party's consent, mediator, sessions, outcome, both parties' confirmation, escalation. */
import type { legal } from '@/shared/contracts/legal'
import { agreementStands, caseNumber, isOpenMediation, judicialApplicationRefusal, judicialConfirmationBy, judicialReminderAt, LEVEL_TEXT, MEDIATION_STATUS_TEXT, MEDIATION_STEP_TEXT, type MediationStep, stepMediation } from '@/shared/domain/legal/mediation'
import { formatForPeople, inShanghai } from '@/shared/time'
import { randomCode, requestKeyedId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { type MyItemInput, putSharedItem } from '../../_kernel/mine'
import { day, type NoticeEvent, notifyAll, phrase, recordNotices, thing, withdrawNotices } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import type { Doc } from '../../_kernel/cloud'
import { appliedBefore, callerName, forbidden, hasRole, isLegalStaff, knowCaller, logRead, stepKey } from '../access'
import * as repo from '../repo'
import { type MediationRole, mediationDetail, mediationSummary } from '../views'

type A = Actions<typeof legal>

const JUDICIAL_APPLIED_TEXT = '协议已确认，已申请司法确认'
const JUDICIAL_REMINDER = (id: string) => `judicialReminder_${id}`

const link = (id: string) => `/centers/legal/pages/mediation/index?id=${id}`
const partiesOf = (m: repo.MediationDoc) => [m.applicantId, ...(m.respondentId ? [m.respondentId] : [])]

/** Both parties see the case in 我的: titled by the level only, never the dispute. */
function myItem(m: repo.MediationDoc): Omit<MyItemInput, 'ownerId'> {
  const last = m.sessions[m.sessions.length - 1]
  return {
    center: 'legal',
    kind: 'mediation',
    refId: m._id,
    title: `调解申请（${LEVEL_TEXT[m.level]}）`,
    status: m.status,
    statusText: m.judicialAppliedAt ? JUDICIAL_APPLIED_TEXT : MEDIATION_STATUS_TEXT[m.status],
    // once 司法确认 was applied for, no date lies ahead for the parties here
    nextAt: m.judicialAppliedAt ? null : (m.judicialConfirmBy ?? last?.at ?? null),
    whenText: last ? `调解 ${formatForPeople(last.at)}` : `${formatForPeople(m.createdAt, false)} 申请`,
    place: last?.place ?? null,
    link: link(m._id),
  }
}

/** The one 我的 row both parties share, in one request (a party who joins is added by it); `owners` by default both. */
function mirror(m: repo.MediationDoc, now: Date, owners = partiesOf(m)): Promise<void> {
  return putSharedItem(owners, myItem(m), now)
}

/** `what`: the step in at most five Chinese characters (the template's phrase field); `note`: the details. */
function told(m: repo.MediationDoc, what: string, note: string, people = partiesOf(m)): NoticeEvent {
  return {
    people,
    event: `mediation_${m._id}_${m.history.length}`,
    template: 'legalProgress',
    page: link(m._id),
    data: { thing1: thing(`调解申请（${LEVEL_TEXT[m.level]}）`), phrase2: phrase(what), thing3: thing(note) },
  }
}

function tell(m: repo.MediationDoc, what: string, note: string, now: Date, people = partiesOf(m)): Promise<number> {
  const e = told(m, what, note, people)
  return notifyAll(e.people, e.event, e.template, e.page, e.data, now)
}

/** The reply to a step: no logged read, so staff and the mediator get the other party's phone masked (views.ts). */
const replied = (m: repo.MediationDoc, role: MediationRole) => mediationDetail(m, role, { step: true })

/** The viewer's part in the case; FORBIDDEN for anyone else (another resident, an unassigned mediator, other staff). */
async function roleIn(ctx: ActionContext, m: repo.MediationDoc): Promise<MediationRole> {
  const { actorId } = who(ctx)
  if (m.applicantId === actorId) return 'applicant'
  if (m.respondentId === actorId) return 'respondent'
  if (m.mediatorOpenid === actorId) return 'mediator'
  if (await isLegalStaff(ctx)) return 'staff'
  throw forbidden()
}

/** A party never handles their own case (as staff or as its mediator): FORBIDDEN. */
function notAParty(m: repo.MediationDoc, actorId: string | null): void {
  if (actorId && (m.applicantId === actorId || m.respondentId === actorId)) throw new AppError('FORBIDDEN', '您是本案当事人，须由中心其他工作人员或调解员办理')
}

/** The case with its caller (and a mediator asked for): one request. Staff-only steps have their roles checked here. */
async function load(ctx: ActionContext, id: string, mediatorId?: string): Promise<{ m: repo.MediationDoc; mediator: repo.ProviderDoc | null }> {
  const read = await repo.mediationWithCaller(id, ctx.actorId, mediatorId)
  await knowCaller(ctx, read)
  if (!read.doc) throw new AppError('NOT_FOUND', '没有找到该调解案件')
  return { m: read.doc, mediator: read.mediator }
}

/** A move of the case by the state machine, with an entry in its history; only from the status read. */
async function move(ctx: ActionContext, m: repo.MediationDoc, step: MediationStep, by: string, changes: Doc = {}, note?: string, still: Doc = {}): Promise<repo.MediationDoc> {
  const outcome = stepMediation(m.status, m.level, step)
  if (!outcome.ok) throw new AppError('CONFLICT', outcome.message)
  const entry: repo.HistoryDoc = { at: ctx.now, level: outcome.level, text: note ? `${MEDIATION_STEP_TEXT[step]}：${note}` : MEDIATION_STEP_TEXT[step], by }
  const all = { ...changes, status: outcome.status, level: outcome.level, open: isOpenMediation(outcome.status), updatedAt: ctx.now }
  if (!(await repo.stepMediation(m, all, entry, stepKey(ctx), still))) throw new AppError('CONFLICT', '该案件刚刚有了变化，请刷新后再试')
  return { ...m, ...all, history: [...m.history, entry] } as repo.MediationDoc
}

export const applyMediation: A['applyMediation'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await requireSafeText(actorId, { dispute: input.dispute })
  const [{ user }, preferred] = await Promise.all([ctx.caller(), input.mediatorId ? repo.getProvider(input.mediatorId) : Promise.resolve(null)])
  if (input.mediatorId && preferred?.kind !== 'mediator') throw new AppError('INVALID_INPUT', '请从调解员名单中选择', { mediatorId: '请从调解员名单中选择，或交由中心安排' })
  const now = ctx.now
  const m: repo.MediationDoc = {
    // from the request: a retried tap names the same case
    _id: requestKeyedId(ctx),
    caseNo: caseNumber(inShanghai(now).year(), randomCode(6)),
    level: 'people',
    status: 'invited',
    open: true,
    applicantId: actorId,
    applicantName: user?.profile?.name ?? '申请人',
    respondentId: null,
    respondentName: input.otherName,
    respondentPhone: input.otherPhone,
    parties: [actorId],
    inviteCode: randomCode(6),
    dispute: input.dispute,
    preferredMediatorId: preferred?._id ?? null,
    mediatorId: null,
    mediatorOpenid: null,
    mediatorName: preferred ? `${preferred.name}（申请人选择，待中心确认）` : null,
    isPublic: input.isPublic,
    sessions: [],
    agreement: null,
    failureReason: null,
    refusalReason: null,
    judicialConfirmBy: null,
    judicialAppliedAt: null,
    history: [{ at: now, level: 'people', text: '申请人民调解，邀请对方参加', by: '申请人' }],
    createdAt: now,
    updatedAt: now,
  }
  if (!(await repo.insertMediation(m))) {
    const first = await repo.getMediation(m._id)
    if (first) return replied(first, 'applicant')
  }
  await mirror(m, now)
  return replied(m, 'applicant')
}

/** The other party answers the invitation with its code, or staff record consent taken offline. Refusal ends the case. */
export const respondMediation: A['respondMediation'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const key = stepKey(ctx)
  let m: repo.MediationDoc
  let by: string
  let changes: Doc = {}
  if (input.code) {
    const found = await repo.mediationByCode(input.code)
    if (found?.status !== 'invited') {
      // a retried answer finds the case it answered (the code stays on it, used up)
      if (found && appliedBefore(found, key)) return replied(found, 'respondent')
      throw new AppError('NOT_FOUND', '邀请码无效或已使用，请向对方核对', { code: '邀请码无效或已使用' })
    }
    m = found
    if (m.applicantId === actorId) throw new AppError('CONFLICT', '这是您自己发起的调解，请把邀请码交给对方')
    by = '被申请人'
    changes = { respondentId: actorId, parties: [m.applicantId, actorId] }
  } else {
    m = (await load(ctx, input.mediationId as string)).m
    if (!(await isLegalStaff(ctx))) throw forbidden()
    notAParty(m, actorId)
    if (appliedBefore(m, key)) return replied(m, 'staff')
    by = `法律援助中心 ${await callerName(ctx)}（线下征得意见）`
    changes = { inviteCode: null }
  }
  if (!input.accept) changes.refusalReason = input.reason ?? null
  const moved = await move(ctx, m, input.accept ? 'accept' : 'refuse', by, changes, input.reason)
  // the party who accepts by code joins the case's 我的 row; a refusal ends it: nothing in flight for the one who refused
  const owners = input.accept ? partiesOf(moved) : [moved.applicantId]
  // the applicant is told; the other party has just answered (their grant is kept for the mediator's assignment)
  const telling = tell(moved, input.accept ? '同意调解' : '拒绝调解', input.accept ? '中心将安排调解员' : '调解已终止', ctx.now, [moved.applicantId])
  await Promise.all([mirror(moved, ctx.now, owners), telling])
  return replied(moved, input.code ? 'respondent' : 'staff')
}

export const myMediations: A['myMediations'] = (input, ctx) => fetchPage(repo.mediationsOf(who(ctx).actorId), input, (m: repo.MediationDoc) => mediationSummary(m))

export const getMediation: A['getMediation'] = async ({ mediationId }, ctx) => {
  const { m } = await load(ctx, mediationId)
  const role = await roleIn(ctx, m)
  if (role === 'staff' || role === 'mediator') await logRead(ctx, m._id, 'mediation', '查看调解案件', `${LEVEL_TEXT[m.level]} ${m.caseNo}`)
  return mediationDetail(m, role)
}

export const assignMediator: A['assignMediator'] = async (input, ctx) => {
  const { m, mediator } = await load(ctx, input.mediationId, input.mediatorId)
  notAParty(m, ctx.actorId)
  if (appliedBefore(m, stepKey(ctx))) return replied(m, 'staff')
  if (mediator?.kind !== 'mediator') throw new AppError('INVALID_INPUT', '请从调解员名单中选择', { mediatorId: '请从调解员名单中选择' })
  if (mediator.openid && (mediator.openid === m.applicantId || mediator.openid === m.respondentId)) {
    throw new AppError('INVALID_INPUT', '调解员是本案当事人，请另选调解员', { mediatorId: '请另选调解员' })
  }
  const moved = await move(ctx, m, 'assign', `法律援助中心 ${await callerName(ctx)}`, { mediatorId: mediator._id, mediatorOpenid: mediator.openid, mediatorName: mediator.name }, mediator.name)
  await Promise.all([mirror(moved, ctx.now), tell(moved, '已指派', `调解员：${mediator.name}`, ctx.now)])
  return replied(moved, 'staff')
}

/** Only the assigned mediator or the center's staff handle a case. */
async function handlerRole(ctx: ActionContext, m: repo.MediationDoc): Promise<{ role: MediationRole; by: string }> {
  const { actorId } = who(ctx)
  notAParty(m, actorId)
  if (m.mediatorOpenid === actorId && (await hasRole(ctx, 'mediator'))) return { role: 'mediator', by: `调解员 ${await callerName(ctx)}` }
  if (await isLegalStaff(ctx)) return { role: 'staff', by: `法律援助中心 ${await callerName(ctx)}` }
  throw forbidden()
}

export const scheduleSession: A['scheduleSession'] = async (input, ctx) => {
  const { m } = await load(ctx, input.mediationId)
  const { role, by } = await handlerRole(ctx, m)
  if (appliedBefore(m, stepKey(ctx))) return replied(m, role)
  const at = new Date(input.at)
  if (at.getTime() <= ctx.now.getTime()) throw new AppError('INVALID_INPUT', '调解时间应晚于现在', { at: '请选择以后的时间' })
  const session = { at, place: input.place }
  // the sessions as read: a session staff and the mediator schedule at once is kept or refused, never overwritten
  const moved = await move(ctx, m, 'schedule', by, { sessions: [...m.sessions, session] }, `${formatForPeople(at)} ${input.place}`, repo.historyAsRead(m))
  await Promise.all([mirror(moved, ctx.now), tell(moved, '已安排调解', `${formatForPeople(at)} ${input.place}`, ctx.now)])
  return replied(moved, role)
}

export const recordOutcome: A['recordOutcome'] = async (input, ctx) => {
  const { m } = await load(ctx, input.mediationId)
  const { role, by } = await handlerRole(ctx, m)
  if (appliedBefore(m, stepKey(ctx))) return replied(m, role)
  const agreed = input.outcome === 'agreement'
  const changes = agreed
    ? { agreement: { terms: input.terms as string, performance: input.performance as string, recordedAt: ctx.now, confirmedBy: [] } }
    : { failureReason: input.reason ?? null }
  const moved = await move(ctx, m, agreed ? 'agree' : 'fail', by, changes, agreed ? undefined : input.reason)
  await Promise.all([
    mirror(moved, ctx.now),
    tell(moved, agreed ? '达成协议' : '调解未成功', agreed ? '请进入小程序确认协议' : '可申请转入下一级调解', ctx.now),
  ])
  return replied(moved, role)
}

/** What the parties are told when the agreement stands: at once, and the 司法确认 reminder before the 30 days run out. */
function agreementNotices(m: repo.MediationDoc, confirmBy: Date, now: Date): NoticeEvent[] {
  return [
    told(m, '协议已生效', `如需司法确认请于${formatForPeople(confirmBy, false)}前申请`),
    {
      people: partiesOf(m),
      // one reminder per party and case, however often the confirmation is retried
      event: JUDICIAL_REMINDER(m._id),
      template: 'legalReminder',
      page: link(m._id),
      data: {
        thing1: thing(`司法确认（${m.caseNo}）`),
        date2: day(confirmBy),
        thing3: thing('可持调解协议向人民法院申请司法确认'),
      },
      at: judicialReminderAt(confirmBy, now),
    },
  ]
}

/**
 * Each party confirms the recorded agreement; when both have, it stands and 司法确认 may be applied for within 30
 * days. Both confirming at the same moment: the write of one lands, the other reads again and adds its own to it.
 */
export const confirmAgreement: A['confirmAgreement'] = async ({ mediationId }, ctx) => {
  const key = stepKey(ctx)
  for (let attempt = 0; attempt < 4; attempt++) {
    const { m } = await load(ctx, mediationId)
    const role = await roleIn(ctx, m)
    if (role !== 'applicant' && role !== 'respondent') throw new AppError('FORBIDDEN', '只有调解双方可以确认协议')
    if (appliedBefore(m, key)) return replied(m, role)
    if (m.status !== 'agreed' || !m.agreement) throw new AppError('CONFLICT', `案件当前为「${MEDIATION_STATUS_TEXT[m.status]}」，没有待确认的协议`)
    if (m.agreement.confirmedBy.includes(role)) throw new AppError('CONFLICT', '您已确认过该协议，等待对方确认')
    const confirmedBy = [...m.agreement.confirmedBy, role]
    const stands = agreementStands(confirmedBy, ['applicant', 'respondent'])
    const judicialConfirmBy = stands ? judicialConfirmationBy(ctx.now) : null
    const entry: repo.HistoryDoc = { at: ctx.now, level: m.level, text: stands ? '双方确认调解协议，协议生效' : '一方确认调解协议', by: role === 'applicant' ? '申请人' : '被申请人' }
    const status = stands ? 'confirmed' : 'agreed'
    const changes = { 'agreement.confirmedBy': confirmedBy, status, open: isOpenMediation(status), judicialConfirmBy, updatedAt: ctx.now }
    // only onto the confirmations as read: two parties confirming at once cannot overwrite each other
    if (!(await repo.stepMediation(m, changes, entry, key, { 'agreement.confirmedBy': m.agreement.confirmedBy }))) continue
    const moved: repo.MediationDoc = { ...m, status, open: isOpenMediation(status), judicialConfirmBy, agreement: { ...m.agreement, confirmedBy }, history: [...m.history, entry], updatedAt: ctx.now }
    // one party's confirmation changes nothing 我的 shows; the one that makes it stand writes both rows and the notices
    if (judicialConfirmBy) await Promise.all([mirror(moved, ctx.now), recordNotices(agreementNotices(moved, judicialConfirmBy, ctx.now), ctx.now)])
    return replied(moved, role)
  }
  throw new AppError('CONFLICT', '对方刚刚确认了协议，请刷新后再试')
}

/** A failed mediation goes to the next level with the same case number and its whole history. */
export const escalateMediation: A['escalateMediation'] = async ({ mediationId }, ctx) => {
  const { m } = await load(ctx, mediationId)
  const role = await roleIn(ctx, m)
  if (appliedBefore(m, stepKey(ctx))) return replied(m, role)
  if (role === 'mediator') throw new AppError('FORBIDDEN', '转入下一级调解须由当事人申请或中心办理')
  const by = role === 'staff' ? `法律援助中心 ${await callerName(ctx)}` : role === 'applicant' ? '申请人' : '被申请人'
  // a new level starts without a mediator: the center assigns one of that level
  const moved = await move(ctx, m, 'escalate', by, { mediatorId: null, mediatorOpenid: null, mediatorName: null, failureReason: null, agreement: null })
  await Promise.all([mirror(moved, ctx.now), tell(moved, `转${LEVEL_TEXT[moved.level]}`, '中心将安排调解员', ctx.now)])
  return replied(moved, role)
}

/**
 * A party or the center records that 司法确认 was applied for (at the court, after the agreement stands): the case
 * says so, 我的 no longer counts down to the 30 days, and the reminder not yet sent is withdrawn.
 */
export const recordJudicialApplication: A['recordJudicialApplication'] = async ({ mediationId }, ctx) => {
  const { m } = await load(ctx, mediationId)
  const role = await roleIn(ctx, m)
  if (role === 'mediator') throw new AppError('FORBIDDEN', '申请司法确认须由当事人记录或中心办理')
  const key = stepKey(ctx)
  if (appliedBefore(m, key)) return replied(m, role)
  const refusal = judicialApplicationRefusal(m)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const by = role === 'staff' ? `法律援助中心 ${await callerName(ctx)}` : role === 'applicant' ? '申请人' : '被申请人'
  const entry: repo.HistoryDoc = { at: ctx.now, level: m.level, text: '已向人民法院申请司法确认', by }
  const changes = { judicialAppliedAt: ctx.now, updatedAt: ctx.now }
  // only once: two parties recording it at the same moment write one entry
  if (!(await repo.stepMediation(m, changes, entry, key, { judicialAppliedAt: null }))) throw new AppError('CONFLICT', '对方刚刚记录了申请司法确认，请刷新查看')
  const moved: repo.MediationDoc = { ...m, ...changes, history: [...m.history, entry] }
  await Promise.all([mirror(moved, ctx.now), withdrawNotices(partiesOf(moved), JUDICIAL_REMINDER(m._id), ctx.now)])
  return replied(moved, role)
}
