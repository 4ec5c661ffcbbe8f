/**
 * The one owner of the `users` collection: every function reads and writes people through here, so what a
 * person's document holds (profile, phone, roles, each center's standing) is known in one place.
 */
import { literalPattern } from '@/shared/domain/people'
import type { Role } from '@/shared/domain/roles'
import { _, db, type Doc } from './cloud'
import { isDuplicateKey } from './errors'

const users = () => db.collection('users')

/** `users/<openid>`: one per person who has used the platform. */
export interface UserDoc {
  _id: string
  profile: { name: string; community: string; address: string; birthYear?: number | null } | null
  phone: string | null
  roles: Role[]
  /** 社区事务: appointments held now, missed appointments and the suspension they caused */
  affairs?: { noShows?: Date[]; suspendedUntil?: Date | null }
  createdAt: Date
  updatedAt: Date
}

type Pipeline = { match(c: Doc): Pipeline; done(): unknown }

/** Where `lookupCaller` puts the caller's document in an aggregate's result. */
export const CALLER_FIELD = 'kernel_caller'

/**
 * An aggregate's `$lookup` of the caller's own document: an action reads its record and its caller in one request
 * and hands the caller to `ctx.knowCaller` (`takeCaller`), so the roles need no request of their own.
 */
export function lookupCaller(openid: string | null) {
  const pipeline = (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()
  return { from: 'users', pipeline: pipeline.match({ _id: openid ?? '' }).done(), as: CALLER_FIELD }
}

/** Splits the caller looked up by `lookupCaller` off the document it came with. */
export function takeCaller<T extends Doc>(found: T): { doc: Omit<T, typeof CALLER_FIELD>; caller: UserDoc | null } {
  const { [CALLER_FIELD]: looked, ...doc } = found
  return { doc, caller: ((looked as UserDoc[] | undefined) ?? [])[0] ?? null }
}

export async function loadUser(openid: string): Promise<UserDoc | null> {
  const { data } = await users().doc(openid).get()
  return (data as UserDoc | null) ?? null
}

/** A delegation (e.g. family for a senior) granted by a feature: `delegations/<actor>_<subject>`. */
export async function hasDelegation(actorId: string, subjectId: string): Promise<boolean> {
  const { data } = await db.collection('delegations').doc(`${actorId}_${subjectId}`).get()
  return !!data && (data as { active?: boolean }).active === true
}

/** Creates the person's document on first write; later writes change only the given fields. */
export async function saveUserFields(openid: string, exists: boolean, fields: Partial<UserDoc>, now: Date): Promise<void> {
  const data = { ...fields, updatedAt: now }
  if (!exists) {
    try {
      await users().add({ data: { _id: openid, profile: null, phone: null, roles: [], createdAt: now, ...data } })
      return
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
  }
  // _.set keeps the profile whole instead of merging it field by field
  const update = fields.profile ? { ...data, profile: _.set(fields.profile) } : data
  await users().doc(openid).update({ data: update })
}

/** A center's own standing on the person's document (e.g. `affairs.noShows`): changes go through here. */
export async function updateUser(openid: string, data: Doc): Promise<void> {
  await users().doc(openid).update({ data })
}

export async function addRole(openid: string, role: Role, now: Date): Promise<number> {
  const { stats } = await users().doc(openid).update({ data: { roles: _.addToSet(role), updatedAt: now } })
  return stats.updated
}

export async function removeRole(openid: string, role: Role, now: Date): Promise<number> {
  const { stats } = await users().doc(openid).update({ data: { roles: _.pull(role), updatedAt: now } })
  return stats.updated
}

/**
 * A role that follows from a center's own records (a grid's worker, a team's member), given to or taken from many
 * people in one request.
 */
export async function setRoleOf(openids: string[], role: Role, held: boolean, now: Date): Promise<void> {
  if (!openids.length) return
  await users()
    .where({ _id: _.in(openids) })
    .update({ data: { roles: held ? _.addToSet(role) : _.pull(role), updatedAt: now } })
}

/**
 * People whose phone (digits) or name starts with the keyword, most recently active first. A prefix is what
 * the `phone` and `name` indexes serve; a "contains" search would read every person of the street.
 */
export function searchUsers(keyword: string) {
  const prefix = db.RegExp({ regexp: `^${literalPattern(keyword)}` })
  return users()
    .where(/^\d+$/.test(keyword) ? { phone: prefix } : { 'profile.name': prefix })
    .orderBy('updatedAt', 'desc')
}

/** Names and phones for rosters and boards (never the openids themselves to anyone else). */
export async function namesOf(ids: string[]): Promise<Map<string, { name: string; phone: string | null }>> {
  const out = new Map<string, { name: string; phone: string | null }>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 500) {
    const { data } = await users()
      .where({ _id: _.in(unique.slice(i, i + 500)) })
      .field({ profile: true, phone: true })
      .limit(500)
      .get()
    for (const u of data) out.set(u._id as string, { name: u.profile?.name ?? '（未填写姓名）', phone: u.phone ?? null })
  }
  return out
}

/**
 * The staff of one center (centerStaff scoped to it), e.g. to tell them a case has gone overdue. Served by the
 * `users.staff` index; a street has a handful, so one page is all of them.
 */
export async function staffOf(center: string): Promise<string[]> {
  const { data } = await users().where({ 'roles.role': 'centerStaff', 'roles.center': center }).field({ _id: true }).limit(100).get()
  return data.map((u) => u._id as string)
}

/**
 * The community staff of one community (communityStaff whose profile names it), e.g. to tell them something
 * waits in their queue. Served by the `users.staff` index on the role; a community has a handful.
 */
export async function communityStaffOf(community: string): Promise<string[]> {
  const { data } = await users().where({ 'roles.role': 'communityStaff', 'profile.community': community }).field({ _id: true }).limit(100).get()
  return data.map((u) => u._id as string)
}

/**
 * An aggregate that starts from the person's own document, for reading counts elsewhere in one request
 * (`$lookup` pipelines need one document to hang from; the caller's is always there). Add lookups, then
 * `.project()` them out: never hand the document itself on.
 */
export function aggregateFromUser(openid: string) {
  return users().aggregate().match({ _id: openid })
}
