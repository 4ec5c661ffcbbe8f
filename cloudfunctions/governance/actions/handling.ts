/** Dispatch, disposal and the reporter's answer: every move goes through `move`, lands on the timeline with who and when. */
import type { governance, ReportDetail } from '@/shared/contracts/governance'
import { CLOSE_REASON_TEXT, confirmBy, isOpen, mayRate, mayRead, type Move, move, MOVE_TEXT, type Mover, type Viewer } from '@/shared/domain/governance/reports'
import { gridAssignee, teamAssignee } from '@/shared/domain/governance/routing'
import { formatForPeople } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { requireSafeImages, requireSafeText } from '../../_kernel/content'
import { acceptFiles } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import * as repo from '../repo'
import { actorName, bumpTeam, count, countState, detailOf, isCommand, mirror, moversOf, tell, tellHandlers, viewerOf } from './shared'

type A = Actions<typeof governance>
type Doc = Record<string, unknown>

interface Loaded {
  r: repo.ReportDoc
  v: Viewer
  actorId: string
}

async function load(reportId: string, ctx: ActionContext): Promise<Loaded> {
  const { actorId } = who(ctx)
  const [r, command] = await Promise.all([repo.getReport(reportId), isCommand(ctx)])
  const v = r && viewerOf(r, actorId, command)
  if (!r || !v || !mayRead(r.public, v)) throw new AppError('NOT_FOUND', '没有找到该问题')
  return { r, v, actorId }
}

/** The role the caller makes the move in: FORBIDDEN when none of theirs may; CONFLICT when the state does not allow it. */
function moverFor(l: Loaded, m: Move): { mover: Mover; to: repo.ReportDoc['status'] } {
  const movers = moversOf(l.v)
  const outcomes = movers.map((mover) => ({ mover, outcome: move(l.r.status, m, mover) }))
  const ok = outcomes.find((o) => o.outcome.ok)
  if (ok?.outcome.ok) return { mover: ok.mover, to: ok.outcome.status }
  const stateRefusal = outcomes.find((o) => !o.outcome.ok && !o.outcome.message.startsWith('您不能'))
  if (stateRefusal && !stateRefusal.outcome.ok) throw new AppError('CONFLICT', stateRefusal.outcome.message)
  throw new AppError('FORBIDDEN', `您不能${MOVE_TEXT[m]}此问题`)
}

async function byLine(mover: Mover, ctx: ActionContext, r: repo.ReportDoc): Promise<string> {
  if (mover === 'reporter') return '上报人'
  const name = await actorName(ctx)
  if (mover === 'command') return `指挥中心 ${name}`
  return `${r.assignee?.teamName ?? '处置人员'} ${name}`
}

/** Makes a move: the changes only if nobody moved the report meanwhile; the timeline entry; 我的 for everyone watching. */
async function apply(l: Loaded, m: Move, ctx: ActionContext, changes: Doc, note: string | null, text: string = MOVE_TEXT[m], still: Doc = {}): Promise<repo.ReportDoc> {
  const { mover, to } = moverFor(l, m)
  const entry: repo.TimelineDoc = { at: ctx.now, text, by: await byLine(mover, ctx, l.r), note }
  const all = { ...changes, status: to, open: isOpen(to) }
  if (!(await repo.stepReport(l.r._id, l.r.status, all, entry, still))) throw new AppError('CONFLICT', '该问题刚被其他人处理过，请刷新后查看')
  const next = { ...l.r, ...all, updatedAt: ctx.now, timeline: [...l.r.timeline, entry] } as repo.ReportDoc
  await Promise.all([mirror(next, ctx.now), countState(l.r, l.r.status, to)])
  return next
}

/** The first answer to a report (accepting or closing it) counts for the 响应率. */
function respond(r: repo.ReportDoc, now: Date): { changes: Doc; count: () => Promise<void> } {
  if (r.respondedAt) return { changes: {}, count: () => Promise.resolve() }
  return {
    changes: { respondedAt: now, dueAt: r.resolveBy },
    // counted only once the move is made
    count: () => count(r, { kind: 'responded', onTime: now.getTime() <= r.respondBy.getTime() }),
  }
}

const view = (r: repo.ReportDoc, l: Loaded): Promise<ReportDetail> => detailOf(r, { ...l.v, isHandler: r.handlerIds.includes(l.actorId) })

export const dispatchReport: A['dispatchReport'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  const target = input.to.kind === 'grid' ? await repo.getGrid(input.to.id) : await repo.getTeam(input.to.id)
  if (!target) throw new AppError('NOT_FOUND', '没有找到该网格或队伍，请刷新后重新选择', { to: '请重新选择' })
  const full = input.to.kind === 'grid' ? gridAssignee(repo.asGrid(target as repo.GridDoc)) : teamAssignee(repo.asTeam(target as repo.TeamDoc))
  if (!full.handlerIds.length) throw new AppError('CONFLICT', '该队伍还没有成员，请先在「网格与队伍」中添加')
  const { handlerIds, ...assignee } = full
  // a re-dispatch leaves the status as it is: only from the handler read (two at once: one wins, the counters move once)
  const held = l.r.assignee ? { teamKey: l.r.teamKey, 'assignee.id': l.r.assignee.id } : { teamKey: l.r.teamKey }
  const next = await apply(l, 'dispatch', ctx, { assignee, handlerIds, teamKey: assignee.teamKey }, input.note, `派单至 ${assignee.name}`, held)
  // a report not yet answered is counted for the team that has it now
  if (!l.r.respondedAt && l.r.teamKey !== assignee.teamKey) {
    await Promise.all([
      l.r.teamKey ? bumpTeam(l.r, l.r.teamKey, l.r.assignee?.teamName ?? '', { received: -1 }) : Promise.resolve(),
      bumpTeam(l.r, assignee.teamKey, assignee.teamName, { received: 1 }),
    ])
  }
  await Promise.all([
    tell(next, `dispatched_${next.timeline.length}`, `已派至${assignee.name}`, ctx.now),
    tellHandlers(next, `dispatched_${next.timeline.length}`, `指挥中心派单：${input.note}`, ctx.now),
  ])
  return view(next, l)
}

export const acceptReport: A['acceptReport'] = async ({ reportId }, ctx) => {
  const l = await load(reportId, ctx)
  const answered = respond(l.r, ctx.now)
  const next = await apply(l, 'accept', ctx, answered.changes, null)
  await answered.count()
  return view(next, l)
}

export const updateReport: A['updateReport'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  moverFor(l, 'update')
  await requireSafeText(l.actorId, { note: input.note })
  const plannedAt = new Date(input.plannedAt)
  const next = await apply(l, 'update', ctx, { plannedAt }, input.note, `处置中，计划 ${formatForPeople(plannedAt)} 前完成`)
  return view(next, l)
}

export const disposeReport: A['disposeReport'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  moverFor(l, 'dispose')
  await acceptFiles(input.photos, { owners: [l.actorId], purpose: 'disposalPhoto', field: 'photos' })
  await Promise.all([requireSafeText(l.actorId, { text: input.text }), requireSafeImages(input.photos, { purpose: 'disposalPhoto', field: 'photos' })])
  const disposal = { text: input.text, photos: input.photos, at: ctx.now }
  const next = await apply(l, 'dispose', ctx, { disposal, confirmBy: confirmBy(ctx.now), dueAt: null }, input.text)
  await tell(next, `disposed_${next.timeline.length}`, '已处置，请确认是否解决', ctx.now)
  return view(next, l)
}

export const closeReport: A['closeReport'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  moverFor(l, 'close')
  await requireSafeText(l.actorId, { note: input.note ?? '', responsible: input.responsible ?? '', contact: input.contact ?? '' })
  const answered = respond(l.r, ctx.now)
  const responsible = input.reason === 'notOurs' ? { who: input.responsible as string, contact: input.contact as string } : null
  const note = [input.note, responsible ? `责任单位：${responsible.who}，联系方式：${responsible.contact}` : null].filter(Boolean).join('；') || null
  const changes = { ...answered.changes, closeReason: input.reason, closeNote: input.note || null, responsible, dueAt: null }
  const next = await apply(l, 'close', ctx, changes, note, `关闭：${CLOSE_REASON_TEXT[input.reason]}`)
  await Promise.all([answered.count(), count(l.r, { kind: 'closed', status: 'closed', reason: input.reason }), tell(next, 'closed', CLOSE_REASON_TEXT[input.reason], ctx.now)])
  return view(next, l)
}

export const confirmReport: A['confirmReport'] = async ({ reportId }, ctx) => {
  const l = await load(reportId, ctx)
  const next = await apply(l, 'confirm', ctx, { confirmBy: null }, null)
  await count(l.r, { kind: 'closed', status: 'fixed', reason: null })
  return view(next, l)
}

export const reopenReport: A['reopenReport'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  moverFor(l, 'reopen')
  await requireSafeText(l.actorId, { reason: input.reason })
  const next = await apply(l, 'reopen', ctx, { disposal: null, confirmBy: null, dueAt: l.r.resolveBy }, input.reason)
  await Promise.all([
    count(l.r, { kind: 'reopened', wasStatus: l.r.status }),
    tellHandlers(next, `reopened_${next.timeline.length}`, `居民反映未解决：${input.reason}`, ctx.now),
  ])
  return view(next, l)
}

export const rateReport: A['rateReport'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  if (!l.v.isReporter) throw new AppError('FORBIDDEN', '只有上报人可以评价')
  // the 满意率 is the residents' word on the handling, never the handler's own
  if (l.v.isHandler) throw new AppError('FORBIDDEN', '您是该问题的处置人员，不能评价自己的处置')
  if (!mayRate(l.r.status, !!l.r.rating)) throw new AppError('CONFLICT', l.r.rating ? '您已评价过了' : '问题办结后才能评价')
  await requireSafeText(l.actorId, { comment: input.comment ?? '' })
  const rating = { score: input.score, comment: input.comment || null }
  const entry: repo.TimelineDoc = { at: ctx.now, text: `评价 ${input.score} 星`, by: '上报人', note: rating.comment }
  // once: a second tap finds the rating given
  if (!(await repo.stepReport(l.r._id, l.r.status, { rating }, entry, { rating: null }))) throw new AppError('CONFLICT', '您已评价过了，或问题刚被处理过，请刷新后查看')
  await count(l.r, { kind: 'rated', score: input.score })
  return view({ ...l.r, rating, timeline: [...l.r.timeline, entry] }, l)
}

/** Duplicates close into the surviving report; their reporters and followers follow it from now on. */
export const mergeReports: A['mergeReports'] = async (input, ctx) => {
  const l = await load(input.reportId, ctx)
  if (!l.r.open) throw new AppError('CONFLICT', '保留的问题已办结，请选择一个仍在办理的问题')
  const ids = input.duplicateIds.filter((id) => id !== l.r._id)
  const dups = await repo.getReports(ids)
  if (dups.length !== ids.length) throw new AppError('NOT_FOUND', '有问题没有找到，请刷新后重新选择', { duplicateIds: '请重新选择' })
  // a private report would reach its new followers (我的, notices) with everything its reporter told only the street
  if (!l.r.public && dups.some((d) => d.open && d.watchers.some((p) => p !== l.r.reporterId))) {
    throw new AppError('CONFLICT', '保留的问题仅上报人可见，合并后其他居民会看到它的内容：请保留一个公开的问题，或将重复上报逐条关闭', { reportId: '请选择一个公开的问题保留' })
  }
  const by = `指挥中心 ${await actorName(ctx)}`
  const newcomers: string[] = []
  for (const d of dups) {
    if (!d.open) continue
    const entry: repo.TimelineDoc = { at: ctx.now, text: '合并为同一问题', by, note: `并入 ${l.r.placeName} 的「${l.r.description.slice(0, 20)}」` }
    const changes = { status: 'closed', open: false, closeReason: 'duplicate', mergedInto: l.r._id, dueAt: null, confirmBy: null }
    if (!(await repo.stepReport(d._id, d.status, changes, entry))) continue
    newcomers.push(...d.watchers)
    const closed = { ...d, ...changes, timeline: [...d.timeline, entry] } as repo.ReportDoc
    await Promise.all([mirror(closed, ctx.now), countState(d, d.status, 'closed'), count(d, { kind: 'closed', status: 'closed', reason: 'duplicate' })])
  }
  const people = [...new Set(newcomers)].filter((p) => p !== l.r.reporterId)
  // each one added as a follow adds itself (the set and its count in one update): a follow tapped meanwhile is not lost
  const added = await Promise.all(people.map((p) => repo.addFollower(l.r._id, p, ctx.now)))
  const followers = [...new Set([...l.r.followers, ...people])]
  const watchers = [...new Set([...l.r.watchers, ...people])]
  const survivor = { ...l.r, followers, watchers, followerCount: l.r.followerCount + added.filter(Boolean).length }
  await mirror(survivor, ctx.now, people)
  return view(survivor, l)
}
