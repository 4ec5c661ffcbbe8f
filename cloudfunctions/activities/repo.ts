/** All database access of the activities function. */
import type { ActivityStatus, Audience, Brand, SignupStatus } from '@/shared/domain/activities'
import type { CenterCode } from '@/shared/domain/centers'
import type { Pool, Waiter } from '../_kernel/claim'
import { _, db, type Doc } from '../_kernel/cloud'
import { addOnce } from '../_kernel/records'

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
  /** 志愿服务: hours each attendee's check-in credits (kernel hours); missing/null when not volunteer service */
  volunteerHours?: number | null
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
  /** the person's name and phone when they signed up: the roster reads no user documents (absent on older sign-ups) */
  name?: string
  phone?: string | null
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

/** false when an activity with this id exists: the same request, retried */
export function insertActivity(doc: ActivityDoc): Promise<boolean> {
  return addOnce(activities(), doc)
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

export type WaitingSignup = Waiter & { signup: SignupDoc }

/** A waitlisted sign-up as the kernel's promote admits it: the record moves, keeping its arrival (its place in the queue). */
export function waiter(next: SignupDoc, now: Date): WaitingSignup {
  return {
    signup: next,
    places: next.seats,
    arrivedAt: next.arrivedAt,
    admit: () => moveSignup(next._id, ['waitlisted'], { status: 'confirmed', updatedAt: now }),
    unadmit: async () => {
      await moveSignup(next._id, ['confirmed'], { status: 'waitlisted', updatedAt: now })
    },
  }
}

/** The head of an activity's waitlist, ready to be admitted by the kernel's promote. */
export async function waitlistHead(activityId: string, now: Date): Promise<WaitingSignup | null> {
  const next = await firstWaitlisted(activityId)
  return next ? waiter(next, now) : null
}

/** false when the person's sign-up exists (its id is keyed by activity and person): a double tap */
export function insertSignup(doc: SignupDoc): Promise<boolean> {
  return addOnce(signups(), doc)
}

type Pipeline = { match(c: Doc): Pipeline; project(p: Doc): Pipeline; sort(o: Doc): Pipeline; skip(n: number): Pipeline; limit(n: number): Pipeline; count(field: string): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

/** Joined documents for `withActivity`: each becomes an array field of the result under its name. */
const joins = {
  /** one person's sign-up */
  signup: (id: string) => ({ from: 'activity_signups', pipeline: pipeline().match({ _id: id }).done() }),
  /** the head of the waitlist */
  head: (activityId: string) => ({
    from: 'activity_signups',
    pipeline: pipeline().match({ activityId, status: 'waitlisted' }).sort({ arrivedAt: 1, _id: 1 }).limit(1).done(),
  }),
  /** a sign-up by its check-in code */
  byCode: (activityId: string, code: string) => ({ from: 'activity_signups', pipeline: pipeline().match({ activityId, code }).limit(1).done() }),
  /** what a sign-up needs of the person: the profile; what managing needs: the roles */
  person: (id: string, fields: Doc) => ({ from: 'users', pipeline: pipeline().match({ _id: id }).project(fields).done() }),
}

/**
 * An activity with what an action needs beside it (the person's sign-up, the waitlist's head, a user), in one
 * request: the sign-up and cancel paths and the detail page count their requests.
 */
export async function withActivity(activityId: string, joined: Record<string, { from: string; pipeline: unknown }>): Promise<{ activity: ActivityDoc | null; joined: Record<string, Doc | null> }> {
  let query = activities().aggregate().match({ _id: activityId })
  for (const [as, j] of Object.entries(joined)) query = query.lookup({ ...j, as: `joined_${as}` })
  const found = (await query.end()).list[0] as Doc | undefined
  if (!found) return { activity: null, joined: {} }
  const activity: Doc = {}
  const out: Record<string, Doc | null> = {}
  for (const [field, value] of Object.entries(found)) {
    if (field.startsWith('joined_')) out[field.slice(7)] = (value as Doc[])[0] ?? null
    else activity[field] = value
  }
  return { activity: activity as ActivityDoc, joined: out }
}

export { joins }

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

/**
 * A page of the roster (confirmed first, then the waitlist in its order) with the activity and how many are
 * confirmed (where the waitlist's positions start), in one request.
 */
export async function rosterPage(activityId: string, offset: number, limit: number): Promise<{ activity: ActivityDoc | null; confirmed: number; rows: SignupDoc[] }> {
  const { list } = await activities()
    .aggregate()
    .match({ _id: activityId })
    .lookup({ from: 'activity_signups', pipeline: pipeline().match({ activityId, status: 'confirmed' }).count('n').done(), as: 'roster_confirmed' })
    .lookup({
      from: 'activity_signups',
      pipeline: pipeline().match({ activityId, status: _.in(['confirmed', 'waitlisted']) }).sort({ status: 1, arrivedAt: 1, _id: 1 }).skip(offset).limit(limit).done(),
      as: 'roster_rows',
    })
    .end()
  const found = list[0] as Doc | undefined
  if (!found) return { activity: null, confirmed: 0, rows: [] }
  const { roster_confirmed: counted, roster_rows: rows, ...activity } = found
  return { activity: activity as ActivityDoc, confirmed: (counted as Array<{ n: number }>)[0]?.n ?? 0, rows: rows as SignupDoc[] }
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
