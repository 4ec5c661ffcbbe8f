/** All database access of the affairs function. */
import { APPLICATION_STATUSES, type ApplicationStatus, type HandledAt, isOpen } from '@/shared/domain/affairs/applications'
import type { BookingStatus } from '@/shared/domain/affairs/bookings'
import type { BookingPolicy, Closure, DayCounts, OpeningRule } from '@/shared/domain/booking/slots'
import { literalPattern } from '@/shared/domain/people'
import { _, db, type Doc } from '../_kernel/cloud'
import { AppError, isDuplicateKey } from '../_kernel/errors'
import { type BookingRead, dayId, giveBackSlot, readForBooking, type SlotBook, slotCounts } from '../_kernel/slots'
import { updateUser } from '../_kernel/users'
import { addOnce } from '../_kernel/records'

export interface ServiceDoc {
  _id: string
  name: string
  category: string
  handledAt: HandledAt
  delegable: boolean
  promisedDays: number
  fee: string
  who: string
  materials: Array<{ name: string; note: string; required?: boolean }>
  keywords: string[]
  order: number
}

export interface PlaceDoc {
  _id: string
  name: string
  kind: 'hall' | 'station'
  community: string | null
  address: string
  rule: OpeningRule
  policy: BookingPolicy
  closures: Closure[]
}

export interface DayDoc {
  _id: string
  placeId: string
  day: string
  booked: DayCounts
  queue?: number
}

export interface BookingDoc {
  /** from the request id (kernel slots): a retry finds the booking it made */
  _id: string
  /** `<subject>_<service>_<day>` while active, so one person holds one booking per item per day (unique index) */
  activeKey: string
  /** the person's hold while the booking stands (kernel slots: the per-person cap); `<status>_<id>` once closed */
  holdKey?: string
  serviceId: string
  serviceName: string
  placeId: string
  placeName: string
  address: string
  day: string
  time: string
  start: Date
  /** last moment the resident may cancel (the place's cutoff before the start) */
  cancelBy: Date
  materials: ServiceDoc['materials']
  subjectId: string
  actorId: string
  onBehalf: boolean
  status: BookingStatus
  queueNo: number | null
  window: number | null
  cancelReason: string | null
  createdAt: Date
  updatedAt: Date
}

export interface TimelineDoc {
  at: Date
  status: ApplicationStatus
  text: string
  by: string
  reason: string | null
  missing: string[]
}

export interface ApplicationDoc {
  _id: string
  serviceId: string
  serviceName: string
  handledAt: HandledAt
  stationId: string
  stationName: string
  community: string | null
  applicantName: string
  subjectId: string
  actorId: string
  onBehalf: boolean
  fields: Array<{ label: string; value: string }>
  materialFiles: string[]
  /** what each photo shows (absent on applications filed before photos were labelled) */
  materialOf?: string[]
  note: string | null
  status: ApplicationStatus
  missing: string[]
  timeline: TimelineDoc[]
  submittedAt: Date
  updatedAt: Date
}

const services = () => db.collection('affairs_services')
const places = () => db.collection('affairs_places')
const bookings = () => db.collection('affairs_bookings')
const applications = () => db.collection('affairs_applications')

/** Window appointments through the kernel's slots: places, day counters, bookings. */
export const SLOTS: SlotBook = { places: 'affairs_places', days: 'affairs_days', bookings: 'affairs_bookings' }

// ---- catalog -----------------------------------------------------------------------------------------

export function serviceQuery(filter: { keyword?: string; category?: string }) {
  const conditions: Doc[] = []
  if (filter.category) conditions.push({ category: filter.category })
  if (filter.keyword) {
    const pattern = db.RegExp({ regexp: literalPattern(filter.keyword), options: 'i' })
    conditions.push(_.or([{ name: pattern }, { keywords: pattern }]))
  }
  return (conditions.length ? services().where(_.and(conditions)) : services()).orderBy('order', 'asc')
}

export async function getService(id: string): Promise<ServiceDoc | null> {
  return ((await services().doc(id).get()).data as ServiceDoc | null) ?? null
}

export async function getPlace(id: string): Promise<PlaceDoc | null> {
  return ((await places().doc(id).get()).data as PlaceDoc | null) ?? null
}

export async function listPlaces(): Promise<PlaceDoc[]> {
  return (await places().orderBy('_id', 'asc').limit(100).get()).data as PlaceDoc[]
}

/**
 * Everything a booking decides on, in one request: the place, the service, the person's profile and standing,
 * the day's counters, the person's holds, and the booking this request made before (a retry).
 */
export function readBooking(at: { placeId: string; serviceId: string; day: string; subjectId: string; bookingId: string }): Promise<BookingRead<PlaceDoc>> {
  return readForBooking<PlaceDoc>(SLOTS, { ...at, with: [{ from: 'affairs_services', id: at.serviceId, as: 'service' }], person: { profile: 1, affairs: 1 } })
}

// ---- slots ---------------------------------------------------------------------------------------------

export const dayCounts = (placeId: string, dayList: string[]): Promise<Map<string, DayCounts>> => slotCounts(SLOTS, placeId, dayList)

/** A booking that no longer stands gives back its window (its hold went with the move that closed it). */
export const freeBooking = (b: Pick<BookingDoc, 'placeId' | 'day' | 'time'>): Promise<void> => giveBackSlot(SLOTS, b)

export { loadUser as getPerson, namesOf } from '../_kernel/users'

export async function recordNoShow(subjectId: string, at: Date, suspendedUntil: Date | null): Promise<void> {
  await updateUser(subjectId, { 'affairs.noShows': _.push(at), 'affairs.suspendedUntil': suspendedUntil })
}

// ---- bookings ----------------------------------------------------------------------------------------------

type Pipeline = { match(c: Doc): Pipeline; project(p: Doc): Pipeline; sort(o: Doc): Pipeline; limit(n: number): Pipeline; lookup(o: Doc): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

/** What a board entry shows of the person (never the openid), and the no-shows the suspension rule counts. */
export interface BookedPerson {
  name: string
  phone: string | null
  noShows: Date[]
}

function personOf(users: Doc[] | undefined): BookedPerson {
  const u = users?.[0]
  return { name: u?.profile?.name ?? '（未填写姓名）', phone: u?.phone ?? null, noShows: ((u?.affairs?.noShows as Date[] | undefined) ?? []).map((d) => new Date(d)) }
}

const withPerson = { from: 'users', localField: 'subjectId', foreignField: '_id', as: 'people' }

function splitPerson(found: Doc): { booking: BookingDoc; person: BookedPerson } {
  const { people, ...booking } = found
  return { booking: booking as BookingDoc, person: personOf(people as Doc[]) }
}

/** A booking and its person in one request: the staff's moves on the board count their requests. */
export async function bookingWithPerson(id: string): Promise<{ booking: BookingDoc; person: BookedPerson } | null> {
  const { list } = await bookings().aggregate().match({ _id: id }).lookup(withPerson).end()
  return list[0] ? splitPerson(list[0]) : null
}

/** A place's board of a day with each booking's person, in one request. */
export async function boardOf(placeId: string, day: string): Promise<{ place: PlaceDoc | null; entries: Array<{ booking: BookingDoc; person: BookedPerson }> }> {
  const { list } = await places()
    .aggregate()
    .match({ _id: placeId })
    .lookup({
      from: 'affairs_bookings',
      pipeline: pipeline().match({ placeId, day, status: _.neq('cancelled') }).sort({ time: 1 }).limit(1000).lookup(withPerson).done(),
      as: 'board',
    })
    .end()
  const found = list[0] as Doc | undefined
  if (!found) return { place: null, entries: [] }
  const { board, ...place } = found
  return { place: place as PlaceDoc, entries: (board as Doc[]).map(splitPerson) }
}

export async function getBooking(id: string): Promise<BookingDoc | null> {
  return ((await bookings().doc(id).get()).data as BookingDoc | null) ?? null
}

/** Moves a booking on only from the status it was read in: a repeated or concurrent move changes nothing. */
export async function moveBooking(id: string, from: BookingStatus[], changes: Partial<BookingDoc>): Promise<boolean> {
  const { stats } = await bookings()
    .where({ _id: id, status: _.in(from) })
    .update({ data: changes })
  return stats.updated === 1
}

export function bookingsOf(subjectId: string) {
  return bookings().where({ subjectId }).orderBy('start', 'desc')
}

export async function boardBookings(placeId: string, day: string): Promise<BookingDoc[]> {
  return (await bookings().where({ placeId, day, status: _.neq('cancelled') }).orderBy('time', 'asc').limit(1000).get()).data as BookingDoc[]
}

export async function bookingsInRange(placeId: string, day: string, fromTime: string | undefined, toTime: string | undefined): Promise<BookingDoc[]> {
  const time = fromTime && toTime ? { time: _.gte(fromTime).and(_.lt(toTime)) } : {}
  return (await bookings().where({ placeId, day, status: 'booked', ...time }).limit(1000).get()).data as BookingDoc[]
}

/** The earliest queue number still waiting, with its person. */
export async function nextInQueue(placeId: string, day: string): Promise<{ booking: BookingDoc; person: BookedPerson } | null> {
  const { list } = await bookings().aggregate().match({ placeId, day, status: 'checkedIn' }).sort({ queueNo: 1 }).limit(1).lookup(withPerson).end()
  return list[0] ? splitPerson(list[0]) : null
}

/**
 * Gives the next queue number of a place's day (取号): read the number, then move it on only from the value
 * read — two windows at once never get the same number (2 requests; a transaction costs 4).
 */
export async function takeQueueNumber(placeId: string, day: string): Promise<number> {
  const ref = db.collection('affairs_days').doc(dayId(placeId, day))
  for (let attempt = 0; attempt < 20; attempt++) {
    const { data } = await ref.get()
    const current = (data as DayDoc | null)?.queue
    const next = (current ?? 0) + 1
    if (!data) {
      try {
        await db.collection('affairs_days').add({ data: { _id: dayId(placeId, day), placeId, day, booked: {}, queue: next } })
        return next
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        continue
      }
    }
    const { stats } = await db
      .collection('affairs_days')
      .where({ _id: dayId(placeId, day), queue: current === undefined ? _.exists(false) : current })
      .update({ data: { queue: next } })
    if (stats.updated === 1) return next
  }
  throw new AppError('CONFLICT', '取号的人太多，请再试一次')
}

/** Tomorrow's bookings not yet reminded, a batch at a time. */
export async function unremindedBookings(day: string): Promise<BookingDoc[]> {
  const { data } = await bookings().where({ day, status: 'booked', remindedAt: _.exists(false) }).limit(100).get()
  return data as BookingDoc[]
}

export async function markReminded(id: string, at: Date): Promise<boolean> {
  const { stats } = await bookings().where({ _id: id, remindedAt: _.exists(false) }).update({ data: { remindedAt: at } })
  return stats.updated === 1
}

// ---- place settings -------------------------------------------------------------------------------------------

export async function setRule(placeId: string, rule: OpeningRule): Promise<number> {
  return (await places().doc(placeId).update({ data: { rule: _.set(rule) } })).stats.updated
}

/** A closure once however often the same request comes (addToSet): a retry adds nothing. */
export async function addClosure(placeId: string, closure: Closure): Promise<void> {
  await places().doc(placeId).update({ data: { closures: _.addToSet(closure) } })
}

// ---- applications --------------------------------------------------------------------------------------------

/** false when an application with this id exists: the same request, retried */
export function insertApplication(doc: ApplicationDoc): Promise<boolean> {
  return addOnce(applications(), doc)
}

/**
 * What filing an application decides on, in one request: the station, the service, the person's profile, the
 * application this request created before (a retry) and the returned one being resubmitted.
 */
export async function applicationContext(at: { stationId: string; serviceId: string; subjectId: string; id: string; returnedId?: string }): Promise<{
  station: PlaceDoc | null
  service: ServiceDoc | null
  person: Doc | null
  existing: ApplicationDoc | null
  returned: ApplicationDoc | null
}> {
  const { list } = await places()
    .aggregate()
    .match({ _id: at.stationId })
    .lookup({ from: 'affairs_services', pipeline: pipeline().match({ _id: at.serviceId }).done(), as: 'ctx_service' })
    .lookup({ from: 'users', pipeline: pipeline().match({ _id: at.subjectId }).project({ profile: 1 }).done(), as: 'ctx_person' })
    .lookup({ from: 'affairs_applications', pipeline: pipeline().match({ _id: _.in([at.id, at.returnedId ?? at.id]) }).done(), as: 'ctx_apps' })
    .end()
  const found = list[0] as Doc | undefined
  if (!found) return { station: null, service: null, person: null, existing: null, returned: null }
  const { ctx_service: service, ctx_person: person, ctx_apps: apps, ...station } = found
  const app = (id: string | undefined) => ((apps as ApplicationDoc[]).find((a) => a._id === id) ?? null)
  return { station: station as PlaceDoc, service: (service as ServiceDoc[])[0] ?? null, person: (person as Doc[])[0] ?? null, existing: app(at.id), returned: app(at.returnedId) }
}

export async function getApplication(id: string): Promise<ApplicationDoc | null> {
  return ((await applications().doc(id).get()).data as ApplicationDoc | null) ?? null
}

/** Applies a step only if the application is still in the status it was read in (no double decisions). */
export async function stepApplication(id: string, from: ApplicationStatus, changes: Partial<ApplicationDoc>, entry: TimelineDoc): Promise<boolean> {
  const { stats } = await applications()
    .where({ _id: id, status: from })
    .update({ data: { ...changes, ...(changes.fields ? { fields: _.set(changes.fields) } : {}), ...(changes.missing ? { missing: _.set(changes.missing) } : {}), ...(changes.materialFiles ? { materialFiles: _.set(changes.materialFiles) } : {}), ...(changes.materialOf ? { materialOf: _.set(changes.materialOf) } : {}), timeline: _.push(entry) } })
  return stats.updated === 1
}

export function applicationsOf(subjectId: string) {
  return applications().where({ subjectId }).orderBy('updatedAt', 'desc')
}

export function applicationsQuery(filter: { status?: string; community?: string; serviceId?: string; submittedBefore?: Date }) {
  const where: Doc = {}
  if (filter.status) where.status = filter.status
  // "open for N days" is about applications still waiting, not closed ones
  else if (filter.submittedBefore) where.status = _.in(APPLICATION_STATUSES.filter(isOpen))
  if (filter.community) where.community = filter.community
  if (filter.serviceId) where.serviceId = filter.serviceId
  if (filter.submittedBefore) where.submittedAt = _.lt(filter.submittedBefore)
  return applications().where(where).orderBy('submittedAt', 'asc')
}
