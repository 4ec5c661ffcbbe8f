import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { managedCommunities } from '@/shared/domain/party/posts'
import { isStaffOf } from '@/shared/domain/roles'

/** Who is looking: party staff (every community), community staff or cadres (their own), or a resident. */
export function useViewer() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const roles = me.data?.roles ?? []
  const managed = me.data ? managedCommunities(roles, me.data.profile?.community) : []
  return {
    me,
    partyStaff: isStaffOf(roles, 'party'),
    managed,
    manages: managed === 'all' || managed.length > 0,
    community: me.data?.profile?.community ?? null,
  }
}
