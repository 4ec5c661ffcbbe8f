/** Who may read a legal record, and the access log every staff read writes (个人信息保护法: the handler only). */
import { isStaffOf } from '@/shared/domain/roles'
import { requestKeyedId } from '../_kernel/codes'
import { AppError } from '../_kernel/errors'
import type { ActionContext } from '../_kernel/handler'
import type { UserDoc } from '../_kernel/users'
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

/**
 * Writes who (staff, lawyer, mediator) read which case, for the administrator to review; `label` names the case
 * without its person (the case number, or a consultation's category).
 */
export async function logRead(ctx: ActionContext, caseId: string, kind: repo.AccessDoc['kind'], action: string, label: string): Promise<void> {
  if (!ctx.actorId) return
  await repo.logAccess({ caseId, kind, label, staffId: ctx.actorId, staffName: await callerName(ctx), action, at: ctx.now })
}

/** 王秀兰 → 王*兰: enough to recognise a row, not to announce a person's legal matter. */
export function maskName(name: string): string {
  if (name.length <= 1) return name
  if (name.length === 2) return `${name[0]}*`
  return `${name[0]}${'*'.repeat(name.length - 2)}${name[name.length - 1]}`
}

/**
 * Hands the caller read with a record to the kernel (its roles need no request of their own); when the record is
 * missing the caller is read by itself, so a caller without the action's role still hears FORBIDDEN first.
 */
export async function knowCaller(ctx: ActionContext, read: { found: boolean; caller: UserDoc | null }): Promise<void> {
  if (read.found) ctx.knowCaller(read.caller)
  else await ctx.caller()
}

/** The key of this submit's step on a record: its retry (same request id) finds the step applied and writes nothing. */
export const stepKey = (ctx: ActionContext): string => requestKeyedId(ctx)

export const appliedBefore = (doc: { stepKeys?: string[] }, key: string): boolean => (doc.stepKeys ?? []).includes(key)
