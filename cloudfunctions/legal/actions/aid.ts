/** 法律援助申请: apply (with the ID number, sensitive), return for materials, decide, assign a lawyer, review a refusal. */
import type { legal } from '@/shared/contracts/legal'
import { formatForPeople, inShanghai } from '@/shared/time'
import { AID_STATUS_TEXT, AID_STEP_PHRASE, AID_STEP_TEXT, type AidStatus, type AidStep, aidDeadline, isOpenAid, stepAid } from '@/shared/domain/legal/aid'
import { hardshipCheck } from '@/shared/domain/legal/eligibility'
import { needsHardshipDeclaration } from '@/shared/domain/legal/aid'
import type { Corrections } from '@/shared/domain/workdays'
import { randomCode, requestKeyedId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { acceptFiles, fileLinks } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import { appliedBefore, callerName, forbidden, isLegalStaff, knowCaller, logRead, stepKey } from '../access'
import * as repo from '../repo'
import { aidDetail, aidSummary } from '../views'

type A = Actions<typeof legal>

const link = (id: string) => `/centers/legal/pages/aid/index?id=${id}`

function mirror(a: repo.AidDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: a.subjectId,
      center: 'legal',
      kind: 'legalAid',
      refId: a._id,
      title: '法律援助申请',
      status: a.status,
      statusText: AID_STATUS_TEXT[a.status],
      nextAt: a.dueAt,
      whenText: `${formatForPeople(a.submittedAt, false)} 提交`,
      place: null,
      link: link(a._id),
    },
    now,
  )
}

/** Material photos show ID cards: short-lived links, only for those the action allowed. */
const materialLinks = (a: repo.AidDoc) => fileLinks(a.materialFiles, 600)

/** The running deadline after a move, computed with the street's calendar as it is now. */
function withDeadline(a: repo.AidDoc, corrections: Corrections): Pick<repo.AidDoc, 'dueAt' | 'dueKind' | 'boardKey' | 'open'> {
  const d = aidDeadline(a, corrections)
  return { dueAt: d?.due ?? null, dueKind: d?.kind ?? null, boardKey: repo.boardKey(d?.due ?? null, a.submittedAt), open: isOpenAid(a.status) }
}

function requireHardship(input: { who: Parameters<typeof hardshipCheck>[0]['who']; matter: Parameters<typeof hardshipCheck>[0]['matter']; noFixedIncome: boolean; hardship?: unknown }) {
  if (needsHardshipDeclaration(hardshipCheck(input), input.noFixedIncome) && !input.hardship) {
    throw new AppError('INVALID_INPUT', '请填写经济困难声明', { hardship: '请填写家庭人口、月收入和经济困难说明' })
  }
}

export const applyAid: A['applyAid'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const now = ctx.now
  requireHardship(input)
  const files = { owners: [actorId], purpose: 'legalMaterial' as const, field: 'materialFiles' }
  const content = {
    applicantName: input.name,
    idNumber: input.idNumber,
    phone: input.phone,
    who: input.who,
    matter: input.matter,
    stage: input.stage,
    summary: input.summary,
    opposingName: input.opposingName,
    opposingContact: input.opposingContact || null,
    noFixedIncome: input.noFixedIncome,
    hardship: input.hardship ?? null,
    materialFiles: input.materialFiles,
  }
  if (input.applicationId) {
    const { app } = await readApp(ctx, input.applicationId)
    if (app.subjectId !== actorId) throw forbidden()
    const key = stepKey(ctx)
    if (appliedBefore(app, key)) return aidDetail(app, now, { view: 'applicant', materialUrls: await materialLinks(app) })
    const move = stepAid(app.status, 'resubmit')
    if (!move.ok) throw new AppError('CONFLICT', '只有被退回的申请才能补充材料后重新提交')
    await acceptFiles(input.materialFiles, { ...files, kept: app.materialFiles })
    const entry: repo.AidTimelineDoc = { at: now, text: AID_STEP_TEXT.resubmit, by: '申请人', reason: null, missing: [] }
    const moved = { ...app, ...content, status: move.status, missing: [], updatedAt: now }
    const changes = { ...content, status: move.status, missing: [], updatedAt: now, ...withDeadline(moved, {}) }
    if (!(await repo.stepAid(app._id, 'returned', changes, entry, key))) throw new AppError('CONFLICT', '该申请刚刚有了变化，请刷新后再提交')
    const updated = { ...app, ...changes, timeline: [...app.timeline, entry] }
    await mirror(updated, now)
    return aidDetail(updated, now, { view: 'applicant', materialUrls: await materialLinks(updated) })
  }
  await acceptFiles(input.materialFiles, files)
  const doc: repo.AidDoc = {
    // from the request: a retried tap names the same application
    _id: requestKeyedId(ctx),
    caseNo: `援字〔${inShanghai(now).year()}〕${randomCode(6)}号`,
    subjectId: actorId,
    ...content,
    missing: [],
    status: 'submitted',
    open: true,
    timeline: [{ at: now, text: '提交申请', by: '申请人', reason: null, missing: [] }],
    completeAt: null,
    approvedAt: null,
    reviewRequestedAt: null,
    reviewedOnce: false,
    refusalReason: null,
    dueAt: null,
    dueKind: null,
    boardKey: repo.boardKey(null, now),
    lawyerId: null,
    lawyerOpenid: null,
    lawyerName: null,
    submittedAt: now,
    updatedAt: now,
  }
  if (!(await repo.insertAid(doc))) {
    const { app } = await readApp(ctx, doc._id)
    return aidDetail(app, now, { view: 'applicant', materialUrls: await materialLinks(app) })
  }
  await mirror(doc, now)
  return aidDetail(doc, now, { view: 'applicant', materialUrls: await materialLinks(doc) })
}

export const myAidApplications: A['myAidApplications'] = (input, ctx) =>
  fetchPage(repo.aidOf(who(ctx).actorId), input, (a: repo.AidDoc) => aidSummary(a, ctx.now))

/** The application with the street's calendar, the caller (and a lawyer asked for): one request. */
async function readApp(ctx: ActionContext, id: string, lawyerId?: string): Promise<repo.AidRead & { app: repo.AidDoc }> {
  const read = await repo.getAidWithCalendar(id, ctx.actorId, lawyerId)
  await knowCaller(ctx, read)
  if (!read.app) throw new AppError('NOT_FOUND', '没有找到该申请')
  return { ...read, app: read.app }
}

/** The applicant (ID masked), the center's staff and the assigned lawyer (in full, each read logged); nobody else. */
async function readAid(ctx: ActionContext, id: string): Promise<{ app: repo.AidDoc; corrections: Corrections; handler: boolean }> {
  const { actorId } = who(ctx)
  const { app, corrections } = await readApp(ctx, id)
  if (app.subjectId === actorId) return { app, corrections, handler: false }
  if (app.lawyerOpenid === actorId || (await isLegalStaff(ctx))) return { app, corrections, handler: true }
  throw forbidden()
}

export const getAidApplication: A['getAidApplication'] = async ({ applicationId }, ctx) => {
  const { app, handler } = await readAid(ctx, applicationId)
  if (handler) await logRead(ctx, app._id, 'aid', '查看法律援助申请', `法律援助 ${app.caseNo}`)
  return aidDetail(app, ctx.now, { view: handler ? 'handler' : 'applicant', materialUrls: await materialLinks(app) })
}

/** A staff step: checked against the state machine, applied only from the status read, told to the applicant. */
async function staffStep(ctx: ActionContext, id: string, step: AidStep, extra: (app: repo.AidDoc, read: repo.AidRead) => Partial<repo.AidDoc>, reason: string | null, missing: string[] = [], lawyerId?: string) {
  // the application, the calendar, the caller's roles (checked here: rolesInRead) and the lawyer, in one request
  const read = await readApp(ctx, id, lawyerId)
  const { app, corrections } = read
  if (app.subjectId === ctx.actorId) throw new AppError('FORBIDDEN', '这是您本人的申请，须由中心其他工作人员办理')
  const key = stepKey(ctx)
  if (appliedBefore(app, key)) return aidDetail(app, ctx.now, { view: 'step', materialUrls: [] })
  const move = stepAid(app.status, step)
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const more = extra(app, read)
  const entry: repo.AidTimelineDoc = { at: ctx.now, text: AID_STEP_TEXT[step], by: `法律援助中心 ${await callerName(ctx)}`, reason, missing }
  const moved = { ...app, ...more, status: move.status as AidStatus, updatedAt: ctx.now }
  const changes = { ...more, status: move.status, updatedAt: ctx.now, ...withDeadline(moved, corrections) }
  if (!(await repo.stepAid(app._id, app.status, changes, entry, key))) throw new AppError('CONFLICT', '该申请刚被其他工作人员处理，请刷新后查看')
  const updated: repo.AidDoc = { ...app, ...changes, timeline: [...app.timeline, entry] }
  await Promise.all([
    mirror(updated, ctx.now),
    notify(app.subjectId, `aid_${app._id}_${updated.timeline.length}`, 'legalProgress', link(app._id), {
      thing1: thing('法律援助申请'),
      phrase2: phrase(AID_STEP_PHRASE[step]),
      thing3: thing(reason || AID_STATUS_TEXT[updated.status]),
    }, ctx.now),
  ])
  // no logged read: the reply carries the ID number masked, the staff page reads the detail again (logged)
  return aidDetail(updated, ctx.now, { view: 'step', materialUrls: [] })
}

export const reviewAid: A['reviewAid'] = (input, ctx) =>
  input.decision === 'return'
    ? staffStep(ctx, input.applicationId, 'return', () => ({ missing: input.missing }), input.reason || `请补充：${input.missing.join('、')}`, input.missing)
    : staffStep(ctx, input.applicationId, 'accept', () => ({ completeAt: ctx.now, missing: [] }), input.reason || null)

export const decideAid: A['decideAid'] = (input, ctx) =>
  input.decision === 'approve'
    ? staffStep(ctx, input.applicationId, 'approve', () => ({ approvedAt: ctx.now, refusalReason: null }), input.reason || null)
    : staffStep(ctx, input.applicationId, 'refuse', (app) => ({ refusalReason: input.reason ?? null, reviewedOnce: app.status === 'reviewRequested' }), input.reason ?? null)

export const assignLawyer: A['assignLawyer'] = (input, ctx) =>
  staffStep(ctx, input.applicationId, 'assign', (app, { lawyer }) => {
    if (lawyer?.kind !== 'lawyer') throw new AppError('INVALID_INPUT', '请从律师名单中选择', { lawyerId: '请从律师名单中选择' })
    if (lawyer.openid && lawyer.openid === app.subjectId) throw new AppError('INVALID_INPUT', '该律师是申请人本人，请另选律师', { lawyerId: '请另选律师' })
    return { lawyerId: lawyer._id, lawyerOpenid: lawyer.openid, lawyerName: lawyer.name }
  }, null, [], input.lawyerId)

export const requestAidReview: A['requestAidReview'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const { app, corrections } = await readApp(ctx, input.applicationId)
  if (app.subjectId !== actorId) throw forbidden()
  const key = stepKey(ctx)
  if (appliedBefore(app, key)) return aidDetail(app, ctx.now, { view: 'applicant', materialUrls: await materialLinks(app) })
  const move = stepAid(app.status, 'requestReview', { reviewedOnce: app.reviewedOnce })
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const entry: repo.AidTimelineDoc = { at: ctx.now, text: AID_STEP_TEXT.requestReview, by: '申请人', reason: input.reason, missing: [] }
  const moved = { ...app, status: move.status, reviewRequestedAt: ctx.now, updatedAt: ctx.now }
  const changes = { status: move.status, reviewRequestedAt: ctx.now, updatedAt: ctx.now, ...withDeadline(moved, corrections) }
  if (!(await repo.stepAid(app._id, app.status, changes, entry, key))) throw new AppError('CONFLICT', '该申请刚刚有了变化，请刷新后再试')
  const updated = { ...app, ...changes, timeline: [...app.timeline, entry] }
  await mirror(updated, ctx.now)
  return aidDetail(updated, ctx.now, { view: 'applicant', materialUrls: await materialLinks(updated) })
}
