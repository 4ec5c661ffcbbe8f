import { type Actions, type ActionContext, who } from '../../_kernel/handler'
import { cloud } from '../../_kernel/cloud'
import { AppError } from '../../_kernel/errors'
import { prepareUploads } from '../../_kernel/files'
import { loadUser } from '../../_kernel/users'
import type { account } from '@/shared/contracts/account'
import { effectiveRoles, isCommunityBound, sameRole } from '@/shared/domain/roles'
import * as repo from '../repo'
import { toWhoAmI } from './views'

type AccountActions = Actions<typeof account>

async function reloadWhoAmI(openid: string) {
  const user = await loadUser(openid)
  return toWhoAmI(openid, user, effectiveRoles(user?.roles ?? []))
}

export const whoami: AccountActions['whoami'] = async (_input, ctx) => {
  const { user, roles } = await ctx.caller()
  return toWhoAmI(who(ctx).actorId, user, roles)
}

export const updateProfile: AccountActions['updateProfile'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const { user, roles } = await ctx.caller()
  // community staff and cadres act for the community of their profile: only the administrator moves them
  const was = user?.profile?.community
  if (was && was !== input.community && isCommunityBound(roles)) {
    throw new AppError('FORBIDDEN', `您是${was}的工作人员，所在社区不能自行修改`, { community: '更换社区请联系街道管理员' })
  }
  await repo.saveUserFields(actorId, !!user, repo.profileFields(input), ctx.now)
  return reloadWhoAmI(actorId)
}

/** Exchanges the one-time code from <Button openType="getPhoneNumber"> for the number WeChat verified. */
export const bindPhone: AccountActions['bindPhone'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  let phone: string
  try {
    const reply = await cloud.openapi.phonenumber.getPhoneNumber({ code: input.code })
    phone = reply.phoneInfo.purePhoneNumber
  } catch (error) {
    if ((error as { errCode?: number }).errCode === 40029) {
      throw new AppError('INVALID_INPUT', '手机号授权已失效，请重新点击授权', { code: '授权码无效或已过期' })
    }
    throw error
  }
  await repo.saveUserFields(actorId, !!(await ctx.caller()).user, { phone }, ctx.now)
  return reloadWhoAmI(actorId)
}

export const findUsers: AccountActions['findUsers'] = async (input) => repo.findUsers(input.keyword, input)

async function changeRole(input: { openid: string; role: Parameters<typeof repo.addRole>[1] }, ctx: ActionContext, grant: boolean) {
  if (input.role.role === 'resident') throw new AppError('INVALID_INPUT', '每位用户都是居民，无需授予或撤销', { 'role.role': '不能选择居民' })
  const target = await loadUser(input.openid)
  if (!target) throw new AppError('NOT_FOUND', '该用户尚未使用过本平台，请让其先打开小程序')
  if (!grant && input.openid === who(ctx).actorId && input.role.role === 'admin') {
    throw new AppError('CONFLICT', '不能撤销自己的街道管理员身份，请由其他管理员操作')
  }
  const holds = target.roles.some((r) => sameRole(r, input.role))
  if (grant && !holds) await repo.addRole(input.openid, input.role, ctx.now)
  if (!grant && holds) await repo.removeRole(input.openid, input.role, ctx.now)
  return { done: true as const }
}

export const grantRole: AccountActions['grantRole'] = (input, ctx) => changeRole(input, ctx, true)
export const revokeRole: AccountActions['revokeRole'] = (input, ctx) => changeRole(input, ctx, false)

export const listMyItems: AccountActions['listMyItems'] = async (input, ctx) =>
  repo.listMyItems(who(ctx).subjectId, input.view, input, ctx.now)

/** Upload paths for the photos the caller is about to upload: theirs only, for this purpose only. */
export const prepareUpload: AccountActions['prepareUpload'] = async (input, ctx) => ({
  cloudPaths: await prepareUploads(who(ctx).actorId, input.purpose, input.exts, ctx.now),
})
