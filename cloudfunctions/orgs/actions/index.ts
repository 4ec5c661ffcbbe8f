import type * as z from 'zod'
import type { Org, orgs } from '@/shared/contracts/orgs'
import { managesOrg } from '@/shared/domain/orgs'
import type { Role } from '@/shared/domain/roles'
import { randomCode } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { fetchPage, iso } from '../../_kernel/paging'
import * as repo from '../repo'

type A = Actions<typeof orgs>

const INVITE_DAYS = 7

/** Everyone sees the service phone; the contact person (a private mobile) only those who manage the organization. */
const orgView =
  (roles: readonly Role[]) =>
  (o: repo.OrgDoc): z.input<typeof Org> => {
    const manager = managesOrg(roles, o._id)
    return {
      id: o._id,
      name: o.name,
      kind: o.kind,
      fields: o.fields as z.input<typeof Org>['fields'],
      centers: o.centers as z.input<typeof Org>['centers'],
      servicePhone: o.servicePhone ?? null,
      contactName: manager ? o.contactName : null,
      contactPhone: manager ? o.contactPhone : null,
      intro: o.intro,
    }
  }

/** A visitor has no roles (no request); a signed-in caller's roles are read alongside the organizations. */
async function rolesOf(ctx: ActionContext): Promise<Role[]> {
  return ctx.actorId ? (await ctx.caller()).roles : []
}

export const createOrg: A['createOrg'] = async ({ servicePhone, ...input }, ctx) => {
  const doc = { ...input, servicePhone: servicePhone || null, createdAt: ctx.now }
  return orgView(await rolesOf(ctx))({ ...doc, _id: await repo.insertOrg(doc) })
}

export const listOrgs: A['listOrgs'] = async (input, ctx) => {
  const [roles, page] = await Promise.all([rolesOf(ctx), fetchPage(repo.orgQuery(input), input, (o: repo.OrgDoc) => o)])
  return { ...page, items: page.items.map(orgView(roles)) }
}

export const getOrg: A['getOrg'] = async ({ orgId }, ctx) => {
  const [roles, org] = await Promise.all([rolesOf(ctx), repo.getOrg(orgId)])
  if (!org) throw new AppError('NOT_FOUND', '没有找到该社会组织')
  return orgView(roles)(org)
}

/** An 8-character code, valid 7 days, usable once: handed to the organization's new staff member. */
export const createInvite: A['createInvite'] = async ({ orgId }, ctx) => {
  const org = await repo.getOrg(orgId)
  if (!org) throw new AppError('NOT_FOUND', '没有找到该社会组织')
  const expiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 86_400_000)
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = randomCode(8)
    if (await repo.insertInvite({ _id: code, orgId, orgName: org.name, createdBy: who(ctx).actorId, expiresAt })) {
      return { code, orgId, orgName: org.name, expiresAt: iso(expiresAt) }
    }
  }
  throw new AppError('CONFLICT', '生成邀请码失败，请重试')
}

export const redeemInvite: A['redeemInvite'] = async ({ code }, ctx) => {
  const { actorId } = who(ctx)
  const invite = await repo.getInvite(code)
  if (!invite) throw new AppError('NOT_FOUND', '邀请码不存在，请核对后重新输入', { code: '邀请码不存在' })
  if (invite.usedBy === actorId) return { code, orgId: invite.orgId, orgName: invite.orgName, expiresAt: iso(invite.expiresAt) }
  if (invite.usedBy) throw new AppError('CONFLICT', '该邀请码已被使用，请向街道管理员重新申请', { code: '邀请码已被使用' })
  if (new Date(invite.expiresAt) <= ctx.now) throw new AppError('CONFLICT', '该邀请码已过期，请向街道管理员重新申请', { code: '邀请码已过期' })
  if (!(await ctx.caller()).user) throw new AppError('CONFLICT', '请先在「我的 → 完善个人资料」中填写姓名后再使用邀请码')
  if (!(await repo.claimInvite(code, actorId, ctx.now))) throw new AppError('CONFLICT', '该邀请码已被使用，请向街道管理员重新申请', { code: '邀请码已被使用' })
  await repo.grantRole(actorId, { role: 'orgStaff', orgId: invite.orgId }, ctx.now)
  return { code, orgId: invite.orgId, orgName: invite.orgName, expiresAt: iso(invite.expiresAt) }
}
