/** 双报到 service posts: communities publish them, reported members sign up (kernel claim), staff record the service. */
import type { party } from '@/shared/contracts/party'
import { managedCommunities, mayManage, periodRefusal, SIGNUP_STATUS_TEXT, signUpRefusal, periodText } from '@/shared/domain/party/posts'
import { claim, release } from '../../_kernel/claim'
import { newId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing, when } from '../../_kernel/notify'
import { creditHours } from '../../_kernel/hours'
import { fetchPage } from '../../_kernel/paging'
import { MEMBER_PAGE, POSTS_PAGE, postView, rosterRow, signupView } from '../member-views'
import * as repo from '../repo'

type A = Actions<typeof party>

/** The communities the caller manages ('all' for party staff). */
export async function managed(ctx: ActionContext): Promise<string[] | 'all'> {
  const { user, roles } = await ctx.caller()
  return managedCommunities(roles, user?.profile?.community)
}

function mirrorSignup(s: repo.SignupDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: s.memberOwner,
      center: 'party',
      kind: 'partyPost',
      refId: s.postId,
      title: `服务岗位：${s.title}`,
      status: s.status,
      statusText: s.status === 'served' ? `已服务 ${s.hours ?? 0} 小时` : SIGNUP_STATUS_TEXT[s.status],
      nextAt: s.status === 'signedUp' && s.startAt.getTime() > now.getTime() ? s.startAt : null,
      whenText: periodText(s.startAt, s.endAt),
      place: s.place,
      link: POSTS_PAGE,
    },
    now,
  )
}

export const publishPost: A['publishPost'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  if (!mayManage(await managed(ctx), input.community)) throw new AppError('FORBIDDEN', '只能发布本社区的服务岗位')
  const startAt = new Date(input.startAt)
  const endAt = new Date(input.endAt)
  const refusal = periodRefusal(startAt, endAt, ctx.now)
  if (refusal) throw new AppError('INVALID_INPUT', refusal, { endAt: refusal })
  await requireSafeText(actorId, { title: input.title, description: input.description })
  const doc: repo.PostDoc = {
    _id: newId(),
    community: input.community,
    kind: input.kind,
    title: input.title,
    description: input.description,
    place: input.place,
    startAt,
    endAt,
    capacity: input.capacity,
    taken: 0,
    placesLeft: input.capacity,
    hours: input.hours,
    status: 'open',
    publishedBy: actorId,
    createdAt: ctx.now,
  }
  await repo.insertPost(doc)
  return postView(doc, null, ctx.now)
}

/** Open posts (a community's when named) with the caller's own sign-ups: 2 requests a page. */
export const listPosts: A['listPosts'] = async ({ community, page, pageSize }, ctx) => {
  const { actorId } = who(ctx)
  const found = await fetchPage(repo.openPosts(ctx.now, community), { page, pageSize }, (p: repo.PostDoc) => p)
  const mine = new Map((await repo.signupsAmong(actorId, found.items.map((p) => p._id))).map((s) => [s.postId, s]))
  return { ...found, items: found.items.map((p) => postView(p, mine.get(p._id) ?? null, ctx.now)) }
}

/**
 * One place per member and post, claimed atomically: the post, the member and an earlier sign-up in one read, the
 * claim, the sign-up, 我的 — 4 requests; a retry finds its sign-up in the first.
 */
export const signUpPost: A['signUpPost'] = async ({ postId }, ctx) => {
  const { actorId } = who(ctx)
  const { post, member, signup } = await repo.postForSignUp(postId, actorId)
  if (!post) throw new AppError('NOT_FOUND', '没有找到该服务岗位')
  if (signup) return signupView(signup)
  const refusal = signUpRefusal(post, member, ctx.now)
  if (refusal || !member) throw new AppError('CONFLICT', refusal ?? '请先登记党员信息')
  const pool = repo.postPool(post)
  if (!(await claim(pool))) throw new AppError('FULL', '该岗位名额已满')
  const doc: repo.SignupDoc = {
    _id: repo.signupIdOf(postId, actorId),
    postId,
    memberOwner: actorId,
    memberId: member._id,
    name: member.name,
    phone: member.phone,
    title: post.title,
    place: post.place,
    community: post.community,
    startAt: post.startAt,
    endAt: post.endAt,
    status: 'signedUp',
    hours: null,
    note: null,
    signedAt: ctx.now,
    servedAt: null,
    recordedBy: null,
  }
  if (!(await repo.insertSignup(doc))) {
    // the same member's other tap got there first: its place stands, this one goes back
    await release(pool)
    const first = await repo.getSignup(doc._id)
    if (!first) throw new AppError('CONFLICT', '请稍后再试')
    return signupView(first)
  }
  await mirrorSignup(doc, ctx.now)
  return signupView(doc)
}

async function managedPost(postId: string, ctx: ActionContext): Promise<repo.PostDoc> {
  const { post, caller } = await repo.postWithCaller(postId, who(ctx).actorId)
  if (!post) throw new AppError('NOT_FOUND', '没有找到该服务岗位')
  ctx.knowCaller(caller)
  if (!mayManage(await managed(ctx), post.community)) throw new AppError('NOT_FOUND', '没有找到该服务岗位')
  return post
}

export const postRoster: A['postRoster'] = async ({ postId, page, pageSize }, ctx) => {
  await managedPost(postId, ctx)
  return fetchPage(repo.rosterOf(postId), { page, pageSize }, rosterRow)
}

/** Staff record a member's service once; the hours go to the member's record and the member is told. */
export const recordService: A['recordService'] = async ({ signupId, hours, note }, ctx) => {
  const { actorId } = who(ctx)
  const signup = await repo.getSignup(signupId)
  if (!signup) throw new AppError('NOT_FOUND', '没有找到该认领记录')
  const post = await managedPost(signup.postId, ctx)
  if (signup.memberOwner === actorId) throw new AppError('FORBIDDEN', '不能为自己记录服务时长，请由其他工作人员记录')
  if (signup.status === 'served') throw new AppError('CONFLICT', '该服务已记录过')
  const served = hours ?? post.hours
  const changes = { status: 'served' as const, hours: served, note: note || null, servedAt: ctx.now, recordedBy: actorId }
  if (!(await repo.markServed(signupId, changes))) throw new AppError('CONFLICT', '该服务已记录过')
  await repo.addHours(signup.memberId, served, ctx.now)
  // the member's volunteer hours (时间银行), once per sign-up however often this is retried; the notice below names them
  await creditHours({ volunteer: signup.memberOwner, hours: served, source: { kind: 'post', id: signupId, title: `双报到：${signup.title}` }, verifiedBy: actorId, at: ctx.now, toldByCaller: true })
  const updated = { ...signup, ...changes }
  await mirrorSignup(updated, ctx.now)
  await notify(signup.memberOwner, `partyService_${signupId}`, 'partyProgress', MEMBER_PAGE, {
    thing1: thing(`服务岗位：${signup.title}`),
    phrase2: phrase('已记录'),
    thing3: thing(`服务时长 ${served} 小时，已记入志愿时长`),
    time4: when(ctx.now),
  }, ctx.now)
  return rosterRow(updated)
}
