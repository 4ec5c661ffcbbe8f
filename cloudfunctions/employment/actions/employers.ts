/** Employers register with their licence; center staff verify (6 months) or refuse with a reason. */
import { formatForPeople } from '@/shared/time'
import type { employment } from '@/shared/contracts/employment'
import { checkCreditCode } from '@/shared/domain/employment/credit-code'
import { mayResubmit, STANDING_TEXT, standing, verificationEnds } from '@/shared/domain/employment/employers'
import { maskPhone } from '@/shared/domain/people'
import { isStaffOf } from '@/shared/domain/roles'
import { newId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { acceptFiles, fileLinks } from '../../_kernel/files'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import * as repo from '../repo'
import { employerView } from './views'

type A = Actions<typeof employment>

export const EMPLOYER_PAGE = '/centers/employment/pages/employer/index'

/** The licence shows the company's details: short-lived links for the employer and staff only. */
const licenseUrl = async (e: repo.EmployerDoc) => (await fileLinks([e.licenseFile], 600))[0] ?? null

function mirrorEmployer(e: repo.EmployerDoc, now: Date): Promise<void> {
  const s = standing(e, now)
  return putMyItem(
    { ownerId: e.ownerId, center: 'employment', kind: 'employer', refId: e._id, title: `单位认证：${e.name}`, status: s, statusText: STANDING_TEXT[s], nextAt: e.verifiedUntil, whenText: e.verifiedUntil ? `认证有效至 ${formatForPeople(e.verifiedUntil, false)}` : null, place: null, link: EMPLOYER_PAGE },
    now,
  )
}

export const registerEmployer: A['registerEmployer'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const code = checkCreditCode(input.creditCode)
  if (!code.ok) throw new AppError('INVALID_INPUT', code.message, { creditCode: code.message })
  const existing = await repo.employerOf(actorId)
  if (existing && !mayResubmit(existing, ctx.now)) throw new AppError('CONFLICT', '单位已认证，认证到期前 30 天内可申请复核')
  await acceptFiles([input.licenseFile], { owners: [actorId], purpose: 'employerLicense', field: 'licenseFile', kept: existing ? [existing.licenseFile] : [] })
  await requireSafeText(actorId, { name: input.name, address: input.address })
  const details = { ...input, creditCode: code.code, status: 'pending' as const, refusedReason: null, submittedAt: ctx.now, updatedAt: ctx.now }
  let employer: repo.EmployerDoc
  if (existing) {
    if (existing.creditCode !== code.code) throw new AppError('CONFLICT', '统一社会信用代码不能更改；更换单位请联系中心工作人员', { creditCode: '与已登记的代码不一致' })
    await repo.updateEmployer(existing._id, details)
    employer = { ...existing, ...details }
  } else {
    employer = { _id: newId(), ownerId: actorId, ...details, verifiedUntil: null, firstVerifiedAt: null }
    if (!(await repo.insertEmployer(employer))) {
      throw new AppError('CONFLICT', '该统一社会信用代码已被其他联系人登记，请联系中心工作人员', { creditCode: '该代码已登记' })
    }
  }
  await mirrorEmployer(employer, ctx.now)
  return employerView(employer, ctx.now, await licenseUrl(employer))
}

export const verifyEmployer: A['verifyEmployer'] = async (input, ctx) => {
  const employer = await repo.getEmployer(input.employerId)
  if (!employer) throw new AppError('NOT_FOUND', '没有找到该单位')
  if (employer.ownerId === who(ctx).actorId) throw new AppError('FORBIDDEN', '这是您本人登记的单位，须由中心其他工作人员审核')
  if (employer.status !== 'pending') throw new AppError('CONFLICT', '该单位没有待审核的登记，请刷新后查看')
  const changes: Partial<repo.EmployerDoc> =
    input.decision === 'verify'
      ? { status: 'verified', verifiedUntil: verificationEnds(ctx.now), firstVerifiedAt: employer.firstVerifiedAt ?? ctx.now, refusedReason: null, updatedAt: ctx.now }
      : { status: 'refused', refusedReason: input.reason ?? null, updatedAt: ctx.now }
  if (!(await repo.updateEmployer(employer._id, changes, { status: 'pending' }))) throw new AppError('CONFLICT', '该登记刚被其他工作人员处理，请刷新后查看')
  const updated = { ...employer, ...changes }
  if (input.decision === 'verify') await repo.relabelJobs(employer._id, updated.verifiedUntil)
  await mirrorEmployer(updated, ctx.now)
  await notify(employer.ownerId, `employerReviewed_${employer._id}_${ctx.now.getTime()}`, 'employerReviewed', EMPLOYER_PAGE, {
    thing1: thing(employer.name),
    phrase2: phrase(input.decision === 'verify' ? '已认证' : '未通过'),
    thing3: thing(input.reason || (input.decision === 'verify' ? '认证有效期 6 个月' : '请按说明修改后重新提交')),
  }, ctx.now)
  return employerView(updated, ctx.now, await licenseUrl(updated))
}

/** Without an id, the caller's own registration. By id: center staff, or the employer itself. */
export const getEmployer: A['getEmployer'] = async ({ employerId }, ctx) => {
  const { actorId } = who(ctx)
  if (!employerId) {
    const mine = await repo.employerOf(actorId)
    return mine ? employerView(mine, ctx.now, await licenseUrl(mine)) : null
  }
  const employer = await repo.getEmployer(employerId)
  const allowed = !!employer && (employer.ownerId === actorId || isStaffOf((await ctx.caller()).roles, 'employment'))
  if (!employer || !allowed) throw new AppError('NOT_FOUND', '没有找到该单位')
  return employerView(employer, ctx.now, await licenseUrl(employer))
}

/** Staff's list: the licence link is fetched on the detail, not for a whole page. */
export const listEmployers: A['listEmployers'] = (input, ctx) =>
  fetchPage(repo.employersQuery(input.status), input, (e: repo.EmployerDoc) => ({
    ...employerView(e, ctx.now, null),
    contactPhone: maskPhone(e.contactPhone) ?? '',
  }))
