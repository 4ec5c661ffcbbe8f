import type { CenterCode } from './centers'
import { ROLE_LABELS, ROLE_NAMES } from './role-names'

/** Every role: the platform's and those the centers add (the `roles` of each center's manifest). */
export { ROLE_LABELS, ROLE_NAMES }
export type RoleName = (typeof ROLE_NAMES)[number]
/** Roles that are only a name; orgStaff and centerStaff also carry their scope. */
export type PlainRoleName = Exclude<RoleName, 'orgStaff' | 'centerStaff'>

/** A stored role. orgStaff is scoped to one organization, centerStaff to one center. */
export type Role =
  | { role: 'orgStaff'; orgId: string }
  | { role: 'centerStaff'; center: CenterCode }
  | { role: PlainRoleName }

/** Everyone who has opened the app is a resident, whatever else they are. */
export function effectiveRoles(stored: readonly Role[]): Role[] {
  return stored.some((r) => r.role === 'resident') ? [...stored] : [{ role: 'resident' }, ...stored]
}

/**
 * Whether `roles` satisfy one of `allowed` inside a function that belongs to `center`.
 * centerStaff counts only for its own center; the street administrator counts as staff of every center.
 */
export function isAllowed(roles: readonly Role[], allowed: readonly RoleName[], center?: CenterCode): boolean {
  return roles.some((r) => {
    if (r.role === 'admin') return true
    if (!allowed.includes(r.role)) return false
    if (r.role === 'centerStaff') return center === undefined || r.center === center
    return true
  })
}

export function isStaffOf(roles: readonly Role[], center: CenterCode): boolean {
  return roles.some((r) => r.role === 'admin' || (r.role === 'centerStaff' && r.center === center))
}

/**
 * Roles whose scope is the community of the person's profile (社区工作人员, 社区书记/主任): such a person may not
 * move their own profile to another community — that would hand them its wishes, posts and needy people.
 */
export const COMMUNITY_BOUND_ROLES = ['communityStaff', 'cadre'] as const

export function isCommunityBound(roles: readonly Role[]): boolean {
  return roles.some((r) => (COMMUNITY_BOUND_ROLES as readonly string[]).includes(r.role))
}

export function sameRole(a: Role, b: Role): boolean {
  if (a.role !== b.role) return false
  if (a.role === 'orgStaff' && b.role === 'orgStaff') return a.orgId === b.orgId
  if (a.role === 'centerStaff' && b.role === 'centerStaff') return a.center === b.center
  return true
}

export function describeRole(r: Role, centerName: (c: CenterCode) => string): string {
  if (r.role === 'centerStaff') return `${centerName(r.center)}工作人员`
  if (r.role === 'orgStaff') return `${ROLE_LABELS.orgStaff}`
  return ROLE_LABELS[r.role]
}
