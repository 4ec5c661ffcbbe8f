/** 社情民意: residents send opinions and demands; staff answer, forward or put them on a talk's agenda. */
import type { voice } from '@/shared/contracts/voice'
import { centerByCode } from '@/shared/domain/centers'
import { isStaffOf } from '@/shared/domain/roles'
import { maySecond, mayReadOpinion, moveOpinion, type OpinionMove, opinionTitle } from '@/shared/domain/voice/opinions'
import { formatForPeople } from '@/shared/time'
import { newId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { acceptFiles, fileLinks } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import { exportSheet } from '../../_kernel/sheets'
import { callerName, forbidden, isVoiceStaff } from '../access'
import * as repo from '../repo'
import { opinionDetail, opinionSummary, statusTextOf, type Viewer } from '../views'

type A = Actions<typeof voice>

const link = (id: string) => `/centers/residents/pages/opinion/index?id=${id}`

function mirror(o: repo.OpinionDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: o.authorId,
      center: 'residents',
      kind: 'opinion',
      refId: o._id,
      title: opinionTitle(o.kind, o.category),
      status: o.status,
      statusText: statusTextOf(o),
      nextAt: null,
      whenText: `${formatForPeople(o.createdAt, false)} 提交`,
      place: o.forward ? o.forward.centerName : '居民服务中心',
      link: link(o._id),
    },
    now,
  )
}

const photoLinks = (o: repo.OpinionDoc) => fileLinks(o.photos, 600)

async function viewerOf(ctx: ActionContext): Promise<Viewer> {
  return { id: who(ctx).actorId, staff: await isVoiceStaff(ctx) }
}

export const submitOpinion: A['submitOpinion'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await requireSafeText(actorId, { text: input.text })
  const [{ user }] = await Promise.all([ctx.caller(), acceptFiles(input.photos, { owners: [actorId], purpose: 'opinionPhoto', field: 'photos' })])
  if (!user?.profile) throw new AppError('CONFLICT', '请先在「我的 → 完善个人资料」中填写姓名、社区和地址，再反映意见')
  const now = ctx.now
  const o: repo.OpinionDoc = {
    _id: newId(),
    authorId: actorId,
    authorName: user.profile.name,
    community: user.profile.community,
    kind: input.kind,
    category: input.category,
    text: input.text,
    photos: input.photos,
    public: input.public,
    anonymous: input.anonymous,
    status: 'submitted',
    answer: null,
    forward: null,
    agenda: null,
    timeline: [{ at: now, text: '提交', by: '我' }],
    seconders: [],
    secondCount: 0,
    createdAt: now,
    updatedAt: now,
  }
  await repo.insertOpinion(o)
  await mirror(o, now)
  return opinionDetail(o, { id: actorId, staff: false }, await photoLinks(o))
}

export const myOpinions: A['myOpinions'] = (input, ctx) => {
  const v = { id: who(ctx).actorId, staff: false }
  return fetchPage(repo.opinionsOf(v.id), input, (o: repo.OpinionDoc) => opinionSummary(o, v))
}

/** Staff see every opinion by the filters; residents (and staff asking for it) the public ones: 2 requests a page. */
export const listOpinions: A['listOpinions'] = async (input, ctx) => {
  const v = await viewerOf(ctx)
  const publicOnly = input.publicOnly || !v.staff
  return fetchPage(repo.opinionBoard({ status: input.status, category: input.category, publicOnly }), input, (o: repo.OpinionDoc) => opinionSummary(o, v))
}

/** The board as an xlsx for Excel and WPS (Chinese headers; names, never contacts); a link valid for an hour. */
export const exportOpinions: A['exportOpinions'] = async (input, ctx) => {
  const rows = await repo.opinionSheet(input)
  const outcome = (o: repo.OpinionDoc) => o.answer?.text ?? (o.forward ? `转交${o.forward.centerName}${o.forward.reference ? `（${o.forward.reference}）` : ''}：${o.forward.note}` : o.agenda ? `列入${o.agenda.title}议程：${o.agenda.note}` : '')
  return exportSheet('voice/opinions', {
    name: '社情民意',
    columns: [
      { header: '提交时间', width: 20, value: (o) => formatForPeople(o.createdAt) },
      { header: '类型', width: 6, value: (o) => o.kind },
      { header: '类别', value: (o) => o.category },
      { header: '内容', width: 50, value: (o) => o.text },
      { header: '反映人', value: (o) => o.authorName },
      { header: '社区', width: 18, value: (o) => o.community },
      { header: '公开', width: 6, value: (o) => (o.public ? (o.anonymous ? '公开（匿名）' : '公开') : '不公开') },
      { header: '附议人数', width: 8, value: (o) => o.secondCount },
      { header: '状态', width: 24, value: (o) => statusTextOf(o) },
      { header: '答复或去向', width: 50, value: outcome },
    ],
    rows,
  }, ctx.now)
}

async function readable(ctx: ActionContext, id: string): Promise<{ o: repo.OpinionDoc; v: Viewer }> {
  const { actorId } = who(ctx)
  const o = await repo.getOpinion(id)
  if (!o) throw new AppError('NOT_FOUND', '没有找到该意见')
  if (o.authorId === actorId) return { o, v: { id: actorId, staff: await isVoiceStaff(ctx) } }
  const v = await viewerOf(ctx)
  const target = !!o.forward && isStaffOf((await ctx.caller()).roles, o.forward.center)
  if (!mayReadOpinion(o, actorId, v.staff, target)) throw forbidden('这条未公开的意见')
  return { o, v }
}

export const getOpinion: A['getOpinion'] = async ({ opinionId }, ctx) => {
  const { o, v } = await readable(ctx, opinionId)
  return opinionDetail(o, v, await photoLinks(o))
}

/** Once per resident however often and however many tap at once: one conditional update. */
export const secondOpinion: A['secondOpinion'] = async ({ opinionId }, ctx) => {
  const { actorId } = who(ctx)
  const o = await repo.getOpinion(opinionId)
  if (!o) throw new AppError('NOT_FOUND', '没有找到该意见')
  if (!o.public) throw forbidden('这条未公开的意见')
  if (o.seconders.includes(actorId)) return { secondCount: o.secondCount, seconded: true as const }
  const refusal = maySecond(o, actorId)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const added = await repo.addSeconder(opinionId, actorId)
  if (!added) {
    // another tap of the same person won, or the opinion was answered meanwhile
    const now = await repo.getOpinion(opinionId)
    if (now?.seconders.includes(actorId)) return { secondCount: now.secondCount, seconded: true as const }
    throw new AppError('CONFLICT', '该意见刚刚已答复，无需再附议')
  }
  return { secondCount: o.secondCount + 1, seconded: true as const }
}

/** A staff move on an opinion, recorded on its timeline, mirrored to 我的, and told to the author. */
async function handle(ctx: ActionContext, opinionId: string, move: OpinionMove, changes: (o: repo.OpinionDoc, by: string) => Promise<Partial<repo.OpinionDoc>> | Partial<repo.OpinionDoc>, says: (o: repo.OpinionDoc) => string) {
  const { actorId } = who(ctx)
  const o = await repo.getOpinion(opinionId)
  if (!o) throw new AppError('NOT_FOUND', '没有找到该意见')
  const step = moveOpinion(o.status, move)
  if (!step.ok) throw new AppError('CONFLICT', step.message)
  const by = `居民服务中心 ${await callerName(ctx)}`
  const patch = { ...(await changes(o, by)), status: step.status }
  const updated: repo.OpinionDoc = { ...o, ...patch, updatedAt: ctx.now }
  const entry = { at: ctx.now, text: says(updated), by }
  if (!(await repo.stepOpinion(o._id, o.status, patch, entry))) throw new AppError('CONFLICT', '该意见刚刚有了变化，请刷新后再办理')
  updated.timeline = [...o.timeline, entry]
  await Promise.all([
    mirror(updated, ctx.now),
    notify(o.authorId, `opinion_${o._id}_${updated.timeline.length}`, 'voiceProgress', link(o._id), {
      thing1: thing(opinionTitle(o.kind, o.category)),
      phrase2: phrase(statusTextOf(updated).slice(0, 5)),
      thing3: thing(entry.text),
    }, ctx.now),
  ])
  return opinionDetail(updated, { id: actorId, staff: true }, await photoLinks(updated))
}

export const answerOpinion: A['answerOpinion'] = async (input, ctx) =>
  handle(ctx, input.opinionId, 'answer', (_o, by) => ({ answer: { text: input.text, by, at: ctx.now } }), () => '已答复，请查看答复内容')

/**
 * 转交: recorded here with the owning center and its case number (when staff filed one there); the owning
 * center's own function is not written to, so its record links back only through that number.
 */
export const forwardOpinion: A['forwardOpinion'] = async (input, ctx) => {
  const centerName = centerByCode(input.center)?.name ?? input.center
  return handle(
    ctx,
    input.opinionId,
    'forward',
    () => ({ forward: { center: input.center, centerName, reference: input.reference || null, note: input.note, at: ctx.now } }),
    () => `已转交${centerName}办理${input.reference ? `（受理编号 ${input.reference}）` : ''}：${input.note}`,
  )
}

export const agendaOpinion: A['agendaOpinion'] = async (input, ctx) => {
  const reception = await repo.getReception(input.receptionId)
  if (!reception?.active) throw new AppError('NOT_FOUND', '没有找到该接待日', { receptionId: '请重新选择接待日' })
  return handle(
    ctx,
    input.opinionId,
    'agenda',
    () => ({ agenda: { receptionId: reception._id, title: reception.title, cadreName: reception.cadreName, note: input.note, at: ctx.now } }),
    () => `已列入「${reception.title}（${reception.cadreName}）」议程：${input.note}`,
  )
}
