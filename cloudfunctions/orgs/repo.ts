/** All database access of the orgs function. */
import { literalPattern } from '@/shared/domain/people'
import type { Role } from '@/shared/domain/roles'
import { addRole } from '../_kernel/users'
import { _, db, type Doc } from '../_kernel/cloud'
import { addOnce } from '../_kernel/records'

export interface OrgDoc {
  _id: string
  name: string
  kind: 'registered' | 'grassroots'
  fields: string[]
  centers: string[]
  contactName: string
  contactPhone: string
  /** published for residents; absent on organizations registered before it existed */
  servicePhone?: string | null
  intro: string
  createdAt: Date
}

export interface InviteDoc {
  _id: string
  orgId: string
  orgName: string
  createdBy: string
  expiresAt: Date
  usedBy?: string
  usedAt?: Date
}

const orgs = () => db.collection('orgs')
const invites = () => db.collection('org_invites')

export async function insertOrg(doc: Omit<OrgDoc, '_id'>): Promise<string> {
  return (await orgs().add({ data: doc }))._id
}

export async function getOrg(id: string): Promise<OrgDoc | null> {
  return ((await orgs().doc(id).get()).data as OrgDoc | null) ?? null
}

export function orgQuery(filter: { field?: string; center?: string; keyword?: string }) {
  const where: Doc[] = []
  if (filter.field) where.push({ fields: filter.field })
  if (filter.center) where.push({ centers: filter.center })
  if (filter.keyword) where.push({ name: db.RegExp({ regexp: literalPattern(filter.keyword), options: 'i' }) })
  return (where.length ? orgs().where(_.and(where)) : orgs()).orderBy('createdAt', 'asc')
}

/** Stores an invite under its code; false when the code is already taken (try another). */
export function insertInvite(doc: InviteDoc): Promise<boolean> {
  return addOnce(invites(), doc)
}

export async function getInvite(code: string): Promise<InviteDoc | null> {
  return ((await invites().doc(code).get()).data as InviteDoc | null) ?? null
}

/** Uses an invite once: the first person to redeem it wins, a second gets nothing. */
export async function claimInvite(code: string, openid: string, now: Date): Promise<boolean> {
  const { stats } = await invites()
    .where({ _id: code, usedBy: _.exists(false), expiresAt: _.gt(now) })
    .update({ data: { usedBy: openid, usedAt: now } })
  return stats.updated === 1
}

export async function grantRole(openid: string, role: Role, now: Date): Promise<void> {
  await addRole(openid, role, now)
}
