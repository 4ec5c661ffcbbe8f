/** Whose hours a caller may see or move: their own, a senior they are or are linked to, or (party staff) any volunteer's. */
import { AppError } from '../_kernel/errors'
import type { ActionContext } from '../_kernel/handler'
import * as repo from './ledger-repo'
import { isPartyStaff } from './views'

export async function mustBeStaff(ctx: ActionContext): Promise<void> {
  if (!isPartyStaff(await ctx.caller())) throw new AppError('FORBIDDEN', '只有党建指导中心工作人员可以查看他人的志愿服务时长')
}

/** A volunteer's account by number, for party staff only (the account and the caller in one request). */
export async function hoursOf(ctx: ActionContext, volunteerNo: string): Promise<repo.AccountDoc | null> {
  const { account, caller } = await repo.accountByCodeWithCaller(volunteerNo.slice(2), ctx.actorId ?? '')
  ctx.knowCaller(caller)
  await mustBeStaff(ctx)
  if (!account) throw new AppError('NOT_FOUND', '没有这个志愿者编号，请核对', { volunteerNo: '没有这个志愿者编号' })
  return account
}
