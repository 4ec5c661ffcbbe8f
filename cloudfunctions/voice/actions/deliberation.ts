/**
 * 居民议事: topics raised in a community or building, supported and discussed by its verified residents, taken
 * to the council, resolved and publicly noticed (objections, a secret vote), implemented and rated.
 */
import { createHash } from 'node:crypto'
import type * as z from 'zod'
import type { TopicDetail, voice } from '@/shared/contracts/voice'
import {
  DELIBERATION_RULES, endOfDayAfter, inScope, mayGather, mayImplement, mayObject, mayOpenVote, mayPublishResolution, mayRate, mayScheduleCouncil,
  progressOf, type Scope, STEP_TEXT, stepTextOf, scopeKey, scopeText, thresholdFor, type VerifiedAddress, verifiedFrom, voteState, voterKey,
} from '@/shared/domain/voice/deliberation'
import { buildingOf } from '@/shared/domain/governance/routing'
import { formatForPeople } from '@/shared/time'
import { newId, randomCode } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { acceptFiles, fileLinks } from '../../_kernel/files'
import { type ActionContext, type Actions, type Caller, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage, iso } from '../../_kernel/paging'
import { isVoiceStaff, maskName } from '../access'
import * as repo from '../repo'

type A = Actions<typeof voice>

const link = (id: string) => `/centers/residents/pages/topic/index?id=${id}`
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24)

/** The caller's verified address (the badge), or null. */
function verifiedOf(caller: Caller): VerifiedAddress | null {
  return ((caller.user as unknown as { voice?: { verified?: VerifiedAddress } } | null)?.voice?.verified) ?? null
}

/** The scopes a person sees topics of: their verified address, else the address in their profile. */
function homeScopes(caller: Caller): string[] {
  const v = verifiedOf(caller)
  const community = v?.community ?? caller.user?.profile?.community
  if (!community) return []
  const building = v ? v.building : buildingOf(caller.user?.profile?.address)
  return [scopeKey({ kind: 'community', community, building: null }), ...(building ? [scopeKey({ kind: 'building', community, building })] : [])]
}

const ballotIdOf = (topicId: string, key: string) => `${topicId}_${hash(`${topicId}\n${key}`)}`

function summary(t: repo.TopicDoc, now: Date) {
  return {
    id: t._id,
    title: t.title,
    scopeText: scopeText(t.scope),
    step: t.step,
    stepText: stepTextOf(t, now),
    supportCount: t.supportCount,
    threshold: t.threshold,
    progress: t.progress,
    byCouncil: t.byCouncil,
    updatedAt: iso(t.updatedAt),
  }
}

async function detail(read: repo.TopicRead & { topic: repo.TopicDoc }, caller: Caller, staff: boolean, now: Date): Promise<z.input<typeof TopicDetail>> {
  const t = read.topic
  const here = inScope(t.scope, verifiedOf(caller))
  const vState = voteState(t, now)
  const updates = await Promise.all(t.updates.map(async (u) => ({ at: iso(u.at), text: u.text, percent: u.percent, photoUrls: await fileLinks(u.photos, 600) })))
  return {
    ...summary(t, now),
    body: t.body,
    proposer: t.byCouncil ? '居民议事会' : maskName(t.proposerName),
    gatherUntil: iso(t.gatherUntil),
    comments: t.comments.map((c) => ({ by: c.by, text: c.text, at: iso(c.at) })),
    council: t.council ? { ...t.council, at: iso(t.council.at) } : null,
    resolution: t.resolution ? { ...t.resolution, publishedAt: iso(t.resolution.publishedAt), noticeUntil: iso(t.resolution.noticeUntil) } : null,
    objections: staff ? read.objections.map((o) => ({ text: o.text, at: iso(o.at) })) : [],
    vote: t.vote ? { question: t.vote.question, options: t.vote.options, perHousehold: t.vote.perHousehold, closesAt: iso(t.vote.closesAt), state: vState, ballotCount: t.vote.ballotCount } : null,
    tasks: t.tasks,
    updates,
    rating: { count: t.ratingCount, average: t.ratingCount ? Math.round((t.ratingSum / t.ratingCount) * 10) / 10 : null },
    inScope: here,
    staff,
    supported: read.supported,
    objected: read.objected,
    rated: read.rated,
    ballotReceipt: read.ballot?.receipt ?? null,
    can: {
      support: here && !read.supported && mayGather(t, now) === null,
      comment: here && mayGather(t, now) === null,
      object: here && !read.objected && mayObject(t, now) === null,
      vote: here && !read.ballot && vState === 'open',
      rate: here && !read.rated && mayRate(t) === null,
    },
  }
}

/** Reads the topic for the caller (1 request besides the caller's own): FORBIDDEN outside their scope unless staff. */
async function readable(ctx: ActionContext, topicId: string) {
  const { actorId } = who(ctx)
  const caller = await ctx.caller()
  const staff = await isVoiceStaff(ctx)
  const v = verifiedOf(caller)
  // the ballot a vote of the viewer would have, per household and per person: the topic says which counts
  const ballotIds = v ? [ballotIdOf(topicId, voterKey(true, actorId, v)), ballotIdOf(topicId, voterKey(false, actorId, v))] : []
  const read = await repo.readTopic(topicId, actorId, ballotIds, staff)
  const t = read.topic
  if (!t) throw new AppError('NOT_FOUND', '没有找到该议题')
  if (!staff && !homeScopes(caller).includes(t.scopeKey)) throw new AppError('FORBIDDEN', '这个议题属于其他社区或楼栋，只有该范围的居民可以查看')
  if (t.vote) read.ballot = read.ballots.find((b) => b._id === ballotIds[t.vote?.perHousehold ? 0 : 1]) ?? null
  return { read: read as repo.TopicRead & { topic: repo.TopicDoc }, caller, staff, v }
}

function mirror(t: repo.TopicDoc, now: Date): Promise<void> {
  if (!t.proposerId) return Promise.resolve()
  return putMyItem(
    {
      ownerId: t.proposerId,
      center: 'residents',
      kind: 'topic',
      refId: t._id,
      title: `议题：${t.title}`,
      status: t.step,
      statusText: stepTextOf(t, now),
      nextAt: t.council && t.step === 'council' ? t.council.at : null,
      whenText: t.council && t.step === 'council' ? `${formatForPeople(t.council.at)} 议事会` : `${formatForPeople(t.createdAt, false)} 提出`,
      place: t.council && t.step === 'council' ? t.council.place : scopeText(t.scope),
      link: link(t._id),
    },
    now,
  )
}

function tell(t: repo.TopicDoc, event: string, what: string, now: Date): Promise<number> {
  if (!t.proposerId) return Promise.resolve(0)
  return notify(t.proposerId, `topic_${t._id}_${event}`, 'voiceProgress', link(t._id), { thing1: thing(`议题：${t.title}`), phrase2: phrase(STEP_TEXT[t.step].slice(0, 5)), thing3: thing(what) }, now)
}

/** A staff move: applies `changes` from the step read, then answers the new detail. */
async function staffMove(ctx: ActionContext, topicId: string, refuse: (t: repo.TopicDoc) => string | null, changes: (t: repo.TopicDoc) => Partial<repo.TopicDoc>, event?: (t: repo.TopicDoc) => [string, string]) {
  const { read, caller } = await readable(ctx, topicId)
  const t = read.topic
  const refusal = refuse(t)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const patch = { ...changes(t), updatedAt: ctx.now }
  if (!(await repo.stepTopic(t, patch))) throw new AppError('CONFLICT', '该议题刚刚有了变化，请刷新后再试')
  const updated = { ...t, ...patch, rev: (t.rev ?? 0) + 1 } as repo.TopicDoc
  const told = event?.(updated)
  await Promise.all([mirror(updated, ctx.now), told ? tell(updated, told[0], told[1], ctx.now) : Promise.resolve(0)])
  return detail({ ...read, topic: updated }, caller, true, ctx.now)
}

// ---- the badge -------------------------------------------------------------------------------------------------

function verificationView(caller: Caller, doc: repo.VerificationDoc | null) {
  const v = verifiedOf(caller)
  return { verified: !!v, community: v?.community ?? null, building: v?.building ?? null, pending: doc?.status === 'pending', refusal: doc?.status === 'refused' ? doc.refusal : null }
}

export const myVerification: A['myVerification'] = async (_input, ctx) => {
  const { actorId } = who(ctx)
  const [caller, doc] = await Promise.all([ctx.caller(), repo.getVerification(hash(`verify\n${actorId}`))])
  return verificationView(caller, doc)
}

/** A resident asks community staff to verify the address in their profile. */
export const askVerification: A['askVerification'] = async (_input, ctx) => {
  const { actorId } = who(ctx)
  const caller = await ctx.caller()
  const profile = caller.user?.profile
  if (!profile) throw new AppError('CONFLICT', '请先在「我的 → 完善个人资料」中填写姓名、社区和地址')
  const doc: repo.VerificationDoc = { _id: hash(`verify\n${actorId}`), personId: actorId, name: profile.name, community: profile.community, address: profile.address, status: 'pending', refusal: null, askedAt: ctx.now, decidedAt: null }
  await repo.saveVerification(doc)
  return verificationView(caller, doc)
}

export const listVerifications: A['listVerifications'] = (input) =>
  fetchPage(repo.pendingVerifications(), input, (d: repo.VerificationDoc) => ({ id: d._id, name: d.name, community: d.community, address: d.address, askedAt: iso(d.askedAt) }))

/** Community staff verify (or refuse) a resident's address: the badge, with the household it gives. */
export const verifyAddress: A['verifyAddress'] = async (input, ctx) => {
  const doc = await repo.getVerification(input.verificationId)
  if (!doc) throw new AppError('NOT_FOUND', '没有找到该认证申请')
  // the badge lets its holder support and vote in that community: never given to oneself
  if (doc.personId === who(ctx).actorId) throw new AppError('FORBIDDEN', '不能认证自己的地址，请由其他工作人员审核')
  const changes = input.approve ? { status: 'verified', decidedAt: ctx.now } : { status: 'refused', refusal: input.reason ?? null, decidedAt: ctx.now }
  if (!(await repo.decideVerification(doc._id, changes))) throw new AppError('CONFLICT', '该申请已处理')
  if (input.approve) await repo.updateUser(doc.personId, { 'voice.verified': verifiedFrom(doc.community, doc.address) })
  return { done: true as const }
}

// ---- 1. raise a topic · 2. gather opinions ------------------------------------------------------------------------

export const proposeTopic: A['proposeTopic'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const caller = await ctx.caller()
  const staff = await isVoiceStaff(ctx)
  const v = verifiedOf(caller)
  let scope: Scope
  if (staff && input.community) {
    if (input.scope === 'building' && !input.building) throw new AppError('INVALID_INPUT', '请填写楼栋', { building: '请填写楼栋，如 3号楼' })
    scope = { kind: input.scope, community: input.community, building: input.scope === 'building' ? (input.building ?? null) : null }
  } else {
    if (!v) throw new AppError('FORBIDDEN', '地址经社区认证后才能提出议题：请先在居民议事页申请地址认证')
    if (input.scope === 'building' && !v.building) throw new AppError('INVALID_INPUT', '您认证的地址没有楼栋，请选择社区议题', { scope: '请选择社区议题' })
    scope = { kind: input.scope, community: v.community, building: input.scope === 'building' ? v.building : null }
  }
  await requireSafeText(actorId, { title: input.title, body: input.body })
  const byCouncil = staff && !!input.community
  const now = ctx.now
  const t: repo.TopicDoc = {
    _id: newId(),
    title: input.title,
    body: input.body,
    scope,
    scopeKey: scopeKey(scope),
    proposerId: byCouncil ? null : actorId,
    proposerName: caller.user?.profile?.name ?? '居民',
    byCouncil,
    step: 'gathering',
    gatherUntil: endOfDayAfter(now, DELIBERATION_RULES.gatherDays),
    threshold: thresholdFor(scope.kind),
    supportCount: 0,
    comments: [],
    council: null,
    resolution: null,
    vote: null,
    tasks: [],
    updates: [],
    progress: 0,
    ratingCount: 0,
    ratingSum: 0,
    createdAt: now,
    updatedAt: now,
  }
  await repo.insertTopic(t)
  await mirror(t, now)
  return detail({ topic: t, supported: false, objected: false, rated: false, ballots: [], ballot: null, objections: [] }, caller, staff, now)
}

/** Topics of the caller's community and building (staff: all), newest activity first: 2 requests a page. */
export const listTopics: A['listTopics'] = async (input, ctx) => {
  const caller = await ctx.caller()
  const staff = await isVoiceStaff(ctx)
  const scopes = staff ? null : homeScopes(caller)
  if (scopes && !scopes.length) return { items: [], page: input.page, pageSize: input.pageSize, hasMore: false }
  return fetchPage(repo.topicsIn(scopes, input.step), input, (t: repo.TopicDoc) => summary(t, ctx.now))
}

export const getTopic: A['getTopic'] = async ({ topicId }, ctx) => {
  const { read, caller, staff } = await readable(ctx, topicId)
  return detail(read, caller, staff, ctx.now)
}

/**
 * One support per verified resident of the scope, however many tap at once: the person's record is unique, the
 * count moves once per record. Caller, topic, record, count: 4 requests.
 */
export const supportTopic: A['supportTopic'] = async ({ topicId }, ctx) => {
  const { actorId } = who(ctx)
  const [caller, t] = await Promise.all([ctx.caller(), repo.getTopic(topicId)])
  if (!t) throw new AppError('NOT_FOUND', '没有找到该议题')
  if (!inScope(t.scope, verifiedOf(caller))) throw new AppError('FORBIDDEN', `只有地址经认证的${scopeText(t.scope)}居民可以支持`)
  const refusal = mayGather(t, ctx.now)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const id = repo.personalId(topicId, actorId)
  if (!(await repo.addPersonal('voice_supports', { _id: id, topicId, at: ctx.now }))) return { supportCount: t.supportCount, supported: true as const }
  if (!(await repo.countSupport(topicId, ctx.now))) {
    await repo.removePersonal('voice_supports', id)
    throw new AppError('CONFLICT', '征求意见刚刚结束')
  }
  return { supportCount: t.supportCount + 1, supported: true as const }
}

export const commentTopic: A['commentTopic'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const { read, caller, staff, v } = await readable(ctx, input.topicId)
  const t = read.topic
  if (!inScope(t.scope, v)) throw new AppError('FORBIDDEN', `只有地址经认证的${scopeText(t.scope)}居民可以发表意见`)
  const refusal = mayGather(t, ctx.now)
  if (refusal) throw new AppError('CONFLICT', refusal)
  await requireSafeText(actorId, { text: input.text })
  const comment = { by: `${maskName(caller.user?.profile?.name ?? '居民')}${v?.building ? `（${v.building}）` : ''}`, text: input.text, at: ctx.now }
  if (!(await repo.pushComment(t._id, comment, ctx.now))) throw new AppError('CONFLICT', '征求意见刚刚结束')
  return detail({ ...read, topic: { ...t, comments: [...t.comments, comment], updatedAt: ctx.now } }, caller, staff, ctx.now)
}

// ---- 3. council deliberation ----------------------------------------------------------------------------------------

export const scheduleCouncil: A['scheduleCouncil'] = (input, ctx) =>
  staffMove(
    ctx,
    input.topicId,
    (t) => mayScheduleCouncil(t) ?? (new Date(input.at).getTime() <= ctx.now.getTime() ? '会议时间应晚于现在' : null),
    (t) => ({ step: 'council', council: { at: new Date(input.at), place: input.place, agenda: input.agenda, attendance: t.council?.attendance ?? [], minutes: null } }),
    () => ['council', `议事会 ${formatForPeople(input.at)} 协商`],
  )

export const recordMinutes: A['recordMinutes'] = (input, ctx) =>
  staffMove(
    ctx,
    input.topicId,
    (t) => (t.step !== 'council' || !t.council ? '请先安排议事会' : null),
    (t) => ({ council: { ...(t.council as NonNullable<repo.TopicDoc['council']>), attendance: input.attendance, minutes: input.minutes } }),
  )

// ---- 4. resolution and public notice ---------------------------------------------------------------------------------

export const publishResolution: A['publishResolution'] = (input, ctx) =>
  staffMove(
    ctx,
    input.topicId,
    (t) => mayPublishResolution(t),
    () => ({
      step: 'notice',
      resolution: { decision: input.decision, reasons: input.reasons, accepted: input.accepted, needsVote: input.needsVote, publishedAt: ctx.now, noticeUntil: endOfDayAfter(ctx.now, DELIBERATION_RULES.noticeDays), objectionCount: 0 },
    }),
    () => ['resolution', input.accepted ? '决议已公示，公示期内可提出异议' : '议事会决议不予采纳，理由已公示'],
  )

export const objectResolution: A['objectResolution'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const { read, caller, staff, v } = await readable(ctx, input.topicId)
  const t = read.topic
  if (!inScope(t.scope, v)) throw new AppError('FORBIDDEN', `只有地址经认证的${scopeText(t.scope)}居民可以提出异议`)
  const refusal = mayObject(t, ctx.now)
  if (refusal) throw new AppError('CONFLICT', refusal)
  if (read.objected) throw new AppError('CONFLICT', '您已对该决议提出过异议')
  await requireSafeText(actorId, { text: input.text })
  const id = repo.personalId(t._id, actorId)
  // staff read the reasons, never the names (the record is keyed by person only to allow one each)
  if (!(await repo.addPersonal('voice_objections', { _id: id, topicId: t._id, text: input.text, at: ctx.now }))) throw new AppError('CONFLICT', '您已对该决议提出过异议')
  if (!(await repo.countObjection(t._id, ctx.now))) {
    await repo.removePersonal('voice_objections', id)
    throw new AppError('CONFLICT', '公示期刚刚结束')
  }
  const resolution = { ...(t.resolution as NonNullable<repo.TopicDoc['resolution']>), objectionCount: (t.resolution?.objectionCount ?? 0) + 1 }
  return detail({ ...read, objected: true, topic: { ...t, resolution } }, caller, staff, ctx.now)
}

export const openVote: A['openVote'] = (input, ctx) =>
  staffMove(
    ctx,
    input.topicId,
    (t) => mayOpenVote(t, new Date(input.closesAt), ctx.now),
    () => {
      const options = input.options.map((label, i) => ({ key: `o${i + 1}`, label }))
      return { vote: { question: input.question, options, perHousehold: input.perHousehold, opensAt: ctx.now, closesAt: new Date(input.closesAt), totals: Object.fromEntries(options.map((o) => [o.key, 0])), ballotCount: 0 } }
    },
    () => ['vote', `居民表决已开始，${formatForPeople(input.closesAt)} 截止`],
  )

/**
 * A secret ballot: the ballot record (unique per household or person) holds a receipt and nothing of the choice;
 * the choice is only ever an increment of its option's total. Caller, topic, ballot, total: 4 requests.
 */
export const castVote: A['castVote'] = async ({ topicId, option }, ctx) => {
  const { actorId } = who(ctx)
  const [caller, t] = await Promise.all([ctx.caller(), repo.getTopic(topicId)])
  if (!t) throw new AppError('NOT_FOUND', '没有找到该议题')
  const v = verifiedOf(caller)
  if (!v || !inScope(t.scope, v)) throw new AppError('FORBIDDEN', `只有地址经认证的${scopeText(t.scope)}居民可以表决`)
  if (!t.vote || voteState(t, ctx.now) !== 'open') throw new AppError('CONFLICT', '现在不在表决时间内')
  if (!t.vote.options.some((o) => o.key === option)) throw new AppError('INVALID_INPUT', '请选择一个选项', { option: '请选择一个选项' })
  const id = ballotIdOf(topicId, voterKey(t.vote.perHousehold, actorId, v))
  const receipt = randomCode(8)
  if (!(await repo.addBallot(id, topicId, receipt))) throw new AppError('CONFLICT', t.vote.perHousehold ? '您家已经投过票（每户一票）' : '您已经投过票')
  if (!(await repo.countBallot(topicId, option, ctx.now))) {
    await repo.removePersonal('voice_ballots', id)
    throw new AppError('CONFLICT', '表决刚刚结束')
  }
  return { receipt }
}

export const voteResults: A['voteResults'] = async ({ topicId }, ctx) => {
  const { read } = await readable(ctx, topicId)
  const t = read.topic
  if (!t.vote) throw new AppError('NOT_FOUND', '该议题没有表决')
  const state = voteState(t, ctx.now)
  const totals = t.vote.totals
  return {
    state,
    question: t.vote.question,
    perHousehold: t.vote.perHousehold,
    closesAt: iso(t.vote.closesAt),
    ballotCount: t.vote.ballotCount,
    totals: state === 'closed' ? t.vote.options.map((o) => ({ key: o.key, label: o.label, count: totals[o.key] ?? 0 })) : null,
    myReceipt: read.ballot?.receipt ?? null,
    counted: !!read.ballot,
  }
}

// ---- 5. implementation and evaluation -----------------------------------------------------------------------------------

export const addTask: A['addTask'] = (input, ctx) =>
  staffMove(
    ctx,
    input.topicId,
    (t) => mayImplement(t, ctx.now) ?? (t.tasks.length >= 50 ? '任务最多 50 项' : null),
    (t) => {
      const tasks = [...t.tasks, { id: `t${t.tasks.length + 1}`, title: input.title, owner: input.owner, dueDay: input.dueDay, done: false }]
      return { step: 'implementing', tasks, progress: progressOf(tasks) }
    },
    (t) => [`task${t.tasks.length}`, `新增实施任务：${input.title}`],
  )

export const updateTask: A['updateTask'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await acceptFiles(input.photos, { owners: [actorId], purpose: 'progressPhoto', field: 'photos' })
  return staffMove(
    ctx,
    input.topicId,
    (t) => (t.step !== 'implementing' ? '只有实施中的议题可以更新进展' : !t.tasks.some((k) => k.id === input.taskId) ? '没有找到该任务' : null),
    (t) => {
      const tasks = t.tasks.map((k) => (k.id === input.taskId ? { ...k, done: k.done || input.done } : k))
      const progress = progressOf(tasks)
      const title = t.tasks.find((k) => k.id === input.taskId)?.title ?? ''
      const update = { at: ctx.now, text: `${title}：${input.note}`, percent: progress, photos: input.photos }
      return { tasks, progress, updates: [...t.updates, update], step: progress === 100 ? 'evaluating' : 'implementing' }
    },
    (t) => [`progress${t.updates.length}`, t.progress === 100 ? '已全部完成，请您评议' : `实施进度 ${t.progress}%`],
  )
}

export const rateOutcome: A['rateOutcome'] = async ({ topicId, score }, ctx) => {
  const { actorId } = who(ctx)
  const { read, caller, staff, v } = await readable(ctx, topicId)
  const t = read.topic
  if (!inScope(t.scope, v)) throw new AppError('FORBIDDEN', `只有地址经认证的${scopeText(t.scope)}居民可以评议`)
  const refusal = mayRate(t)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const id = repo.personalId(topicId, actorId)
  if (!(await repo.addPersonal('voice_ratings', { _id: id, topicId }))) throw new AppError('CONFLICT', '您已评议过')
  if (!(await repo.countRating(topicId, score))) {
    await repo.removePersonal('voice_ratings', id)
    throw new AppError('CONFLICT', '该议题刚刚结束评议')
  }
  return detail({ ...read, rated: true, topic: { ...t, ratingCount: t.ratingCount + 1, ratingSum: t.ratingSum + score } }, caller, staff, ctx.now)
}
