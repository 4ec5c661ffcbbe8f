/** Who is calling, as the voice function needs to know it. */
import { isStaffOf } from '@/shared/domain/roles'
import { AppError } from '../_kernel/errors'
import type { ActionContext } from '../_kernel/handler'

export const forbidden = (what = '这条记录') => new AppError('FORBIDDEN', `${what}属于他人，您无权查看或办理`)

/** The 居民服务中心's staff (and the street administrator). */
export async function isVoiceStaff(ctx: ActionContext): Promise<boolean> {
  return isStaffOf((await ctx.caller()).roles, 'residents')
}

export async function callerName(ctx: ActionContext, fallback = '工作人员'): Promise<string> {
  return (await ctx.caller()).user?.profile?.name ?? fallback
}

/** 王秀兰 → 王*兰: enough for a cadre's list to recognise a row. */
export function maskName(name: string): string {
  if (name.length <= 1) return name
  if (name.length === 2) return `${name[0]}*`
  return `${name[0]}${'*'.repeat(name.length - 2)}${name[name.length - 1]}`
}
