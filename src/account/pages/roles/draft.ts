/** 人员与角色管理's grant form (role, center, organization) ↔ the grantRole input; pure, validated by the account contract. */
import { type account, RoleChange } from '@/shared/contracts/account'
import { fieldMessages, type InputOf } from '@/shared/contracts/define'
import { type CenterCode, centerByCode } from '@/shared/domain/centers'
import { describeRole, type Role, type RoleName } from '@/shared/domain/roles'

export type RoleChangeInput = InputOf<typeof account, 'grantRole'>

/** Roles the administrator grants in the app (everyone is a resident already). */
export const GRANTABLE: RoleName[] = ['centerStaff', 'orgStaff', 'family', 'lawyer', 'mediator', 'gridWorker', 'employer', 'admin']

export interface GrantDraft {
  role: RoleName | null
  /** for 中心工作人员 */
  center: CenterCode
  /** for 社会组织工作人员 */
  orgId: string | null
}

/** Nothing chosen yet; staff of the street's first center, or of the first organization listed, once chosen. */
export const grantDraftFor = (orgs: ReadonlyArray<{ id: string }>): GrantDraft => ({ role: null, center: 'affairs', orgId: orgs[0]?.id ?? null })

/** The role the form describes, complete with its center or organization; null until it is. */
export function chosenRole(d: GrantDraft): Role | null {
  if (d.role === 'centerStaff') return { role: d.role, center: d.center }
  if (d.role === 'orgStaff') return d.orgId ? { role: d.role, orgId: d.orgId } : null
  return d.role ? ({ role: d.role } as Role) : null
}

/** A role in words: 社区事务受理服务中心工作人员, 律师, ... */
export const roleText = (r: Role) => describeRole(r, (c) => centerByCode(c)?.name ?? c)

/** What the contract says is wrong with granting or revoking this role, empty when it can be sent. */
export function problems(input: RoleChangeInput): Record<string, string> {
  const parsed = RoleChange.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}
