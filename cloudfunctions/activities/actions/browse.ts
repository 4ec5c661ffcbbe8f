import type { activities } from '@/shared/contracts/activities'
import { effectiveRoles, isStaffOf, type Role } from '@/shared/domain/roles'
import { atShanghai } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { fileLinks } from '../../_kernel/files'
import type { Actions } from '../../_kernel/handler'
import { fetchPage } from '../../_kernel/paging'
import { CENTER_CODES } from '@/shared/domain/centers'
import * as repo from '../repo'
import { canManage, detailView, mySignUpView, summaryView } from '../views'

type A = Actions<typeof activities>

/**
 * Residents browse what is coming (1 request a page); an organization's staff see all of theirs; center staff
 * see what waits for their review (2 requests: their roles, the page).
 */
export const listActivities: A['listActivities'] = async (input, ctx) => {
  if (input.orgId) {
    const { roles } = await ctx.caller()
    if (!roles.some((r) => r.role === 'admin' || (r.role === 'orgStaff' && r.orgId === input.orgId))) {
      throw new AppError('FORBIDDEN', '只能查看本机构的活动')
    }
    return fetchPage(repo.orgQuery(input.orgId), input, summaryView)
  }
  if (input.reviewing) {
    const { roles } = await ctx.caller()
    const centers = roles.some((r) => r.role === 'admin') ? 'all' : CENTER_CODES.filter((c) => isStaffOf(roles, c))
    if (centers !== 'all' && !centers.length) throw new AppError('FORBIDDEN', '只有中心工作人员可以审核活动')
    return fetchPage(repo.reviewQuery(centers), input, summaryView)
  }
  const range = input.day ? { from: atShanghai(input.day).toDate(), to: atShanghai(input.day).add(1, 'day').toDate() } : {}
  return fetchPage(repo.publicQuery({ ...input, ...range }, ctx.now), input, summaryView)
}

/**
 * Published activities are public; drafts only to those who manage them. The caller's own sign-up and roles
 * come with the activity in one read; a place on the waitlist costs one count more.
 */
export const getActivity: A['getActivity'] = async ({ activityId }, ctx) => {
  const actor = ctx.actorId
  const { activity, joined } = await repo.withActivity(
    activityId,
    actor ? { signup: repo.joins.signup(repo.signupId(activityId, actor)), person: repo.joins.person(actor, { roles: 1 }) } : {},
  )
  const signup = joined.signup as repo.SignupDoc | null | undefined
  const roles = effectiveRoles((joined.person?.roles as Role[] | undefined) ?? [])
  const manager = !!activity && canManage(activity, roles)
  if (!activity || (activity.status !== 'published' && activity.status !== 'cancelled' && !manager && !signup)) {
    throw new AppError('NOT_FOUND', '没有找到该活动')
  }
  const position = signup?.status === 'waitlisted' ? await repo.waitlistPosition(signup) : null
  const mine = signup ? mySignUpView(signup, activity, position, ctx.now) : null
  const [coverUrl] = activity.cover ? await fileLinks([activity.cover], 3600) : []
  return detailView(activity, mine, manager, coverUrl ?? null)
}
