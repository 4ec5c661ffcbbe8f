import type { Role } from '../../src/shared/domain/roles'
import { db } from './cloud'

/** `users/<openid>`: one per person who has used the platform. */
export interface UserDoc {
  _id: string
  profile: { name: string; community: string; address: string; birthYear?: number | null } | null
  phone: string | null
  roles: Role[]
  createdAt: Date
  updatedAt: Date
}

export async function loadUser(openid: string): Promise<UserDoc | null> {
  const { data } = await db.collection('users').doc(openid).get()
  return (data as UserDoc | null) ?? null
}

/** A delegation (e.g. family for a senior) granted by a feature: `delegations/<actor>_<subject>`. */
export async function hasDelegation(actorId: string, subjectId: string): Promise<boolean> {
  const { data } = await db.collection('delegations').doc(`${actorId}_${subjectId}`).get()
  return !!data && (data as { active?: boolean }).active === true
}
