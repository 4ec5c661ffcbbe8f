/**
 * 微心愿: staff post a wish (or vet a resident's own), one party member claims it (kernel claim), delivers it to
 * the community, and staff confirm with a photo. An unfulfilled claim returns to the pool after its deadline.
 */
import type { party } from '@/shared/contracts/party'
import { claimDeadline, moveWish, publicWho, unclaimedWish, WISH_STATUS_TEXT } from '@/shared/domain/party/wishes'
import { mayManage } from '@/shared/domain/party/posts'
import { formatForPeople } from '@/shared/time'
import { claim, release } from '../../_kernel/claim'
import { newId } from '../../_kernel/codes'
import { requireSafeImages, requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { fileLinks, acceptFiles } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, notifyAll, phrase, thing, when } from '../../_kernel/notify'
import { creditHours } from '../../_kernel/hours'
import { fetchPage } from '../../_kernel/paging'
import { communityStaffOf, staffOf } from '../../_kernel/users'
import { handOverAt, wishLink, wishView } from '../member-views'
import * as repo from '../repo'
import { managed } from './posts'

type A = Actions<typeof party>

/** The claimer's row in 我的: what, until when, where to bring it. */
function mirrorClaim(w: repo.WishDoc, claimerId: string, statusText: string, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: claimerId,
      center: 'party',
      kind: 'partyWish',
      refId: w._id,
      title: `微心愿：${w.title}（${publicWho(w.community, w.needyKind)}）`,
      status: w.status,
      statusText,
      nextAt: w.status === 'claimed' ? w.claimDeadline : null,
      whenText: w.status === 'claimed' && w.claimDeadline ? `${formatForPeople(w.claimDeadline)} 前送达` : null,
      place: handOverAt(w.community),
      link: wishLink(w._id),
    },
    now,
  )
}

/** The resident's own wish in 我的. */
function mirrorOwn(w: repo.WishDoc, now: Date): Promise<void> {
  if (!w.wisherId) return Promise.resolve()
  return putMyItem(
    {
      ownerId: w.wisherId,
      center: 'party',
      kind: 'partyWishPosted',
      refId: w._id,
      title: `我的心愿：${w.title}`,
      status: w.status,
      statusText: WISH_STATUS_TEXT[w.status],
      nextAt: null,
      whenText: `${formatForPeople(w.createdAt, false)} 提交`,
      place: null,
      link: wishLink(w._id),
    },
    now,
  )
}

/** Staff post a vetted wish for someone; a resident posts their own, and their community vets it. */
export const postWish: A['postWish'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const staff = mayManage(await managed(ctx), input.community)
  await requireSafeText(actorId, { title: input.title, description: input.description })
  const doc: repo.WishDoc = {
    _id: newId(),
    community: input.community,
    needyKind: input.needyKind,
    title: input.title,
    description: input.description,
    budget: input.budget,
    needyName: input.needyName,
    needyAddress: input.needyAddress,
    needyPhone: input.needyPhone ?? null,
    hours: input.hours,
    wisherId: staff ? null : actorId,
    postedBy: actorId,
    status: staff ? 'open' : 'vetting',
    ...unclaimedWish(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await repo.insertWish(doc)
  await mirrorOwn(doc, ctx.now)
  return wishView(doc, { ownerId: actorId, manages: staff })
}

async function managedWish(wishId: string, ctx: ActionContext): Promise<repo.WishDoc> {
  const { wish, caller } = await repo.wishWithCaller(wishId, who(ctx).actorId)
  if (!wish) throw new AppError('NOT_FOUND', '没有找到该心愿')
  ctx.knowCaller(caller)
  if (!mayManage(await managed(ctx), wish.community)) throw new AppError('NOT_FOUND', '没有找到该心愿')
  return wish
}

export const vetWish: A['vetWish'] = async ({ wishId, approve, reason }, ctx) => {
  const { actorId } = who(ctx)
  const wish = await managedWish(wishId, ctx)
  const move = moveWish(wish.status, approve ? 'approve' : 'refuse')
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const changes = { status: move.status, refusedReason: approve ? null : (reason ?? null), updatedAt: ctx.now }
  if (!(await repo.stepWish(wishId, wish.status, changes))) throw new AppError('CONFLICT', '该心愿刚刚变化，请刷新')
  const updated = { ...wish, ...changes }
  await mirrorOwn(updated, ctx.now)
  if (wish.wisherId) {
    await notify(wish.wisherId, `partyWish_${wishId}_${move.status}`, 'partyProgress', wishLink(wishId), {
      thing1: thing(`微心愿：${wish.title}`),
      phrase2: phrase(approve ? '审核通过' : '未通过'),
      thing3: thing(approve ? '心愿已公布，等待党员认领' : (reason ?? '请联系社区')),
      time4: when(ctx.now),
    }, ctx.now)
  }
  return wishView(updated, { ownerId: actorId, manages: true })
}

/** The pool, or the caller's claims or own wishes (1 request a page); staff's queue of their communities (2). */
export const listWishes: A['listWishes'] = async ({ scope, community, page, pageSize }, ctx) => {
  const { actorId } = who(ctx)
  let communities: string[] | 'all' = []
  if (scope === 'manage') {
    communities = await managed(ctx)
    if (communities !== 'all' && !communities.length) throw new AppError('FORBIDDEN', '只有社区和党建中心工作人员可以管理心愿')
    if (community && !mayManage(communities, community)) throw new AppError('FORBIDDEN', '只能管理本社区的心愿')
  }
  const manages = scope === 'manage'
  return fetchPage(repo.wishesQuery(scope, { ownerId: actorId, community, communities }), { page, pageSize }, (w: repo.WishDoc) => wishView(w, { ownerId: actorId, manages }))
}

/** One wish; the needy person's name and address only for the community's staff, party staff and the person themself (1 request). */
export const getWish: A['getWish'] = async ({ wishId }, ctx) => {
  const { actorId } = who(ctx)
  const { wish, caller } = await repo.wishWithCaller(wishId, actorId)
  ctx.knowCaller(caller)
  if (!wish) throw new AppError('NOT_FOUND', '没有找到该心愿')
  const manages = mayManage(await managed(ctx), wish.community)
  const own = wish.wisherId === actorId
  if ((wish.status === 'vetting' || wish.status === 'refused') && !manages && !own) throw new AppError('NOT_FOUND', '没有找到该心愿')
  const sees = manages || own || wish.claimerId === actorId
  const photoUrls = sees && wish.photos.length ? await fileLinks(wish.photos, 600) : []
  return wishView(wish, { ownerId: actorId, manages, photoUrls })
}

/**
 * Exactly one claimer, however many tap at once: the wish with the caller's member record in one read, the
 * kernel claim of its one place, the claimer written, 我的 — 4 requests; the claimer's retry returns in 1.
 */
export const claimWish: A['claimWish'] = async ({ wishId }, ctx) => {
  const { actorId } = who(ctx)
  const { wish, caller, member, volunteer } = await repo.wishWithCaller(wishId, actorId)
  ctx.knowCaller(caller)
  if (!wish || wish.status === 'vetting' || wish.status === 'refused') throw new AppError('NOT_FOUND', '没有找到该心愿')
  if (wish.claimerId === actorId) return wishView(wish, { ownerId: actorId, manages: false })
  // a confirmed party member or a registered volunteer
  const confirmed = member?.status === 'confirmed' ? member : null
  if (!confirmed && !volunteer) throw new AppError('CONFLICT', '经确认的党员或登记的志愿者才能认领微心愿')
  const move = moveWish(wish.status, 'claim')
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const pool = repo.wishPool(wishId)
  if (!(await claim(pool))) throw new AppError('CONFLICT', '该心愿已被认领')
  const changes = { status: 'claimed' as const, claimerId: actorId, claimerName: confirmed?.name ?? caller?.profile?.name ?? '志愿者', claimedAt: ctx.now, claimDeadline: claimDeadline(ctx.now), updatedAt: ctx.now }
  if (!(await repo.stepWish(wishId, 'open', changes))) {
    await release(pool)
    throw new AppError('CONFLICT', '该心愿刚刚变化，请刷新')
  }
  const updated = { ...wish, ...changes }
  await mirrorClaim(updated, actorId, WISH_STATUS_TEXT.claimed, ctx.now)
  return wishView(updated, { ownerId: actorId, manages: false })
}

/**
 * The claimer says they delivered it to the community; the community's staff (party staff when the community has
 * none) are told it waits for their confirming photo. 7 requests.
 */
export const fulfilWish: A['fulfilWish'] = async ({ wishId, note }, ctx) => {
  const { actorId } = who(ctx)
  const wish = await repo.getWish(wishId)
  if (!wish || wish.claimerId !== actorId) throw new AppError('NOT_FOUND', '没有找到您认领的该心愿')
  const move = moveWish(wish.status, 'deliver')
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  const changes = { status: move.status, deliveryNote: note, deliveredAt: ctx.now, updatedAt: ctx.now }
  if (!(await repo.stepWish(wishId, 'claimed', changes))) throw new AppError('CONFLICT', '该心愿刚刚变化，请刷新')
  const updated = { ...wish, ...changes }
  await mirrorClaim(updated, actorId, WISH_STATUS_TEXT.delivered, ctx.now)
  const community = await communityStaffOf(wish.community)
  const staff = community.length ? community : await staffOf('party')
  await notifyAll(staff, `partyWish_${wishId}_delivered`, 'partyProgress', wishLink(wishId), {
    thing1: thing(`微心愿：${wish.title}`),
    phrase2: phrase('待确认'),
    thing3: thing('认领人已送达，请拍照确认'),
    time4: when(ctx.now),
  }, ctx.now)
  return wishView(updated, { ownerId: actorId, manages: false })
}

/** Staff confirm a delivered wish with a photo; the claimer's record shows it and they are told. */
export const confirmWish: A['confirmWish'] = async ({ wishId, photos }, ctx) => {
  const { actorId } = who(ctx)
  const wish = await managedWish(wishId, ctx)
  // the confirmation is what credits the claimer's hours: never by the claimer
  if (wish.claimerId === actorId) throw new AppError('FORBIDDEN', '这是您自己认领的心愿，请由其他工作人员拍照确认')
  const move = moveWish(wish.status, 'confirm')
  if (!move.ok) throw new AppError('CONFLICT', move.message)
  await acceptFiles(photos, { owners: [actorId], purpose: 'wishPhoto', field: 'photos' })
  await requireSafeImages(photos, { purpose: 'wishPhoto', field: 'photos' })
  const changes = { status: move.status, photos, confirmedBy: actorId, confirmedAt: ctx.now, updatedAt: ctx.now }
  if (!(await repo.stepWish(wishId, 'delivered', changes))) throw new AppError('CONFLICT', '该心愿刚刚变化，请刷新')
  const updated = { ...wish, ...changes }
  if (wish.claimerId) {
    // the claimer's volunteer hours, once however often this is retried; the notice below names them
    await creditHours({ volunteer: wish.claimerId, hours: wish.hours ?? 1, source: { kind: 'wish', id: wishId, title: `微心愿：${wish.title}` }, verifiedBy: actorId, at: ctx.now, toldByCaller: true })
    await mirrorClaim(updated, wish.claimerId, WISH_STATUS_TEXT.done, ctx.now)
    await notify(wish.claimerId, `partyWish_${wishId}_done`, 'partyProgress', wishLink(wishId), {
      thing1: thing(`微心愿：${wish.title}`),
      phrase2: phrase('已实现'),
      thing3: thing(`社区已确认，志愿时长记入 ${wish.hours ?? 1} 小时`),
      time4: when(ctx.now),
    }, ctx.now)
  }
  await mirrorOwn(updated, ctx.now)
  return wishView(updated, { ownerId: actorId, manages: true, photoUrls: await fileLinks(photos, 600) })
}

/** The timer: claims not delivered by their deadline go back to the pool, and their claimers are told. */
export async function returnOverdueWishes(now: Date): Promise<{ returned: number }> {
  let returned = 0
  for (const wish of await repo.overdueClaims(now)) {
    const move = moveWish(wish.status, 'expire')
    if (!move.ok || !wish.claimerId) continue
    // the one place is given back in the same conditional update that reopens the wish
    const changes = { status: move.status, taken: 0, claimerId: null, claimerName: null, claimedAt: null, claimDeadline: null, updatedAt: now }
    if (!(await repo.stepWish(wish._id, 'claimed', changes))) continue
    returned++
    await mirrorClaim({ ...wish, status: 'open' }, wish.claimerId, '超期未送达，心愿已退回', now)
    await notify(wish.claimerId, `partyWish_${wish._id}_expired_${now.getTime()}`, 'partyProgress', wishLink(wish._id), {
      thing1: thing(`微心愿：${wish.title}`),
      phrase2: phrase('已退回'),
      thing3: thing('认领后 7 天未送达，心愿已退回待认领'),
      time4: when(now),
    }, now)
  }
  return { returned }
}
