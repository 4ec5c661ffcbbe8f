import type { z } from 'zod'
import type { WhoAmI } from '@/shared/contracts/account'
import type { UserDoc } from '../../_kernel/users'

/** The caller as the app shows them; a person who has never saved a profile has none yet. */
export function toWhoAmI(openid: string, user: UserDoc | null, roles: UserDoc['roles']): z.input<typeof WhoAmI> {
  return {
    openid,
    profile: user?.profile ? { ...user.profile, birthYear: user.profile.birthYear ?? null, phone: user.phone ?? null } : null,
    roles,
  }
}
