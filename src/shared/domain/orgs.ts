/** Social organizations (社会组织): who manages an organization's registry entry. */
import { isStaffOf, type Role } from './roles'

/**
 * The street administrator and culture-center staff (who run the registry) and the organization's own staff.
 * Only they see its contact person; everyone else sees the service phone it chose to publish.
 */
export function managesOrg(roles: readonly Role[], orgId: string): boolean {
  return isStaffOf(roles, 'culture') || roles.some((r) => r.role === 'orgStaff' && r.orgId === orgId)
}
