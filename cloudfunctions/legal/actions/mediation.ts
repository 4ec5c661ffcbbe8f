/** 调解: apply, the other party's consent, mediator, sessions, outcome, both parties' confirmation, escalation. */
import type { legal } from '@/shared/contracts/legal'
import { agreementStands, caseNumber, isOpenMediation, judicialConfirmationBy, LEVEL_TEXT, MEDIATION_STATUS_TEXT, MEDIATION_STEP_TEXT, type MediationStep, stepMediation } from '@/shared/domain/legal/mediation'
import { formatForPeople, inShanghai } from '@/shared/time'
import { newId, randomCode } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notifyAll, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import type { Doc } from '../../_kernel/cloud'
import { callerName, forbidden, hasRole, isLegalStaff, logRead } from '../access'
import * as repo from '../repo'
import { type MediationRole, mediationDetail, mediationSummary } from '../views'

type A = Actions<typeof legal>

const link = (id: string) => `/centers/legal/pages/mediation/index?id=${id}`
const partiesOf = (m: repo.MediationDoc) => [m.applicantId, ...(m.respondentId ? [m.respondentId] : [])]

/** Both parties see the case in 我的: titled by the level only, never the dispute. */
function mirror(m: repo.MediationDoc, now: Date): Promise<unknown> {
  return Promise.all(
    partiesOf(m).map((ownerId) =>
      putMyItem(
        {
          ownerId,
          center: 'legal',
          kind: 'mediation',
          refId: m._id,
          title: `调解申请（${LEVEL_TEXT[m.level]}）`,
          status: m.status,
          statusText: MEDIATION_STATUS_TEXT[m.status],
          nextAt: m.judicialConfirmBy ?? m.sessions[m.sessions.length - 1]?.at ?? null,
          whenText: m.sessions.length ? `调解 ${formatForPeople(m.sessions[m.sessions.length - 1].at)}` : `${formatForPeople(m.createdAt, false)} 申请`,
          place: m.sessions[m.sessions.length - 1]?.place ?? null,
          link: link(m._id),
        },
        now,
      ),
    ),
  )
}

function tell(m: repo.MediationDoc, what: string, note: string, now: Date): Promise<number> {
  return notifyAll(partiesOf(m), `mediation_${m._id}_${m.history.length}`, 'legalProgress', link(m._id), {
    thing1: thing(`调解申请（${LEVEL_TEXT[m.level]}）`),
    phrase2: thing(what),
    thing3: thing(note),
  }, now)
}

/** The viewer's part in the case; FORBIDDEN for anyone else (another resident, an unassigned mediator, other staff). */
async function roleIn(ctx: ActionContext, m: repo.MediationDoc): Promise<MediationRole> {
  const { actorId } = who(ctx)
  if (m.applicantId === actorId) return 'applicant'
  if (m.respondentId === actorId) return 'respondent'
  if (m.mediatorOpenid === actorId) return 'mediator'
  if (await isLegalStaff(ctx)) return 'staff'
  throw forbidden()
}

async function load(id: string): Promise<repo.MediationDoc> {
  const m = await repo.getMediation(id)
  if (!m) throw new AppError('NOT_FOUND', '没有找到该调解案件')
  return m
}

/** A move of the case by the state machine, with an entry in its history; only from the status read. */
async function move(ctx: ActionContext, m: repo.MediationDoc, step: MediationStep, by: string, changes: Doc = {}, note?: string, extraWhere: Doc = {}): Promise<repo.MediationDoc> {
  const outcome = stepMediation(m.status, m.level, step)
  if (!outcome.ok) throw new AppError('CONFLICT', outcome.message)
  const entry: repo.HistoryDoc = { at: ctx.now, level: outcome.level, text: note ? `${MEDIATION_STEP_TEXT[step]}：${note}` : MEDIATION_STEP_TEXT[step], by }
  const all = { ...changes, status: outcome.status, level: outcome.level, open: isOpenMediation(outcome.status), updatedAt: ctx.now }
  if (!(await repo.stepMediation(m, all, entry, extraWhere))) throw new AppError('CONFLICT', '该案件刚刚有了变化，请刷新后再试')
  return { ...m, ...all, history: [...m.history, entry] } as repo.MediationDoc
}

export const applyMediation: A['applyMediation'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await requireSafeText(actorId, { dispute: input.dispute })
  const [person, preferred] = await Promise.all([repo.getPerson(actorId), input.mediatorId ? repo.getProvider(input.mediatorId) : Promise.resolve(null)])
  if (input.mediatorId && preferred?.kind !== 'mediator') throw new AppError('INVALID_INPUT', '请从调解员名单中选择', { mediatorId: '请从调解员名单中选择，或交由中心安排' })
  const now = ctx.now
  const m: repo.MediationDoc = {
    _id: newId(),
    caseNo: caseNumber(inShanghai(now).year(), randomCode(6)),
    level: 'people',
    status: 'invited',
    open: true,
    applicantId: actorId,
    applicantName: person?.profile?.name ?? '申请人',
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
    history: [{ at: now, level: 'people', text: '申请人民调解，邀请对方参加', by: '申请人' }],
    createdAt: now,
    updatedAt: now,
  }
  await repo.insertMediation(m)
  await mirror(m, now)
  return mediationDetail(m, 'applicant')
}

/** The other party answers the invitation with its code, or staff record consent taken offline. Refusal ends the case. */
export const respondMediation: A['respondMediation'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  let m: repo.MediationDoc | null
  let by: string
  let changes: Doc = {}
  if (input.code) {
    const found = await repo.mediationByCode(input.code)
    if (found?.status !== 'invited') throw new AppError('NOT_FOUND', '邀请码无效或已使用，请向对方核对', { code: '邀请码无效或已使用' })
    m = found
    if (m.applicantId === actorId) throw new AppError('CONFLICT', '这是您自己发起的调解，请把邀请码交给对方')
    by = '被申请人'
    changes = { respondentId: actorId, parties: [m.applicantId, actorId], inviteCode: null }
  } else {
    m = await load(input.mediationId as string)
    if (!(await isLegalStaff(ctx))) throw forbidden()
    by = `法律援助中心 ${await callerName(ctx)}（线下征得意见）`
    changes = { inviteCode: null }
  }
  if (!input.accept) changes.refusalReason = input.reason ?? null
  const moved = await move(ctx, m, input.accept ? 'accept' : 'refuse', by, changes, input.reason)
  await Promise.all([mirror(moved, ctx.now), tell(moved, input.accept ? '对方同意调解' : '对方不同意调解', input.accept ? '中心将安排调解员' : '调解已终止', ctx.now)])
  return mediationDetail(moved, input.code ? 'respondent' : 'staff')
}

export const myMediations: A['myMediations'] = (input, ctx) => fetchPage(repo.mediationsOf(who(ctx).actorId), input, (m: repo.MediationDoc) => mediationSummary(m))

export const getMediation: A['getMediation'] = async ({ mediationId }, ctx) => {
  const m = await load(mediationId)
  const role = await roleIn(ctx, m)
  if (role === 'staff' || role === 'mediator') await logRead(ctx, m._id, 'mediation', '查看调解案件')
  return mediationDetail(m, role)
}

export const assignMediator: A['assignMediator'] = async (input, ctx) => {
  const [m, mediator] = await Promise.all([load(input.mediationId), repo.getProvider(input.mediatorId)])
  if (mediator?.kind !== 'mediator') throw new AppError('INVALID_INPUT', '请从调解员名单中选择', { mediatorId: '请从调解员名单中选择' })
  const moved = await move(ctx, m, 'assign', `法律援助中心 ${await callerName(ctx)}`, { mediatorId: mediator._id, mediatorOpenid: mediator.openid, mediatorName: mediator.name }, mediator.name)
  await Promise.all([mirror(moved, ctx.now), tell(moved, '已指派调解员', mediator.name, ctx.now)])
  return mediationDetail(moved, 'staff')
}

/** Only the assigned mediator or the center's staff handle a case. */
async function handlerRole(ctx: ActionContext, m: repo.MediationDoc): Promise<{ role: MediationRole; by: string }> {
  const { actorId } = who(ctx)
  if (m.mediatorOpenid === actorId && (await hasRole(ctx, 'mediator'))) return { role: 'mediator', by: `调解员 ${await callerName(ctx)}` }
  if (await isLegalStaff(ctx)) return { role: 'staff', by: `法律援助中心 ${await callerName(ctx)}` }
  throw forbidden()
}

export const scheduleSession: A['scheduleSession'] = async (input, ctx) => {
  const m = await load(input.mediationId)
  const { role, by } = await handlerRole(ctx, m)
  const at = new Date(input.at)
  if (at.getTime() <= ctx.now.getTime()) throw new AppError('INVALID_INPUT', '调解时间应晚于现在', { at: '请选择以后的时间' })
  const session = { at, place: input.place }
  const moved = await move(ctx, m, 'schedule', by, { sessions: [...m.sessions, session] }, `${formatForPeople(at)} ${input.place}`)
  await Promise.all([mirror(moved, ctx.now), tell(moved, '已安排调解', `${formatForPeople(at)} ${input.place}`, ctx.now)])
  return mediationDetail(moved, role)
}

export const recordOutcome: A['recordOutcome'] = async (input, ctx) => {
  const m = await load(input.mediationId)
  const { role, by } = await handlerRole(ctx, m)
  const agreed = input.outcome === 'agreement'
  const changes = agreed
    ? { agreement: { terms: input.terms as string, performance: input.performance as string, recordedAt: ctx.now, confirmedBy: [] } }
    : { failureReason: input.reason ?? null }
  const moved = await move(ctx, m, agreed ? 'agree' : 'fail', by, changes, agreed ? undefined : input.reason)
  await Promise.all([
    mirror(moved, ctx.now),
    tell(moved, agreed ? '已达成调解协议' : '调解未成功', agreed ? '请进入小程序确认协议' : '可申请转入下一级调解', ctx.now),
  ])
  return mediationDetail(moved, role)
}

/** Each party confirms the recorded agreement; when both have, it stands and 司法确认 may be applied for within 30 days. */
export const confirmAgreement: A['confirmAgreement'] = async ({ mediationId }, ctx) => {
  const m = await load(mediationId)
  const role = await roleIn(ctx, m)
  if (role !== 'applicant' && role !== 'respondent') throw new AppError('FORBIDDEN', '只有调解双方可以确认协议')
  if (m.status !== 'agreed' || !m.agreement) throw new AppError('CONFLICT', `案件当前为「${MEDIATION_STATUS_TEXT[m.status]}」，没有待确认的协议`)
  if (m.agreement.confirmedBy.includes(role)) throw new AppError('CONFLICT', '您已确认过该协议，等待对方确认')
  const confirmedBy = [...m.agreement.confirmedBy, role]
  const stands = agreementStands(confirmedBy, ['applicant', 'respondent'])
  const judicialConfirmBy = stands ? judicialConfirmationBy(ctx.now) : null
  const entry: repo.HistoryDoc = { at: ctx.now, level: m.level, text: stands ? '双方确认调解协议，协议生效' : '一方确认调解协议', by: role === 'applicant' ? '申请人' : '被申请人' }
  const status = stands ? 'confirmed' : 'agreed'
  const changes = { 'agreement.confirmedBy': confirmedBy, status, open: isOpenMediation(status), judicialConfirmBy, updatedAt: ctx.now }
  // the confirmations as read: two parties confirming at once cannot overwrite each other
  if (!(await repo.stepMediation(m, changes, entry, { 'agreement.confirmedBy': m.agreement.confirmedBy }))) throw new AppError('CONFLICT', '对方刚刚确认了协议，请刷新后再试')
  const moved: repo.MediationDoc = { ...m, status, open: isOpenMediation(status), judicialConfirmBy, agreement: { ...m.agreement, confirmedBy }, history: [...m.history, entry], updatedAt: ctx.now }
  await mirror(moved, ctx.now)
  if (judicialConfirmBy) await tell(moved, '调解协议已生效', `如需司法确认请于${formatForPeople(judicialConfirmBy, false)}前申请`, ctx.now)
  return mediationDetail(moved, role)
}

/** A failed mediation goes to the next level with the same case number and its whole history. */
export const escalateMediation: A['escalateMediation'] = async ({ mediationId }, ctx) => {
  const m = await load(mediationId)
  const role = await roleIn(ctx, m)
  if (role === 'mediator') throw new AppError('FORBIDDEN', '转入下一级调解须由当事人申请或中心办理')
  const by = role === 'staff' ? `法律援助中心 ${await callerName(ctx)}` : role === 'applicant' ? '申请人' : '被申请人'
  // a new level starts without a mediator: the center assigns one of that level
  const moved = await move(ctx, m, 'escalate', by, { mediatorId: null, mediatorOpenid: null, mediatorName: null, failureReason: null, agreement: null })
  await Promise.all([mirror(moved, ctx.now), tell(moved, `转入${LEVEL_TEXT[moved.level]}`, '中心将安排调解员', ctx.now)])
  return mediationDetail(moved, role)
}
