/** Who may read a legal record, and the access log every staff read writes (个人信息保护法: the handler only). */
import { isStaffOf } from '@/shared/domain/roles'
import { AppError } from '../_kernel/errors'
import type { ActionContext } from '../_kernel/handler'
import * as repo from './repo'

export const forbidden = () => new AppError('FORBIDDEN', '这是他人的法律事务记录，您无权查看或办理')

export async function isLegalStaff(ctx: ActionContext): Promise<boolean> {
  return isStaffOf((await ctx.caller()).roles, 'legal')
}

export async function hasRole(ctx: ActionContext, role: 'lawyer' | 'mediator'): Promise<boolean> {
  return (await ctx.caller()).roles.some((r) => r.role === role)
}

export async function callerName(ctx: ActionContext, fallback = '工作人员'): Promise<string> {
  return (await ctx.caller()).user?.profile?.name ?? fallback
}

/** Writes who (staff, lawyer, mediator) read or handled which case, for the administrator to review. */
export async function logRead(ctx: ActionContext, caseId: string, kind: repo.AccessDoc['kind'], action: string): Promise<void> {
  if (!ctx.actorId) return
  await repo.logAccess({ caseId, kind, staffId: ctx.actorId, staffName: await callerName(ctx), action, at: ctx.now })
}

/** 王秀兰 → 王*兰: enough to recognise a row, not to announce a person's legal matter. */
export function maskName(name: string): string {
  if (name.length <= 1) return name
  if (name.length === 2) return `${name[0]}*`
  return `${name[0]}${'*'.repeat(name.length - 2)}${name[name.length - 1]}`
}
