/** All database access of the voice function (居民服务中心). */
import type { BookingPolicy, Closure, OpeningRule } from '@/shared/domain/booking/slots'
import type { Scope, TopicStep } from '@/shared/domain/voice/deliberation'
import type { ForwardTarget, OpinionCategory, OpinionKind, OpinionStatus } from '@/shared/domain/voice/opinions'
import type { ReceptionStatus } from '@/shared/domain/voice/receptions'
import { _, db, type Doc } from '../_kernel/cloud'
import { readForBooking, type SlotBook, type SlotRecord } from '../_kernel/slots'
import { addOnce } from '../_kernel/records'

export { loadUser as getPerson, namesOf, updateUser } from '../_kernel/users'

const opinions = () => db.collection('voice_opinions')
const receptions = () => db.collection('voice_receptions')
const bookings = () => db.collection('voice_reception_bookings')

// ---- 社情民意 -------------------------------------------------------------------------------------------------

export interface OpinionEventDoc {
  at: Date
  text: string
  by: string
}

export interface OpinionDoc {
  _id: string
  /** the author's openid: never sent to anyone */
  authorId: string
  authorName: string
  community: string
  kind: OpinionKind
  category: OpinionCategory
  text: string
  photos: string[]
  public: boolean
  anonymous: boolean
  status: OpinionStatus
  answer: { text: string; by: string; at: Date } | null
  forward: { center: ForwardTarget; centerName: string; reference: string | null; note: string; at: Date } | null
  agenda: { receptionId: string; title: string; cadreName: string; note: string; at: Date } | null
  timeline: OpinionEventDoc[]
  /** who seconded (openids, never sent): one each, the count moves with the set */
  seconders: string[]
  secondCount: number
  createdAt: Date
  updatedAt: Date
}

export async function insertOpinion(doc: OpinionDoc): Promise<void> {
  await opinions().add({ data: doc })
}

export async function getOpinion(id: string): Promise<OpinionDoc | null> {
  return ((await opinions().doc(id).get()).data as OpinionDoc | null) ?? null
}

/** Applies a move only from the status it was read in: two staff deciding at once do not both land. */
export async function stepOpinion(id: string, from: OpinionStatus, changes: Doc, entry: OpinionEventDoc): Promise<boolean> {
  const data: Doc = { ...changes, updatedAt: entry.at, timeline: _.push(entry) }
  for (const key of ['answer', 'forward', 'agenda'] as const) if (key in changes) data[key] = _.set(changes[key])
  const { stats } = await opinions().where({ _id: id, status: from }).update({ data })
  return stats.updated === 1
}

/** Seconds once per person, in one conditional update: the set and the count move together. */
export async function addSeconder(id: string, personId: string): Promise<boolean> {
  const { stats } = await opinions()
    .where({ _id: id, public: true, status: _.neq('answered'), authorId: _.neq(personId), seconders: _.neq(personId) })
    .update({ data: { seconders: _.addToSet(personId), secondCount: _.inc(1) } })
  return stats.updated === 1
}

const LIST_FIELDS = { seconders: false, photos: false, timeline: false } as const

export function opinionsOf(authorId: string) {
  return opinions().where({ authorId }).field(LIST_FIELDS).orderBy('createdAt', 'desc')
}

/** The staff board (every opinion) or the residents' view (public ones), newest first. */
export function opinionBoard(filter: { status?: OpinionStatus; category?: OpinionCategory; publicOnly: boolean }) {
  const where: Doc = {}
  if (filter.publicOnly) where.public = true
  if (filter.category) where.category = filter.category
  if (filter.status) where.status = filter.status
  const query = Object.keys(where).length ? opinions().where(where) : opinions()
  return query.field(LIST_FIELDS).orderBy('createdAt', 'desc')
}

/** The newest opinions by the board's filters, for the staff's spreadsheet (at most 1,000 a sheet). */
export async function opinionSheet(filter: { status?: OpinionStatus; category?: OpinionCategory }): Promise<OpinionDoc[]> {
  return (await opinionBoard({ ...filter, publicOnly: false }).limit(1000).get()).data as OpinionDoc[]
}

export async function agendaOf(receptionId: string): Promise<OpinionDoc[]> {
  const { data } = await opinions().where({ 'agenda.receptionId': receptionId }).field(LIST_FIELDS).orderBy('createdAt', 'desc').limit(50).get()
  return data as OpinionDoc[]
}

// ---- 干群恳谈 (kernel slots) -------------------------------------------------------------------------------------

/** A cadre's reception hours: the slot engine's place. */
export interface ReceptionDoc {
  _id: string
  /** the cadre's openid (never sent): who receives and records */
  cadreOpenid: string
  cadreName: string
  title: string
  address: string
  rule: OpeningRule
  policy: BookingPolicy
  closures: Closure[]
  active: boolean
  createdAt: Date
  updatedAt: Date
}

export interface ReceptionBookingDoc extends SlotRecord {
  receptionTitle: string
  cadreName: string
  cadreOpenid: string
  address: string
  start: Date
  cancelBy: Date
  topic: string
  community: string
  status: ReceptionStatus
  outcome: string | null
  createdAt: Date
  updatedAt: Date
}

export const SLOTS: SlotBook = { places: 'voice_receptions', days: 'voice_reception_days', bookings: 'voice_reception_bookings' }

export async function getReception(id: string): Promise<ReceptionDoc | null> {
  return ((await receptions().doc(id).get()).data as ReceptionDoc | null) ?? null
}

export async function saveReception(doc: ReceptionDoc): Promise<void> {
  const { _id, ...data } = doc
  await receptions().doc(_id).set({ data })
}

export async function activeReceptions(): Promise<ReceptionDoc[]> {
  return (await receptions().where({ active: true }).orderBy('createdAt', 'asc').limit(100).get()).data as ReceptionDoc[]
}

export function readReceptionBooking(at: { receptionId: string; day: string; subjectId: string; bookingId: string }) {
  return readForBooking<ReceptionDoc>(SLOTS, { placeId: at.receptionId, day: at.day, subjectId: at.subjectId, bookingId: at.bookingId, person: { profile: 1 } })
}

export async function getReceptionBooking(id: string): Promise<ReceptionBookingDoc | null> {
  return ((await bookings().doc(id).get()).data as ReceptionBookingDoc | null) ?? null
}

export async function moveReceptionBooking(id: string, from: ReceptionStatus[], changes: Doc): Promise<boolean> {
  const { stats } = await bookings()
    .where({ _id: id, status: _.in(from) })
    .update({ data: changes })
  return stats.updated === 1
}

export function receptionBookingsOf(subjectId: string) {
  return bookings().where({ subjectId }).orderBy('start', 'desc')
}

export async function receptionDay(receptionId: string, day: string): Promise<ReceptionBookingDoc[]> {
  return (await bookings().where({ placeId: receptionId, day }).orderBy('time', 'asc').limit(100).get()).data as ReceptionBookingDoc[]
}

// ---- 居民议事 ---------------------------------------------------------------------------------------------------

const topics = () => db.collection('voice_topics')
const verifications = () => db.collection('voice_verifications')

export interface TopicDoc {
  _id: string
  title: string
  body: string
  scope: Scope
  scopeKey: string
  /** the proposer's openid (never sent); null for the council's own topics */
  proposerId: string | null
  proposerName: string
  byCouncil: boolean
  step: TopicStep
  gatherUntil: Date
  threshold: number
  supportCount: number
  comments: Array<{ by: string; text: string; at: Date }>
  council: { at: Date; place: string; agenda: string; attendance: string[]; minutes: string | null } | null
  resolution: { decision: string; reasons: string; accepted: boolean; needsVote: boolean; publishedAt: Date; noticeUntil: Date; objectionCount: number } | null
  /** totals per option only: which ballot chose what is never stored */
  vote: { question: string; options: Array<{ key: string; label: string }>; perHousehold: boolean; opensAt: Date; closesAt: Date; totals: Record<string, number>; ballotCount: number } | null
  tasks: Array<{ id: string; title: string; owner: string; dueDay: string; done: boolean }>
  updates: Array<{ at: Date; text: string; percent: number; photos: string[] }>
  progress: number
  ratingCount: number
  ratingSum: number
  /** bumped by every staff move: a move applies only to the topic as it was read (absent on topics never moved) */
  rev?: number
  createdAt: Date
  updatedAt: Date
}

/** What getTopic reads with the topic, in the same request: the viewer's own support, objection, rating, ballot. */
export interface TopicRead {
  topic: TopicDoc | null
  supported: boolean
  objected: boolean
  rated: boolean
  /** the viewer's ballots: by household and by person (the vote says which counts) */
  ballots: Array<{ _id: string; receipt: string }>
  ballot: { receipt: string } | null
  objections: Array<{ text: string; at: Date }>
}

type Pipeline = { match(c: Doc): Pipeline; project(p: Doc): Pipeline; sort(s: Doc): Pipeline; limit(n: number): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

export const personalId = (topicId: string, actorId: string) => `${topicId}_${actorId}`

/** The topic and what the viewer did on it: one request. Objection reasons only when asked (staff). */
export async function readTopic(topicId: string, actorId: string, ballotIds: string[], withObjections: boolean): Promise<TopicRead> {
  const mine = personalId(topicId, actorId)
  let q = topics()
    .aggregate()
    .match({ _id: topicId })
    .lookup({ from: 'voice_supports', pipeline: pipeline().match({ _id: mine }).project({ _id: 1 }).done(), as: 'r_support' })
    .lookup({ from: 'voice_objections', pipeline: pipeline().match({ _id: mine }).project({ _id: 1 }).done(), as: 'r_objection' })
    .lookup({ from: 'voice_ratings', pipeline: pipeline().match({ _id: mine }).project({ _id: 1 }).done(), as: 'r_rating' })
    .lookup({ from: 'voice_ballots', pipeline: pipeline().match({ _id: _.in(ballotIds.length ? ballotIds : ['-']) }).project({ receipt: 1 }).done(), as: 'r_ballot' })
  if (withObjections) q = q.lookup({ from: 'voice_objections', pipeline: pipeline().match({ topicId }).sort({ at: -1 }).limit(50).project({ text: 1, at: 1 }).done(), as: 'r_objections' })
  const { list } = await q.end()
  const found = list[0] as Doc | undefined
  if (!found) return { topic: null, supported: false, objected: false, rated: false, ballots: [], ballot: null, objections: [] }
  const { r_support, r_objection, r_rating, r_ballot, r_objections, ...topic } = found
  return {
    topic: topic as TopicDoc,
    supported: r_support.length > 0,
    objected: r_objection.length > 0,
    rated: r_rating.length > 0,
    ballots: r_ballot as Array<{ _id: string; receipt: string }>,
    ballot: null,
    objections: ((r_objections ?? []) as Array<{ text: string; at: Date }>).map((o) => ({ text: o.text, at: o.at })),
  }
}

export async function getTopic(id: string): Promise<TopicDoc | null> {
  return ((await topics().doc(id).get()).data as TopicDoc | null) ?? null
}

export async function insertTopic(doc: TopicDoc): Promise<void> {
  await topics().add({ data: doc })
}

/**
 * A staff move: applied only to the topic as `t` read it (its step and its revision), so two members of staff
 * writing tasks or progress at once never overwrite each other; false when it changed meanwhile.
 */
export async function stepTopic(t: Pick<TopicDoc, '_id' | 'step' | 'rev'>, changes: Doc): Promise<boolean> {
  const data: Doc = { ...changes, rev: (t.rev ?? 0) + 1 }
  for (const key of ['council', 'resolution', 'vote', 'tasks'] as const) if (key in changes) data[key] = _.set(changes[key])
  const { stats } = await topics()
    .where({ _id: t._id, step: t.step, rev: t.rev === undefined ? _.exists(false) : t.rev })
    .update({ data })
  return stats.updated === 1
}

export async function pushComment(id: string, comment: { by: string; text: string; at: Date }, now: Date): Promise<boolean> {
  const { stats } = await topics()
    .where({ _id: id, step: 'gathering', gatherUntil: _.gt(now) })
    .update({ data: { comments: _.push(comment), updatedAt: now } })
  return stats.updated === 1
}

/**
 * A per-person record (`<topicId>_<openid>` in supports, objections, ratings), unique by its id: false when the
 * person has one already.
 */
const PERSONAL = {
  voice_supports: () => db.collection('voice_supports'),
  voice_objections: () => db.collection('voice_objections'),
  voice_ratings: () => db.collection('voice_ratings'),
  voice_ballots: () => db.collection('voice_ballots'),
}

export function addPersonal(collection: 'voice_supports' | 'voice_objections' | 'voice_ratings', doc: Doc): Promise<boolean> {
  return addOnce(PERSONAL[collection](), doc)
}

export async function removePersonal(collection: 'voice_supports' | 'voice_objections' | 'voice_ratings' | 'voice_ballots', id: string): Promise<void> {
  await PERSONAL[collection]().doc(id).remove()
}

/** Counts a support while opinions are still gathered. */
export async function countSupport(id: string, now: Date): Promise<boolean> {
  const { stats } = await topics()
    .where({ _id: id, step: 'gathering', gatherUntil: _.gt(now) })
    .update({ data: { supportCount: _.inc(1) } })
  return stats.updated === 1
}

export async function countObjection(id: string, now: Date): Promise<boolean> {
  const { stats } = await topics()
    .where({ _id: id, step: 'notice', 'resolution.noticeUntil': _.gt(now) })
    .update({ data: { 'resolution.objectionCount': _.inc(1) } })
  return stats.updated === 1
}

export async function countRating(id: string, score: number): Promise<boolean> {
  const { stats } = await topics()
    .where({ _id: id, step: 'evaluating' })
    .update({ data: { ratingCount: _.inc(1), ratingSum: _.inc(score) } })
  return stats.updated === 1
}

/** A ballot: unique by its id (the household's or the person's), holding a receipt and nothing of the choice. */
export function addBallot(id: string, topicId: string, receipt: string): Promise<boolean> {
  return addOnce(PERSONAL.voice_ballots(), { _id: id, topicId, receipt })
}

/** Adds the ballot to its option's total while the vote is open. */
export async function countBallot(id: string, option: string, now: Date): Promise<boolean> {
  const { stats } = await topics()
    .where({ _id: id, step: 'notice', 'vote.closesAt': _.gt(now), [`vote.totals.${option}`]: _.exists(true) })
    .update({ data: { [`vote.totals.${option}`]: _.inc(1), 'vote.ballotCount': _.inc(1) } })
  return stats.updated === 1
}

export function topicsIn(scopeKeys: string[] | null, step?: TopicStep) {
  const where: Doc = {}
  if (scopeKeys) where.scopeKey = _.in(scopeKeys)
  if (step) where.step = step
  const q = Object.keys(where).length ? topics().where(where) : topics()
  return q.field({ comments: false, updates: false, tasks: false, vote: false }).orderBy('updatedAt', 'desc')
}

// ---- address verification (the badge) ------------------------------------------------------------------------

export interface VerificationDoc {
  /** a hash of the person's openid: the id staff see */
  _id: string
  personId: string
  name: string
  community: string
  address: string
  status: 'pending' | 'verified' | 'refused'
  refusal: string | null
  askedAt: Date
  decidedAt: Date | null
}

export async function getVerification(id: string): Promise<VerificationDoc | null> {
  return ((await verifications().doc(id).get()).data as VerificationDoc | null) ?? null
}

export async function saveVerification(doc: VerificationDoc): Promise<void> {
  const { _id, ...data } = doc
  await verifications().doc(_id).set({ data })
}

export async function decideVerification(id: string, changes: Doc): Promise<boolean> {
  const { stats } = await verifications().where({ _id: id, status: 'pending' }).update({ data: changes })
  return stats.updated === 1
}

export function pendingVerifications() {
  return verifications().where({ status: 'pending' }).orderBy('askedAt', 'asc')
}
