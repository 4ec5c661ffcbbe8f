/** All database access of the activities function. */
import type { ActivityStatus, Audience, Brand, SignupStatus } from '@/shared/domain/activities'
import type { CenterCode } from '@/shared/domain/centers'
import type { Pool, Waiter } from '../_kernel/claim'
import { _, db, type Doc } from '../_kernel/cloud'

export interface ActivityDoc {
  _id: string
  orgId: string | null
  orgName: string
  center: CenterCode
  brand: Brand | null
  title: string
  description: string
  cover: string | null
  address: string
  latitude: number | null
  longitude: number | null
  startAt: Date
  endAt: Date
  signupOpensAt: Date
  signupClosesAt: Date
  cancelDeadline: Date
  capacity: number
  /** seats taken (confirmed sign-ups and their companions): claimed and released through the kernel claim */
  taken: number
  /** people on the waitlist: while any wait, newcomers join the queue behind them */
  waiting: number
  /** seats still free, kept in step with `taken` for "has places" queries */
  placesLeft: number
  companionsAllowed: number
  audience: Audience
  questions: Array<{ label: string; required: boolean }>
  status: ActivityStatus
  reviewNote: string | null
  cancelReason: string | null
  /** the code residents scan or type at the venue to check themselves in */
  venueCode: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

export interface SignupDoc {
  /** `<activity>_<person>`: one sign-up per person per activity; never shown to anyone but the person */
  _id: string
  /** what the organizer's roster calls the row: random, so no openid reaches the organizer */
  rowId: string
  activityId: string
  title: string
  startAt: Date
  address: string
  subjectId: string
  actorId: string
  onBehalf: boolean
  seats: number
  answers: string[]
  status: SignupStatus
  /** the person's check-in code, unique within the activity */
  code: string
  /** when the sign-up arrived: the waitlist's order */
  arrivedAt: Date
  checkedInAt: Date | null
  createdAt: Date
  updatedAt: Date
}

const activities = () => db.collection('activities')
const signups = () => db.collection('activity_signups')

export const signupId = (activityId: string, subjectId: string) => `${activityId}_${subjectId}`

export async function insertActivity(doc: Omit<ActivityDoc, '_id'>): Promise<string> {
  return (await activities().add({ data: doc }))._id
}

export async function getActivity(id: string): Promise<ActivityDoc | null> {
  return ((await activities().doc(id).get()).data as ActivityDoc | null) ?? null
}

/** Applies changes only while the activity is still in the status it was read in. */
export async function updateActivity(id: string, from: ActivityStatus, changes: Doc): Promise<boolean> {
  const { stats } = await activities().where({ _id: id, status: from }).update({ data: changes })
  return stats.updated === 1
}

export function publicQuery(filter: { center?: string; brand?: string; from?: Date; to?: Date; hasPlaces?: boolean }, now: Date) {
  const where: Doc = { status: 'published', endAt: _.gte(now) }
  if (filter.center) where.center = filter.center
  if (filter.brand) where.brand = filter.brand
  if (filter.from && filter.to) where.startAt = _.gte(filter.from).and(_.lt(filter.to))
  if (filter.hasPlaces) where.placesLeft = _.gt(0)
  return activities().where(where).orderBy('startAt', 'asc')
}

export function orgQuery(orgId: string) {
  return activities().where({ orgId }).orderBy('updatedAt', 'desc')
}

export function reviewQuery(centers: string[] | 'all') {
  return activities()
    .where(centers === 'all' ? { status: 'reviewing' } : { status: 'reviewing', center: _.in(centers) })
    .orderBy('updatedAt', 'asc')
}

/** An activity's seats as a claimable pool with its waitlist (only a published activity hands seats out). */
export function seatPool(a: Pick<ActivityDoc, '_id' | 'capacity'>, status: ActivityStatus = 'published'): Pool {
  return { collection: 'activities', id: a._id, taken: 'taken', capacity: a.capacity, capacityField: 'capacity', waiting: 'waiting', left: 'placesLeft', where: { status } }
}

/** The head of an activity's waitlist, ready to be admitted by the kernel's promote. */
export async function waitlistHead(activityId: string, now: Date): Promise<(Waiter & { signup: SignupDoc }) | null> {
  const next = await firstWaitlisted(activityId)
  if (!next) return null
  return {
    signup: next,
    places: next.seats,
    admit: () => moveSignup(next._id, ['waitlisted'], { status: 'confirmed', updatedAt: now }),
  }
}

export async function insertSignup(doc: SignupDoc): Promise<void> {
  await signups().add({ data: doc })
}

/** An activity and one person's sign-up to it in one request. */
export async function activityWithSignup(activityId: string, signupId: string): Promise<{ activity: ActivityDoc | null; signup: SignupDoc | null }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { done(): unknown } } }
  const { list } = await activities()
    .aggregate()
    .match({ _id: activityId })
    .lookup({ from: 'activity_signups', pipeline: $.pipeline().match({ _id: signupId }).done(), as: 'signups' })
    .end()
  const found = list[0] as (ActivityDoc & { signups: SignupDoc[] }) | undefined
  if (!found) return { activity: null, signup: null }
  const { signups: matched, ...activity } = found
  return { activity, signup: matched[0] ?? null }
}

/** An activity and the person signing up, in one request (the sign-up path counts its requests). */
export async function activityWithPerson(activityId: string, personId: string): Promise<{ activity: ActivityDoc | null; person: Doc | null }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { project(p: Doc): { done(): unknown } } } }
  const { list } = await activities()
    .aggregate()
    .match({ _id: activityId })
    .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: personId }).project({ profile: 1 }).done(), as: 'people' })
    .end()
  const found = list[0] as (ActivityDoc & { people: Doc[] }) | undefined
  if (!found) return { activity: null, person: null }
  const { people, ...activity } = found
  return { activity, person: people[0] ?? null }
}

export async function getSignup(id: string): Promise<SignupDoc | null> {
  return ((await signups().doc(id).get()).data as SignupDoc | null) ?? null
}

/** Moves a sign-up on only from the statuses given: a repeated or concurrent move changes nothing. */
export async function moveSignup(id: string, from: SignupStatus[], changes: Doc): Promise<boolean> {
  const { stats } = await signups()
    .where({ _id: id, status: _.in(from) })
    .update({ data: changes })
  return stats.updated === 1
}

export async function firstWaitlisted(activityId: string): Promise<SignupDoc | null> {
  const { data } = await signups().where({ activityId, status: 'waitlisted' }).orderBy('arrivedAt', 'asc').orderBy('_id', 'asc').limit(1).get()
  return (data[0] as SignupDoc | undefined) ?? null
}

/** 1 for the next to be promoted: how many waitlisted sign-ups arrived before this one, plus one. */
export async function waitlistPosition(s: Pick<SignupDoc, '_id' | 'activityId' | 'arrivedAt'>): Promise<number> {
  const { total } = await signups()
    .where(
      _.and([
        { activityId: s.activityId, status: 'waitlisted' },
        _.or([{ arrivedAt: _.lt(s.arrivedAt) }, { arrivedAt: s.arrivedAt, _id: _.lt(s._id) }]),
      ]),
    )
    .count()
  return total + 1
}

export async function countSignups(activityId: string, status: SignupStatus): Promise<number> {
  return (await signups().where({ activityId, status }).count()).total
}

export function activityRoster(activityId: string) {
  return signups()
    .where({ activityId, status: _.in(['confirmed', 'waitlisted']) })
    .orderBy('status', 'asc')
    .orderBy('arrivedAt', 'asc')
    .orderBy('_id', 'asc')
}

export async function allSignups(activityId: string, statuses: SignupStatus[]): Promise<SignupDoc[]> {
  const all: SignupDoc[] = []
  for (;;) {
    const { data } = await signups()
      .where({ activityId, status: _.in(statuses) })
      .orderBy('arrivedAt', 'asc')
      .skip(all.length)
      .limit(1000)
      .get()
    all.push(...(data as SignupDoc[]))
    if (data.length < 1000) return all
  }
}

export async function findByCode(activityId: string, code: string): Promise<SignupDoc | null> {
  const { data } = await signups().where({ activityId, code }).limit(1).get()
  return (data[0] as SignupDoc | undefined) ?? null
}

export async function markCheckedIn(id: string, at: Date): Promise<boolean> {
  const { stats } = await signups()
    .where({ _id: id, status: 'confirmed', checkedInAt: null })
    .update({ data: { checkedInAt: at, updatedAt: at } })
  return stats.updated === 1
}

export function signupsOf(subjectId: string) {
  return signups().where({ subjectId }).orderBy('startAt', 'desc')
}

export { loadUser as getPerson, namesOf } from '../_kernel/users'

export async function getOrgName(orgId: string): Promise<{ name: string; centers: string[] } | null> {
  const { data } = await db.collection('orgs').doc(orgId).get()
  return data ? { name: data.name as string, centers: data.centers as string[] } : null
}
