import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { isStaffOf } from '@/shared/domain/roles'

/** Who is looking: the center's staff, a lawyer, a mediator, the street administrator (what the pages offer depends on it). */
export function useMe() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const roles = me.data?.roles ?? []
  return {
    me,
    staff: isStaffOf(roles, 'legal'),
    lawyer: roles.some((r) => r.role === 'lawyer'),
    mediator: roles.some((r) => r.role === 'mediator'),
    admin: roles.some((r) => r.role === 'admin'),
  }
}
