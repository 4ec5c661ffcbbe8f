/** All database access of the voice function (居民服务中心). */
import type { BookingPolicy, Closure, OpeningRule } from '@/shared/domain/booking/slots'
import type { ForwardTarget, OpinionCategory, OpinionKind, OpinionStatus } from '@/shared/domain/voice/opinions'
import type { ReceptionStatus } from '@/shared/domain/voice/receptions'
import { _, db, type Doc } from '../_kernel/cloud'
import { readForBooking, type SlotBook, type SlotRecord } from '../_kernel/slots'

export { loadUser as getPerson, namesOf } from '../_kernel/users'

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
  opinionId: string | null
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
