/**
 * Family links: a family member asks to link to a senior; the senior (in their own WeChat) or staff approve.
 * An approved link lets the family member act for the senior in eldercare (the senior's `familyIds`) and, when
 * the senior has WeChat, everywhere on the platform (a 代办 delegation the kernel honours).
 */
import type { eldercare } from '@/shared/contracts/eldercare'
import { _ } from '../../_kernel/cloud'
import { AppError, isDuplicateKey } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing, when } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import { LINK_STATUS_TEXT } from '@/shared/domain/eldercare/seniors'
import * as repo from '../repo'
import { isStaff, linkView, nameOf, seniorRow } from '../views'

type A = Actions<typeof eldercare>

const HOME = '/centers/eldercare/pages/index/index'

function mirrorLink(l: repo.LinkDoc, now: Date) {
  return putMyItem(
    {
      ownerId: l.familyId,
      center: 'eldercare',
      kind: 'familyLink',
      refId: l.seniorId,
      title: `关联老人：${l.seniorName}`,
      status: l.status,
      statusText: LINK_STATUS_TEXT[l.status],
      nextAt: null,
      whenText: null,
      place: null,
      link: HOME,
    },
    now,
  )
}

/** The family member names the senior and the senior's phone: the record is found by both, never listed. */
export const requestLink: A['requestLink'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const [found] = await repo.seniorsByPhone(input.phone, input.name)
  if (!found) throw new AppError('NOT_FOUND', '没有找到这位老人的档案：请核对姓名和老人登记的手机号，或先为老人建档', { phone: '姓名和手机号对不上已建档的老人' })
  if (found.openid === actorId) throw new AppError('CONFLICT', '这是您本人的档案，无需关联')
  const id = repo.linkId(actorId, found._id)
  const link: repo.LinkDoc = {
    _id: id,
    familyId: actorId,
    familyName: nameOf((await ctx.caller()).user),
    seniorId: found._id,
    seniorName: found.name,
    relation: input.relation,
    status: 'pending',
    requestedAt: ctx.now,
    decidedBy: null,
    decidedAt: null,
  }
  try {
    await repo.insertLink(link)
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    const existing = await repo.getLink(id)
    // asking again after a refusal or after leaving: a new request; otherwise the first one stands
    if (!existing || !['refused', 'left'].includes(existing.status) || !(await repo.moveLink(id, ['refused', 'left'], { status: 'pending', relation: input.relation, requestedAt: ctx.now, decidedBy: null, decidedAt: null }))) {
      return linkView(existing ?? link)
    }
  }
  await mirrorLink(link, ctx.now)
  return linkView(link)
}

/**
 * approve / refuse: the senior or staff. remove: the family member leaving, or the senior or staff ending it.
 */
export const approveLink: A['approveLink'] = async ({ linkId, decision }, ctx) => {
  const { actorId } = who(ctx)
  const link = await repo.getLink(linkId)
  if (!link) throw new AppError('NOT_FOUND', '没有找到这条关联申请')
  const { senior, caller } = await repo.seniorWithCaller(link.seniorId, actorId)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  const bySenior = senior.openid === actorId || isStaff(caller)
  const leaving = decision === 'remove' && link.familyId === actorId
  if (!bySenior && !leaving) throw new AppError('FORBIDDEN', '只有老人本人或中心工作人员可以确认关联')
  const next = decision === 'approve' ? 'approved' : decision === 'refuse' ? 'refused' : 'left'
  const from = decision === 'remove' ? (['approved', 'pending'] as const) : (['pending'] as const)
  const moved = await repo.moveLink(linkId, [...from], { status: next, decidedBy: actorId, decidedAt: ctx.now })
  if (!moved) {
    const current = (await repo.getLink(linkId)) ?? link
    if (current.status === next) return linkView(current)
    throw new AppError('CONFLICT', `这条关联已是「${LINK_STATUS_TEXT[current.status]}」，请刷新后查看`)
  }
  const decided = { ...link, status: next } as repo.LinkDoc
  await repo.updateSeniorDoc(senior._id, { familyIds: next === 'approved' ? _.addToSet(link.familyId) : _.pull(link.familyId), updatedAt: ctx.now })
  if (senior.openid) await repo.setDelegation(link.familyId, senior.openid, next === 'approved', ctx.now)
  await mirrorLink(decided, ctx.now)
  if (!leaving) {
    await notify(link.familyId, `familyLink_${linkId}_${next}_${ctx.now.getTime()}`, 'familyLinked', HOME, {
      thing1: thing(`关联老人：${link.seniorName}`),
      phrase2: phrase(LINK_STATUS_TEXT[next]),
      time3: when(ctx.now),
    }, ctx.now)
  }
  return linkView(decided)
}

/** The seniors a person acts for (or is), their requests in flight, and — for the senior or staff — requests to decide. */
export const myLinkedSeniors: A['myLinkedSeniors'] = async (page, ctx) => {
  const { actorId } = who(ctx)
  const [seniors, links, me] = await Promise.all([repo.seniorsOf(actorId), repo.linksOfFamily(actorId), ctx.caller()])
  const staff = isStaff({ roles: me.roles })
  const relation = new Map(links.map((l) => [l.seniorId, l.relation]))
  const own = seniors.filter((s) => s.openid === actorId).map((s) => s._id)
  const toApprove = staff
    ? await fetchPage(repo.pendingLinks(), page, linkView)
    : own.length
      ? { items: (await repo.linksOfSeniors(own)).filter((l) => l.status === 'pending').map(linkView), page: 1, pageSize: page.pageSize, hasMore: false }
      : { items: [], page: 1, pageSize: page.pageSize, hasMore: false }
  return {
    seniors: seniors.map((s) => ({ ...seniorRow(s, ctx.now), standing: s.openid === actorId ? ('self' as const) : ('family' as const), relation: s.openid === actorId ? '本人' : relation.get(s._id) ?? '家属' })),
    pending: links.filter((l) => l.status !== 'approved').map(linkView),
    toApprove,
    isStaff: staff,
  }
}
