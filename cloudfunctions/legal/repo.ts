/** All database access of the legal function. */
import type { AidStatus } from '@/shared/domain/legal/aid'
import type { ConsultCategory, ConsultStatus } from '@/shared/domain/legal/consultations'
import type { Matter, Stage, Who } from '@/shared/domain/legal/eligibility'
import type { MediationLevel, MediationStatus } from '@/shared/domain/legal/mediation'
import type { BookingPolicy, Closure, OpeningRule } from '@/shared/domain/booking/slots'
import type { LawyerBookingStatus } from '@/shared/domain/legal/bookings'
import type { Corrections } from '@/shared/domain/workdays'
import { _, db, type Doc } from '../_kernel/cloud'
import { calendarLookup, correctionsIn } from '../_kernel/calendar'
import { isDuplicateKey } from '../_kernel/errors'
import { readForBooking, type SlotBook, type SlotRecord } from '../_kernel/slots'
import { lookupCaller, takeCaller, type UserDoc } from '../_kernel/users'

export { loadUser as getPerson, namesOf } from '../_kernel/users'

const consultations = () => db.collection('legal_consultations')
const aid = () => db.collection('legal_aid')
const mediations = () => db.collection('legal_mediations')
const providers = () => db.collection('legal_providers')
const accessLog = () => db.collection('legal_access_log')

type Pipeline = { match(c: Doc): Pipeline; project(p: Doc): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()
const lookupById = (from: string, id: string | null | undefined, as: string) => ({ from, pipeline: pipeline().match({ _id: id ?? '' }).done(), as })

/** A record read with its caller (and what else the step needs) in one request. */
export interface WithCaller<T> {
  doc: T | null
  caller: UserDoc | null
  /** false: the record is missing, and the caller was not read with it */
  found: boolean
}

/** Adds a record created by a keyed submit; false when this request had created it before (a retry). */
async function addKeyed(collection: ReturnType<typeof db.collection>, doc: Doc): Promise<boolean> {
  try {
    await collection.add({ data: doc })
    return true
  } catch (error) {
    if (isDuplicateKey(error)) return false
    throw error
  }
}

/** The request keys of the steps applied to a record: a retried submit finds its own and writes nothing. */
export const STEP_KEYS = 'stepKeys'

// ---- consultations -------------------------------------------------------------------------------------------

export interface MessageDoc {
  from: 'asker' | 'lawyer'
  byName: string
  text: string
  at: Date
}

export interface ConsultDoc {
  _id: string
  askerId: string
  askerName: string
  category: ConsultCategory
  status: ConsultStatus
  messages: MessageDoc[]
  photos: string[]
  /** the lawyer who picked it up (an openid: never sent to anyone) */
  lawyerId: string | null
  lawyerName: string | null
  rating: number | null
  comment: string | null
  askedAt: Date
  /** since when the resident's last word waits for a lawyer */
  waitingSince: Date
  updatedAt: Date
  /** request keys of the steps applied (a retried submit finds its own) */
  stepKeys?: string[]
}

/** false: this request had asked it before (the id comes from the request) */
export function insertConsultation(doc: ConsultDoc): Promise<boolean> {
  return addKeyed(consultations(), doc)
}

export async function getConsultation(id: string): Promise<ConsultDoc | null> {
  return ((await consultations().doc(id).get()).data as ConsultDoc | null) ?? null
}

/** The thread and its caller: one request. */
export async function consultationWithCaller(id: string, callerId: string | null): Promise<WithCaller<ConsultDoc>> {
  const { list } = await consultations().aggregate().match({ _id: id }).lookup(lookupCaller(callerId)).end()
  if (!list[0]) return { doc: null, caller: null, found: false }
  const { doc, caller } = takeCaller(list[0] as Doc)
  return { doc: doc as ConsultDoc, caller, found: true }
}

/** Applies a change only from the status (and lawyer) it was read with: concurrent answers do not both land. */
export async function stepConsultation(c: ConsultDoc, changes: Partial<ConsultDoc>, key: string, message?: MessageDoc): Promise<boolean> {
  const data: Doc = { ...changes, [STEP_KEYS]: _.push(key) }
  if (message) data.messages = _.push(message)
  const { stats } = await consultations()
    .where({ _id: c._id, status: c.status, lawyerId: c.lawyerId })
    .update({ data })
  return stats.updated === 1
}

export function consultationsOf(askerId: string) {
  return consultations().where({ askerId }).orderBy('updatedAt', 'desc')
}

/** The duty queue: waiting threads, oldest first (those flagged as unanswered for a day come first). */
export function waitingConsultations(lawyerId: string | null) {
  const where: Doc = { status: 'waiting' }
  if (lawyerId) where.lawyerId = _.in([null, lawyerId])
  return consultations().where(where).orderBy('waitingSince', 'asc')
}

// ---- legal-aid applications ---------------------------------------------------------------------------------------

export interface AidTimelineDoc {
  at: Date
  text: string
  by: string
  reason: string | null
  missing: string[]
}

export interface AidDoc {
  _id: string
  caseNo: string
  subjectId: string
  applicantName: string
  idNumber: string
  phone: string
  who: Who
  matter: Matter
  stage: Stage
  summary: string
  opposingName: string
  opposingContact: string | null
  noFixedIncome: boolean
  hardship: { householdSize: number; monthlyIncome: number; statement: string } | null
  materialFiles: string[]
  missing: string[]
  status: AidStatus
  open: boolean
  timeline: AidTimelineDoc[]
  completeAt: Date | null
  approvedAt: Date | null
  reviewRequestedAt: Date | null
  reviewedOnce: boolean
  refusalReason: string | null
  /** the running deadline, computed with the street's calendar when it started */
  dueAt: Date | null
  dueKind: 'decision' | 'assignment' | null
  /** the staff board's order: running deadlines first, earliest (overdue) on top, then the rest by age */
  boardKey: string
  lawyerId: string | null
  lawyerOpenid: string | null
  lawyerName: string | null
  submittedAt: Date
  updatedAt: Date
  stepKeys?: string[]
}

export function boardKey(dueAt: Date | null, submittedAt: Date): string {
  return dueAt ? `0${dueAt.toISOString()}` : `1${submittedAt.toISOString()}`
}

/** false: this request had filed it before (the id comes from the request) */
export function insertAid(doc: AidDoc): Promise<boolean> {
  return addKeyed(aid(), doc)
}

export interface AidRead {
  app: AidDoc | null
  corrections: Corrections
  caller: UserDoc | null
  found: boolean
  /** the lawyer asked for (assignLawyer) */
  lawyer: ProviderDoc | null
}

/** An application, the street's calendar corrections (a deadline needs both), its caller and a lawyer: one request. */
export async function getAidWithCalendar(id: string, callerId: string | null, lawyerId?: string): Promise<AidRead> {
  const { list } = await aid()
    .aggregate()
    .match({ _id: id })
    .lookup(calendarLookup('calendar'))
    .lookup(lookupCaller(callerId))
    .lookup(lookupById('legal_providers', lawyerId, 'lawyer'))
    .end()
  if (!list[0]) return { app: null, corrections: {}, caller: null, found: false, lawyer: null }
  const { doc, caller } = takeCaller(list[0] as Doc)
  const { calendar, lawyer, ...app } = doc as AidDoc & { calendar: unknown; lawyer: ProviderDoc[] }
  return { app, corrections: correctionsIn(calendar), caller, found: true, lawyer: lawyer[0] ?? null }
}

export async function stepAid(id: string, from: AidStatus, changes: Partial<AidDoc>, entry: AidTimelineDoc, key: string): Promise<boolean> {
  const data: Doc = { ...changes, timeline: _.push(entry), [STEP_KEYS]: _.push(key) }
  for (const key of ['missing', 'materialFiles', 'hardship'] as const) if (key in changes) data[key] = _.set(changes[key])
  const { stats } = await aid().where({ _id: id, status: from }).update({ data })
  return stats.updated === 1
}

export function aidOf(subjectId: string) {
  return aid().where({ subjectId }).orderBy('updatedAt', 'desc')
}

export function openAid() {
  return aid().where({ open: true }).orderBy('boardKey', 'asc')
}

export function aidOfLawyer(lawyerOpenid: string) {
  return aid().where({ lawyerOpenid }).orderBy('updatedAt', 'desc')
}

// ---- mediation -------------------------------------------------------------------------------------------------

export interface HistoryDoc {
  at: Date
  level: MediationLevel
  text: string
  by: string
}

export interface MediationDoc {
  _id: string
  caseNo: string
  level: MediationLevel
  status: MediationStatus
  open: boolean
  applicantId: string
  applicantName: string
  respondentId: string | null
  respondentName: string
  respondentPhone: string
  /** both parties' openids once known: "my cases" for either */
  parties: string[]
  inviteCode: string | null
  dispute: string
  preferredMediatorId: string | null
  mediatorId: string | null
  mediatorOpenid: string | null
  mediatorName: string | null
  isPublic: boolean
  sessions: Array<{ at: Date; place: string }>
  agreement: { terms: string; performance: string; recordedAt: Date; confirmedBy: Array<'applicant' | 'respondent'> } | null
  failureReason: string | null
  refusalReason: string | null
  judicialConfirmBy: Date | null
  /** when a party or staff recorded that 司法确认 was applied for (the reminder is withdrawn); absent before */
  judicialAppliedAt?: Date | null
  history: HistoryDoc[]
  createdAt: Date
  updatedAt: Date
  stepKeys?: string[]
}

/** false: this request had applied before (the id comes from the request) */
export function insertMediation(doc: MediationDoc): Promise<boolean> {
  return addKeyed(mediations(), doc)
}

export async function getMediation(id: string): Promise<MediationDoc | null> {
  return ((await mediations().doc(id).get()).data as MediationDoc | null) ?? null
}

/** A case, its caller and a mediator (assignMediator): one request. */
export async function mediationWithCaller(id: string, callerId: string | null, mediatorId?: string): Promise<WithCaller<MediationDoc> & { mediator: ProviderDoc | null }> {
  const { list } = await mediations()
    .aggregate()
    .match({ _id: id })
    .lookup(lookupCaller(callerId))
    .lookup(lookupById('legal_providers', mediatorId, 'provider'))
    .end()
  if (!list[0]) return { doc: null, caller: null, found: false, mediator: null }
  const { doc, caller } = takeCaller(list[0] as Doc)
  const { provider, ...m } = doc as MediationDoc & { provider: ProviderDoc[] }
  return { doc: m as MediationDoc, caller, found: true, mediator: provider[0] ?? null }
}

export async function mediationByCode(code: string): Promise<MediationDoc | null> {
  const { data } = await mediations().where({ inviteCode: code }).limit(1).get()
  return (data[0] as MediationDoc | undefined) ?? null
}

/** Applies a change only from the status it was read in (and, for confirmations, the confirmations read). */
export async function stepMediation(m: MediationDoc, changes: Doc, entry: HistoryDoc | null, key: string, extra: Doc = {}): Promise<boolean> {
  const data: Doc = { ...changes, [STEP_KEYS]: _.push(key) }
  if (entry) data.history = _.push(entry)
  const { stats } = await mediations()
    .where({ _id: m._id, status: m.status, ...extra })
    .update({ data })
  return stats.updated === 1
}

/** A condition that holds while nothing was added to the case's history since `m` was read. */
export function historyAsRead(m: Pick<MediationDoc, 'history'>): Doc {
  return { [`history.${m.history.length}`]: _.exists(false) }
}

export function mediationsOf(personId: string) {
  return mediations().where({ parties: personId }).orderBy('updatedAt', 'desc')
}

export function openMediations() {
  return mediations().where({ open: true }).orderBy('updatedAt', 'asc')
}

export function mediationsOfMediator(mediatorOpenid: string) {
  return mediations().where({ mediatorOpenid }).orderBy('updatedAt', 'desc')
}

// ---- lawyers and mediators ----------------------------------------------------------------------------------------

export interface ProviderDoc {
  /** a directory id (never the person's openid, which stays on the server) */
  _id: string
  openid: string
  name: string
  kind: 'lawyer' | 'mediator'
  intro: string
  order: number
}

export async function listProviders(kind: 'lawyer' | 'mediator'): Promise<ProviderDoc[]> {
  return (await providers().where({ kind }).orderBy('order', 'asc').limit(100).get()).data as ProviderDoc[]
}

export async function getProvider(id: string): Promise<ProviderDoc | null> {
  return ((await providers().doc(id).get()).data as ProviderDoc | null) ?? null
}

// ---- access log and street settings -----------------------------------------------------------------------------

export interface AccessDoc {
  caseId: string
  kind: 'consultation' | 'aid' | 'mediation'
  /** the case by its number (or a consultation's category): never the person; absent on the first entries */
  label?: string
  staffId: string
  staffName: string
  action: string
  at: Date
}

export async function logAccess(entry: AccessDoc): Promise<void> {
  await accessLog().add({ data: entry })
}

export function accessLogOf(caseId: string) {
  return accessLog().where({ caseId }).orderBy('at', 'desc')
}

/** Every case's reads, the latest first: what the administrator reviews. */
export function recentAccess() {
  return accessLog().orderBy('at', 'desc')
}

// ---- in-person consultations with the duty lawyer (kernel slots) -------------------------------------------------

/** The duty lawyers' reception room: its opening rule's windows are the lawyers on duty per slot. */
export interface RoomDoc {
  _id: string
  name: string
  address: string
  rule: OpeningRule
  policy: BookingPolicy
  closures: Closure[]
}

export interface LawyerBookingDoc extends SlotRecord {
  roomName: string
  address: string
  start: Date
  cancelBy: Date
  /** the topic's category only: what the resident wants to talk about stays with them */
  category: ConsultCategory
  status: LawyerBookingStatus
  createdAt: Date
  updatedAt: Date
}

export const SLOTS: SlotBook = { places: 'legal_rooms', days: 'legal_days', bookings: 'legal_bookings' }
const rooms = () => db.collection('legal_rooms')
const lawyerBookings = () => db.collection('legal_bookings')

export async function getRoom(id: string): Promise<RoomDoc | null> {
  return ((await rooms().doc(id).get()).data as RoomDoc | null) ?? null
}

export function readLawyerBooking(at: { roomId: string; day: string; subjectId: string; bookingId: string }) {
  return readForBooking<RoomDoc>(SLOTS, { placeId: at.roomId, day: at.day, subjectId: at.subjectId, bookingId: at.bookingId, person: { profile: 1 } })
}

export async function getLawyerBooking(id: string): Promise<LawyerBookingDoc | null> {
  return ((await lawyerBookings().doc(id).get()).data as LawyerBookingDoc | null) ?? null
}

const withPeople = { from: 'users', localField: 'subjectId', foreignField: '_id', as: 'people' }
const nameOf = (people: unknown): string | null => ((people as Doc[] | undefined) ?? [])[0]?.profile?.name ?? null

/** A booking, the name of its person and the caller: one request. */
export async function lawyerBookingWithCaller(id: string, callerId: string | null): Promise<WithCaller<LawyerBookingDoc> & { name: string | null }> {
  const { list } = await lawyerBookings().aggregate().match({ _id: id }).lookup(withPeople).lookup(lookupCaller(callerId)).end()
  if (!list[0]) return { doc: null, caller: null, found: false, name: null }
  const { doc, caller } = takeCaller(list[0] as Doc)
  const { people, ...booking } = doc as Doc
  return { doc: booking as LawyerBookingDoc, caller, found: true, name: nameOf(people) }
}

export async function moveLawyerBooking(id: string, from: LawyerBookingStatus[], changes: Doc): Promise<boolean> {
  const { stats } = await lawyerBookings()
    .where({ _id: id, status: _.in(from) })
    .update({ data: changes })
  return stats.updated === 1
}

export function lawyerBookingsOf(subjectId: string) {
  return lawyerBookings().where({ subjectId }).orderBy('start', 'desc')
}

/** A day of the room with each booking's person (for the masked name): one request. */
export async function dutyDay(roomId: string, day: string): Promise<Array<{ booking: LawyerBookingDoc; name: string | null }>> {
  const { list } = await lawyerBookings()
    .aggregate()
    .match({ placeId: roomId, day, status: _.neq('cancelled') })
    .sort({ time: 1 })
    .limit(500)
    .lookup(withPeople)
    .end()
  return (list as Doc[]).map(({ people, ...booking }) => ({ booking: booking as LawyerBookingDoc, name: nameOf(people) }))
}
