/** All database access of the party function's members side: members, service posts and their sign-ups, wishes. */
import { createHash } from 'node:crypto'
import type { MemberStatus } from '@/shared/domain/party/members'
import type { PostKind, PostSignupStatus } from '@/shared/domain/party/posts'
import type { NeedyKind, WishStatus } from '@/shared/domain/party/wishes'
import type { Pool } from '../_kernel/claim'
import { _, db, type Doc, type Query } from '../_kernel/cloud'
import { addOnce } from '../_kernel/records'
import { lookupCaller, takeCaller, type UserDoc } from '../_kernel/users'

export interface MemberDoc {
  /** derived from the owner's openid, which never leaves the function */
  _id: string
  ownerId: string
  name: string
  phone: string
  branch: string
  floating: boolean
  keptAt: string | null
  workplace: string | null
  community: string
  status: MemberStatus
  refusedReason: string | null
  reportedCommunity: string | null
  reportedAt: Date | null
  hoursServed: number
  registeredAt: Date
  updatedAt: Date
}

export interface PostDoc {
  _id: string
  community: string
  kind: PostKind
  title: string
  description: string
  place: string
  startAt: Date
  endAt: Date
  capacity: number
  /** places taken and left: claimed through the kernel claim */
  taken: number
  placesLeft: number
  hours: number
  status: 'open' | 'closed'
  publishedBy: string
  createdAt: Date
}

export interface SignupDoc {
  /** keyed by post and member: one sign-up per member and post */
  _id: string
  postId: string
  memberOwner: string
  memberId: string
  name: string
  phone: string
  title: string
  place: string
  community: string
  startAt: Date
  endAt: Date
  status: PostSignupStatus
  hours: number | null
  note: string | null
  signedAt: Date
  servedAt: Date | null
  recordedBy: string | null
}

export interface WishDoc {
  _id: string
  community: string
  needyKind: NeedyKind
  title: string
  description: string
  budget: number
  needyName: string
  needyAddress: string
  needyPhone: string | null
  /** volunteer hours credited to the claimer on confirmation */
  hours: number
  /** the resident who asked for it themself (null when staff posted it for someone) */
  wisherId: string | null
  postedBy: string
  status: WishStatus
  refusedReason: string | null
  /** 0 or 1: the one claim, through the kernel claim */
  taken: number
  claimerId: string | null
  claimerName: string | null
  claimedAt: Date | null
  claimDeadline: Date | null
  deliveryNote: string | null
  deliveredAt: Date | null
  photos: string[]
  confirmedBy: string | null
  confirmedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

const members = () => db.collection('party_members')
const posts = () => db.collection('party_posts')
const signups = () => db.collection('party_post_signups')
const wishes = () => db.collection('party_wishes')

type Pipeline = { match(c: Doc): Pipeline; sort(o: Doc): Pipeline; limit(n: number): Pipeline; project(p: Doc): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

/** An id that a retry finds again, without putting anyone's openid into it. */
export function keyedId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}
export const memberIdOf = (ownerId: string) => keyedId('party-member', ownerId)
export const signupIdOf = (postId: string, ownerId: string) => keyedId('party-post', postId, ownerId)

export async function getMember(id: string): Promise<MemberDoc | null> {
  return ((await members().doc(id).get()).data as MemberDoc | null) ?? null
}

export const insertMember = (doc: MemberDoc) => addOnce(members(), doc)

/** Changes a member only from the status it was read in (a refusal re-registered, a pending one decided). */
export async function updateMember(id: string, from: MemberStatus, changes: Partial<MemberDoc>): Promise<boolean> {
  const { stats } = await members().where({ _id: id, status: from }).update({ data: changes })
  return stats.updated > 0
}

export async function addHours(memberId: string, hours: number, now: Date): Promise<void> {
  await members().doc(memberId).update({ data: { hoursServed: _.inc(hours), updatedAt: now } })
}

/** Every document a query finds (a staff export), 1000 a request, at most `max`. */
export async function readAll<T>(query: Query, max = 5000): Promise<T[]> {
  const all: T[] = []
  for (;;) {
    const page = all.length ? query.skip(all.length) : query
    const { data } = await page.limit(Math.min(1000, max - all.length)).get()
    all.push(...(data as T[]))
    if (data.length < 1000 || all.length >= max) return all
  }
}

export function membersQuery(f: { status?: MemberStatus; reportedCommunity?: string }): Query {
  if (f.reportedCommunity) return members().where({ reportedCommunity: f.reportedCommunity, ...(f.status ? { status: f.status } : {}) }).orderBy('hoursServed', 'desc')
  if (f.status) return members().where({ status: f.status }).orderBy('registeredAt', 'desc')
  return members().where({ registeredAt: _.exists(true) }).orderBy('registeredAt', 'desc')
}

/**
 * A member's own record in one request: their member document with their post sign-ups, claimed wishes and
 * activity sign-ups (the party center's among them are their study days).
 */
export async function memberRecord(ownerId: string): Promise<{ member: MemberDoc; signups: SignupDoc[]; wishes: WishDoc[]; activitySignups: Doc[] } | null> {
  const { list } = await members()
    .aggregate()
    .match({ _id: memberIdOf(ownerId) })
    .lookup({ from: 'party_post_signups', pipeline: pipeline().match({ memberOwner: ownerId }).sort({ signedAt: -1 }).limit(50).done(), as: 'rec_signups' })
    .lookup({ from: 'party_wishes', pipeline: pipeline().match({ claimerId: ownerId }).sort({ updatedAt: -1 }).limit(50).done(), as: 'rec_wishes' })
    .lookup({ from: 'activity_signups', pipeline: pipeline().match({ subjectId: ownerId }).sort({ startAt: -1 }).limit(100).done(), as: 'rec_activities' })
    .end()
  const found = list[0] as Doc | undefined
  if (!found) return null
  const { rec_signups, rec_wishes, rec_activities, ...member } = found
  return { member: member as MemberDoc, signups: rec_signups as SignupDoc[], wishes: rec_wishes as WishDoc[], activitySignups: rec_activities as Doc[] }
}

/** The party center's activities among these (study days: 三会一课, 主题党日). */
export async function partyActivities(ids: string[]): Promise<Map<string, { title: string; startAt: Date }>> {
  if (!ids.length) return new Map()
  const { data } = await db.collection('activities').where({ _id: _.in(ids), center: 'party' }).field({ title: true, startAt: true }).limit(ids.length).get()
  return new Map(data.map((a) => [a._id as string, { title: a.title as string, startAt: a.startAt as Date }]))
}

export const insertPost = (doc: PostDoc) => addOnce(posts(), doc)

export async function getPost(id: string): Promise<PostDoc | null> {
  return ((await posts().doc(id).get()).data as PostDoc | null) ?? null
}

/** A post with the caller's user document (who manages it): one request. */
export async function postWithCaller(id: string, ownerId: string): Promise<{ post: PostDoc | null; caller: UserDoc | null }> {
  const { list } = await posts().aggregate().match({ _id: id }).lookup(lookupCaller(ownerId)).end()
  const found = list[0] as Doc | undefined
  if (!found) return { post: null, caller: null }
  const { doc, caller } = takeCaller(found)
  return { post: doc as PostDoc, caller }
}

export function postPool(p: Pick<PostDoc, '_id' | 'capacity'>): Pool {
  return { collection: 'party_posts', id: p._id, taken: 'taken', capacity: p.capacity, capacityField: 'capacity', left: 'placesLeft', where: { status: 'open' } }
}

/** Open posts whose period is not over, soonest first; a community's only when named. */
export function openPosts(now: Date, community?: string): Query {
  const where: Doc = { status: 'open', endAt: _.gt(now) }
  if (community) where.community = community
  return posts().where(where).orderBy('startAt', 'asc').orderBy('_id', 'asc')
}

/** The caller's sign-ups among these posts (one request). */
export async function signupsAmong(ownerId: string, postIds: string[]): Promise<SignupDoc[]> {
  if (!postIds.length) return []
  const ids = postIds.map((p) => signupIdOf(p, ownerId))
  return (await signups().where({ _id: _.in(ids) }).limit(ids.length).get()).data as SignupDoc[]
}

/** A post with the caller's member document, their sign-up to it and the caller's user document: one request. */
export async function postForSignUp(postId: string, ownerId: string): Promise<{ post: PostDoc | null; member: MemberDoc | null; signup: SignupDoc | null }> {
  const { list } = await posts()
    .aggregate()
    .match({ _id: postId })
    .lookup({ from: 'party_members', pipeline: pipeline().match({ _id: memberIdOf(ownerId) }).done(), as: 'su_member' })
    .lookup({ from: 'party_post_signups', pipeline: pipeline().match({ _id: signupIdOf(postId, ownerId) }).done(), as: 'su_signup' })
    .end()
  const found = list[0] as Doc | undefined
  if (!found) return { post: null, member: null, signup: null }
  const { su_member, su_signup, ...post } = found
  return { post: post as PostDoc, member: (su_member as MemberDoc[])[0] ?? null, signup: (su_signup as SignupDoc[])[0] ?? null }
}

export const insertSignup = (doc: SignupDoc) => addOnce(signups(), doc)

export async function getSignup(id: string): Promise<SignupDoc | null> {
  return ((await signups().doc(id).get()).data as SignupDoc | null) ?? null
}

export async function removeSignup(id: string): Promise<void> {
  await signups().doc(id).remove()
}

export const rosterOf = (postId: string): Query => signups().where({ postId }).orderBy('signedAt', 'asc')

/** Marks a sign-up served once: false when it was recorded already (two staff, or a retry). */
export async function markServed(id: string, changes: Partial<SignupDoc>): Promise<boolean> {
  const { stats } = await signups().where({ _id: id, status: 'signedUp' }).update({ data: changes })
  return stats.updated > 0
}

export const insertWish = (doc: WishDoc) => addOnce(wishes(), doc)

export async function getWish(id: string): Promise<WishDoc | null> {
  return ((await wishes().doc(id).get()).data as WishDoc | null) ?? null
}

/**
 * A wish with the caller's user document, member record and whether they registered as a volunteer (the time
 * bank's account carries the registration): who may claim, in one request.
 */
export async function wishWithCaller(id: string, ownerId: string): Promise<{ wish: WishDoc | null; caller: UserDoc | null; member: MemberDoc | null; volunteer: boolean }> {
  const { list } = await wishes()
    .aggregate()
    .match({ _id: id })
    .lookup(lookupCaller(ownerId))
    .lookup({ from: 'party_members', pipeline: pipeline().match({ _id: memberIdOf(ownerId) }).done(), as: 'w_member' })
    .lookup({ from: 'hours_accounts', pipeline: pipeline().match({ _id: ownerId }).project({ volunteerSince: 1 }).done(), as: 'w_account' })
    .end()
  const found = list[0] as Doc | undefined
  if (!found) return { wish: null, caller: null, member: null, volunteer: false }
  const { w_member, w_account, ...rest } = found
  const { doc, caller } = takeCaller(rest)
  return { wish: doc as WishDoc, caller, member: (w_member as MemberDoc[])[0] ?? null, volunteer: !!(w_account as Doc[])[0]?.volunteerSince }
}

export function wishPool(id: string): Pool {
  return { collection: 'party_wishes', id, taken: 'taken', capacity: 1, where: { status: 'open' } }
}

/** Moves a wish only from the status it was read in. */
export async function stepWish(id: string, from: WishStatus, changes: Doc): Promise<boolean> {
  const { stats } = await wishes().where({ _id: id, status: from }).update({ data: changes })
  return stats.updated > 0
}

export function wishesQuery(scope: 'open' | 'claimed' | 'posted' | 'manage', f: { ownerId: string; community?: string; communities?: string[] | 'all' }): Query {
  if (scope === 'claimed') return wishes().where({ claimerId: f.ownerId }).orderBy('updatedAt', 'desc')
  if (scope === 'posted') return wishes().where({ wisherId: f.ownerId }).orderBy('updatedAt', 'desc')
  if (scope === 'manage') {
    const scoped = f.community ?? (f.communities === 'all' ? undefined : f.communities)
    const where: Doc = { status: _.in(['vetting', 'delivered', 'claimed', 'open']) }
    if (typeof scoped === 'string') where.community = scoped
    else if (scoped) where.community = _.in(scoped)
    return wishes().where(where).orderBy('createdAt', 'desc')
  }
  return wishes().where({ status: 'open', ...(f.community ? { community: f.community } : {}) }).orderBy('createdAt', 'desc')
}

/** Claims past their deadline, oldest first (the timer returns them to the pool). */
export async function overdueClaims(now: Date, limit = 100): Promise<WishDoc[]> {
  return (await wishes().where({ status: 'claimed', claimDeadline: _.lte(now) }).orderBy('claimDeadline', 'asc').limit(limit).get()).data as WishDoc[]
}
