import type { CenterCode } from './centers'

export const ROLE_NAMES = [
  'resident',
  'family',
  'orgStaff',
  'centerStaff',
  'lawyer',
  'mediator',
  'gridWorker',
  'employer',
  'admin',
] as const
export type RoleName = (typeof ROLE_NAMES)[number]

/** A stored role. orgStaff is scoped to one organization, centerStaff to one center. */
export type Role =
  | { role: 'orgStaff'; orgId: string }
  | { role: 'centerStaff'; center: CenterCode }
  | { role: Exclude<RoleName, 'orgStaff' | 'centerStaff'> }

export const ROLE_LABELS: Record<RoleName, string> = {
  resident: '居民',
  family: '家属',
  orgStaff: '社会组织工作人员',
  centerStaff: '中心工作人员',
  lawyer: '律师',
  mediator: '调解员',
  gridWorker: '网格员',
  employer: '用人单位',
  admin: '街道管理员',
}

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
