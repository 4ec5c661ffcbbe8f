/** 党员报到: registration, party staff's confirmation, the member's own record, and 双报到 to a community. */
import type { party } from '@/shared/contracts/party'
import { mayDecide, mayRegister, mayReport, memberStatusText } from '@/shared/domain/party/members'
import { formatForPeople } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing, when } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import { MEMBER_PAGE, memberRecordView, memberRow, studiesOf } from '../member-views'
import * as repo from '../repo'

type A = Actions<typeof party>

function mirrorMember(m: repo.MemberDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: m.ownerId,
      center: 'party',
      kind: 'partyMember',
      refId: m._id,
      title: `党员报到：${m.branch}`,
      status: m.status,
      statusText: memberStatusText(m),
      nextAt: null,
      whenText: `${formatForPeople(m.registeredAt, false)} 提交`,
      place: m.reportedCommunity,
      link: MEMBER_PAGE,
    },
    now,
  )
}

export const registerMember: A['registerMember'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const id = repo.memberIdOf(actorId)
  const existing = await repo.getMember(id)
  const allowed = mayRegister(existing)
  if (!allowed.ok) throw new AppError('CONFLICT', allowed.message)
  const doc: repo.MemberDoc = {
    _id: id,
    ownerId: actorId,
    name: input.name,
    phone: input.phone,
    branch: input.branch,
    floating: input.floating,
    keptAt: input.floating ? (input.keptAt ?? null) : null,
    workplace: input.workplace || null,
    community: input.community,
    status: 'pending',
    refusedReason: null,
    reportedCommunity: null,
    reportedAt: null,
    hoursServed: existing?.hoursServed ?? 0,
    registeredAt: ctx.now,
    updatedAt: ctx.now,
  }
  const { _id, ...fields } = doc
  const saved = existing ? await repo.updateMember(id, 'refused', fields) : await repo.insertMember(doc)
  if (!saved) throw new AppError('CONFLICT', '您已提交党员报到，请等待党建中心确认')
  await mirrorMember(doc, ctx.now)
  return memberRecordView(doc)
}

/** Party staff confirm or refuse a registration that waits; the member is told. */
export const confirmMember: A['confirmMember'] = async ({ memberId, decision, reason }, ctx) => {
  const member = await repo.getMember(memberId)
  if (!member) throw new AppError('NOT_FOUND', '没有找到该党员登记')
  if (!mayDecide(member.status)) throw new AppError('CONFLICT', '该登记已处理过')
  const changes: Partial<repo.MemberDoc> = decision === 'confirm' ? { status: 'confirmed', refusedReason: null, updatedAt: ctx.now } : { status: 'refused', refusedReason: reason ?? null, updatedAt: ctx.now }
  if (!(await repo.updateMember(memberId, 'pending', changes))) throw new AppError('CONFLICT', '该登记刚刚被处理，请刷新')
  const updated = { ...member, ...changes }
  await mirrorMember(updated, ctx.now)
  await notify(member.ownerId, `partyMember_${member._id}_${updated.status}_${ctx.now.getTime()}`, 'partyProgress', MEMBER_PAGE, {
    thing1: thing('党员报到'),
    phrase2: phrase(decision === 'confirm' ? '已确认' : '未通过'),
    thing3: thing(decision === 'confirm' ? '请到居住的社区报到，认领服务岗位' : (reason ?? '请联系党建中心')),
    time4: when(ctx.now),
  }, ctx.now)
  return memberRow(updated)
}

/** The caller's own record (2 requests: the record with its sign-ups and wishes, the study days among their activities). */
export const myMemberRecord: A['myMemberRecord'] = async (_input, ctx) => {
  const { actorId } = who(ctx)
  const found = await repo.memberRecord(actorId)
  if (!found) return null
  const party = await repo.partyActivities([...new Set(found.activitySignups.map((s) => s.activityId as string))])
  return memberRecordView(found.member, found.signups, found.wishes, studiesOf(found.activitySignups, party))
}

export const listMembers: A['listMembers'] = ({ status, reportedCommunity, page, pageSize }) => fetchPage(repo.membersQuery({ status, reportedCommunity }), { page, pageSize }, memberRow)

/** 在职党员双报到: a confirmed member reports to the community where they live (again, when they move). */
export const reportToCommunity: A['reportToCommunity'] = async ({ community }, ctx) => {
  const { actorId } = who(ctx)
  const member = await repo.getMember(repo.memberIdOf(actorId))
  const allowed = mayReport(member)
  if (!allowed.ok || !member) throw new AppError('CONFLICT', allowed.ok ? '请先登记党员信息' : allowed.message)
  const changes = { reportedCommunity: community, reportedAt: ctx.now, updatedAt: ctx.now }
  if (!(await repo.updateMember(member._id, 'confirmed', changes))) throw new AppError('CONFLICT', '党员信息刚刚变化，请刷新后再试')
  const updated = { ...member, ...changes }
  await mirrorMember(updated, ctx.now)
  return memberRecordView(updated)
}
