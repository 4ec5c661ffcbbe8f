/** 法律咨询: a private thread between the asker and the lawyer on duty who picks it up. */
import type { legal } from '@/shared/contracts/legal'
import { formatForPeople } from '@/shared/time'
import * as rules from '@/shared/domain/legal/consultations'
import { requestKeyedId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { acceptFiles, fileLinks } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import { appliedBefore, callerName, forbidden, hasRole, knowCaller, logRead, stepKey } from '../access'
import * as repo from '../repo'
import { consultDetail, consultSummary } from '../views'

type A = Actions<typeof legal>

const link = (id: string) => `/centers/legal/pages/consultation/index?id=${id}`

function mirror(c: repo.ConsultDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: c.askerId,
      center: 'legal',
      kind: 'consultation',
      refId: c._id,
      // the category only: 我的 is seen over shoulders
      title: rules.consultTitle(c.category),
      status: c.status,
      statusText: rules.CONSULT_STATUS_TEXT[c.status],
      nextAt: null,
      whenText: `${formatForPeople(c.askedAt, false)} 提问`,
      place: null,
      link: link(c._id),
    },
    now,
  )
}

const photoLinks = (c: repo.ConsultDoc) => fileLinks(c.photos, 600)

/** The thread and its caller (one request); NOT_FOUND when there is none. */
async function load(ctx: ActionContext, id: string): Promise<repo.ConsultDoc> {
  const read = await repo.consultationWithCaller(id, ctx.actorId)
  await knowCaller(ctx, read)
  if (!read.doc) throw new AppError('NOT_FOUND', '没有找到该咨询')
  return read.doc
}

/** The thread, if the caller may read it: the asker, or a lawyer (any while unpicked, then the one who picked it up). */
async function readable(ctx: ActionContext, id: string): Promise<{ c: repo.ConsultDoc; isLawyer: boolean }> {
  const { actorId } = who(ctx)
  const c = await load(ctx, id)
  if (c.askerId === actorId) return { c, isLawyer: false }
  const isLawyer = await hasRole(ctx, 'lawyer')
  if (!rules.mayReadConsultation(c, actorId, isLawyer)) throw forbidden()
  return { c, isLawyer }
}

export const askQuestion: A['askQuestion'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await requireSafeText(actorId, { text: input.text })
  const [{ user }] = await Promise.all([ctx.caller(), acceptFiles(input.photos, { owners: [actorId], purpose: 'legalPhoto', field: 'photos' })])
  const now = ctx.now
  const c: repo.ConsultDoc = {
    // from the request: a retried tap names the same question
    _id: requestKeyedId(ctx),
    askerId: actorId,
    askerName: user?.profile?.name ?? '居民',
    category: input.category,
    status: 'waiting',
    messages: [{ from: 'asker', byName: '我', text: input.text, at: now }],
    photos: input.photos,
    lawyerId: null,
    lawyerName: null,
    rating: null,
    comment: null,
    askedAt: now,
    waitingSince: now,
    updatedAt: now,
  }
  if (!(await repo.insertConsultation(c))) {
    const first = await repo.getConsultation(c._id)
    if (first) return consultDetail(first, now, { id: actorId, isLawyer: false }, await photoLinks(first))
  }
  await mirror(c, now)
  return consultDetail(c, now, { id: actorId, isLawyer: false }, await photoLinks(c))
}

export const myConsultations: A['myConsultations'] = (input, ctx) =>
  fetchPage(repo.consultationsOf(who(ctx).actorId), input, (c: repo.ConsultDoc) => consultSummary(c, ctx.now))

export const getConsultation: A['getConsultation'] = async ({ consultationId }, ctx) => {
  const { c, isLawyer } = await readable(ctx, consultationId)
  if (isLawyer) await logRead(ctx, c._id, 'consultation', '查看咨询', rules.consultTitle(c.category))
  return consultDetail(c, ctx.now, { id: who(ctx).actorId, isLawyer }, await photoLinks(c))
}

export const answerConsultation: A['answerConsultation'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const { c } = await readable(ctx, input.consultationId)
  const key = stepKey(ctx)
  // a lawyer's step is no logged read: the reply carries no photo links (the page reads the thread again, logged)
  if (appliedBefore(c, key)) return consultDetail(c, ctx.now, { id: actorId, isLawyer: true }, [])
  if (c.askerId === actorId) throw new AppError('CONFLICT', '不能答复自己的咨询')
  const move = rules.answer(c.status)
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const name = await callerName(ctx, '值班律师')
  const message: repo.MessageDoc = { from: 'lawyer', byName: `${name}律师`, text: input.text, at: ctx.now }
  const changes = { status: move.status, lawyerId: actorId, lawyerName: name, updatedAt: ctx.now }
  if (!(await repo.stepConsultation(c, changes, key, message))) throw new AppError('CONFLICT', '另一位律师刚刚答复了该咨询，请刷新查看')
  const updated = { ...c, ...changes, messages: [...c.messages, message] }
  await Promise.all([
    mirror(updated, ctx.now),
    notify(c.askerId, `consultation_${c._id}_${updated.messages.length}`, 'legalProgress', link(c._id), {
      thing1: thing(rules.consultTitle(c.category)),
      phrase2: phrase('律师已答复'),
      thing3: thing('请进入小程序查看答复'),
    }, ctx.now),
  ])
  return consultDetail(updated, ctx.now, { id: actorId, isLawyer: true }, [])
}

export const followUp: A['followUp'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const c = await load(ctx, input.consultationId)
  if (c.askerId !== actorId) throw forbidden()
  const key = stepKey(ctx)
  if (appliedBefore(c, key)) return consultDetail(c, ctx.now, { id: actorId, isLawyer: false }, await photoLinks(c))
  const move = rules.followUp(c.status)
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  await requireSafeText(actorId, { text: input.text })
  const message: repo.MessageDoc = { from: 'asker', byName: '我', text: input.text, at: ctx.now }
  const changes = { status: move.status, waitingSince: c.status === 'waiting' ? c.waitingSince : ctx.now, updatedAt: ctx.now }
  if (!(await repo.stepConsultation(c, changes, key, message))) throw new AppError('CONFLICT', '该咨询刚刚有了新的答复，请刷新后再追问')
  const updated = { ...c, ...changes, messages: [...c.messages, message] }
  await mirror(updated, ctx.now)
  return consultDetail(updated, ctx.now, { id: actorId, isLawyer: false }, await photoLinks(c))
}

export const closeConsultation: A['closeConsultation'] = async ({ consultationId }, ctx) => {
  const { actorId } = who(ctx)
  const c = await load(ctx, consultationId)
  // either side closes: the asker, or the lawyer who picked it up
  if (c.askerId !== actorId && c.lawyerId !== actorId) throw forbidden()
  const key = stepKey(ctx)
  // the lawyer's reply carries no photo links (no logged read); the asker's own thread in full
  const links = async () => (c.askerId === actorId ? photoLinks(c) : [])
  if (appliedBefore(c, key)) return consultDetail(c, ctx.now, { id: actorId, isLawyer: c.lawyerId === actorId }, await links())
  const move = rules.close(c.status)
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const changes = { status: move.status, updatedAt: ctx.now }
  if (!(await repo.stepConsultation(c, changes, key))) throw new AppError('CONFLICT', '该咨询刚刚有了变化，请刷新后再试')
  const updated = { ...c, ...changes }
  await mirror(updated, ctx.now)
  return consultDetail(updated, ctx.now, { id: actorId, isLawyer: c.lawyerId === actorId }, await links())
}

export const rateConsultation: A['rateConsultation'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const c = await load(ctx, input.consultationId)
  if (c.askerId !== actorId) throw forbidden()
  const key = stepKey(ctx)
  if (appliedBefore(c, key)) return consultDetail(c, ctx.now, { id: actorId, isLawyer: false }, await photoLinks(c))
  const refusal = rules.mayRate(c)
  if (refusal) throw new AppError('CONFLICT', refusal)
  if (input.comment) await requireSafeText(actorId, { comment: input.comment })
  // rating also closes the thread: the resident is done with it
  const changes = { rating: input.rating, comment: input.comment || null, status: 'closed' as const, updatedAt: ctx.now }
  if (!(await repo.stepConsultation(c, changes, key))) throw new AppError('CONFLICT', '该咨询刚刚有了变化，请刷新后再评价')
  const updated = { ...c, ...changes }
  await mirror(updated, ctx.now)
  return consultDetail(updated, ctx.now, { id: actorId, isLawyer: false }, await photoLinks(c))
}
