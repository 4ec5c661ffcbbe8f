/**
 * Time slots booked at a place — 事务 window appointments, 法律 duty-lawyer consultations, 接待 cadre reception
 * hours: the same machinery, each center only says where its documents live and what its places allow.
 *
 * - The slot pool: a day's counters, one document `<placeId>_<day>` in the center's `*_days` collection with
 *   `booked.<HHmm>` per slot, claimed through the kernel claim (one conditional update; the first booking of a
 *   day creates the document).
 * - The per-person hold: a booking that stands carries `holdKey` `<person>_hold<k>` for a k below the cap, and the
 *   unique index on `holdKey` lets no person hold more than the cap however many bookings race. Holds are found by
 *   that index in the same read as the place, so holding costs no request of its own. A hold stops counting when
 *   its day is over (a booking nobody closed stops blocking the person).
 * - One booking per key (e.g. per person, item and day): the unique `activeKey` the center fills in.
 * - Optionally, the person's time (`time` on the book): no two standing bookings of one person overlap, whatever
 *   place they are at, however many race — unique time keys on the record (src/shared/domain/booking/time-holds.ts),
 *   so it costs no request and a booking that fails half-way holds no time.
 * - Retry-safe: the booking's `_id` comes from the request (`bookingId`), so a retry finds the first booking in
 *   the same read and writes nothing.
 *
 * A booking costs 3 requests (the read, the window, the record) plus the center's 我的 mirror.
 *
 * How a center uses it:
 * 1. Manifest: the `<center>_days` collection, and on `<center>_bookings` the unique indexes `activeKey` and
 *    `holdKey` (name it so it contains `hold`, e.g. `hold_once`); every record carries both (a closed booking
 *    `<status>_<id>`, see `closedKeys`). With a time hold also `timeHoldIndexes(rule)`, and every record carries
 *    the time keys too (`freeTimeKeys` for records written outside `takeSlot`). The action's contract says `submits: 'keyed'`: the booking is its own
 *    idempotency record.
 * 2. `const SLOTS: SlotBook = { places: 'legal_lawyers', days: 'legal_days', bookings: 'legal_bookings' }`
 * 3. book: `const { place, joined, person, seen } = await readForBooking(SLOTS, { placeId, day, subjectId,
 *    bookingId: bookingId(ctx), with: [{ from: 'legal_topics', id, as: 'topic' }], person: { profile: 1, legal: 1 } })`;
 *    refuse by the place's rules (src/shared/domain/booking/slots.ts) and the person's standing; then
 *    `const outcome = await takeSlot(SLOTS, seen, { time, windows, cap, now, span }, record)` and answer
 *    FULL / CONFLICT by `outcome.refused`; mirror a taken booking into 我的.
 * 4. cancel / finish / no-show: move the record with `...closedKeys(id, status, SLOTS)` in the same conditional update;
 *    a cancel then gives the window back with `giveBackSlot`.
 * 5. listing: `slotCounts(SLOTS, placeId, days)` — one request for any number of days.
 */
import type { DayCounts } from '@/shared/domain/booking/slots'
import { timeKey } from '@/shared/domain/booking/slots'
import { freeTimeKeys, type TimeHoldRule, timeHoldKeys } from '@/shared/domain/booking/time-holds'
import { shanghaiDay } from '@/shared/time'
import { claim, type Pool, release } from './claim'
import { _, db, type Doc } from './cloud'
import { requestKeyedId } from './codes'
import { isDuplicateKey } from './errors'
import type { ActionContext } from './handler'

export interface SlotBook {
  /** the documents slots are booked at (halls and stations, lawyers, reception rooms): read by id */
  places: string
  /** day counters `<placeId>_<day>`: `{ placeId, day, booked: { <HHmm>: n } }` */
  days: string
  /** the booking records: unique indexes on `activeKey` and `holdKey` (and the time keys, with `time`) */
  bookings: string
  /** a person's standing bookings never overlap in time (the bookings carry unique time keys, see time-holds.ts) */
  time?: TimeHoldRule
}

/** The fields the kernel needs on a center's booking record. */
export interface SlotRecord {
  _id: string
  subjectId: string
  placeId: string
  day: string
  time: string
  /** one standing booking per key (e.g. `<person>_<item>_<day>`); `<status>_<id>` once closed */
  activeKey: string
  /** set by `takeSlot`: the person's hold while the booking stands; `<status>_<id>` once closed */
  holdKey?: string
}

/** A document read together with the place, e.g. the service booked: `{ from: 'affairs_services', id, as: 'service' }`. */
export interface Joined {
  from: string
  id: string
  as: string
}

/** Holds looked for per person: a center's cap must not exceed it. */
export const MAX_HOLDS = 10

const holdKey = (subjectId: string, k: number) => `${subjectId}_hold${k}`

export interface BookingRead<P> {
  place: P | null
  /** the documents asked for in `with`, by their `as` */
  joined: Record<string, Doc | null>
  /** the person's user document (the fields asked for in `person`, e.g. profile and the center's standing), null when unknown */
  person: Doc | null
  /** what the claim needs to know: the day's counters, the person's holds, a booking of this request */
  seen: SlotSeen
}

export interface SlotSeen {
  placeId: string
  day: string
  subjectId: string
  bookingId: string
  dayDoc: { booked?: DayCounts } | null
  /** the person's standing bookings: day and holdKey, with the fields asked for in `holding` */
  holders: Array<{ _id: string; day: string; holdKey: string } & Doc>
  existing: Doc | null
}

/** The id of the booking a call would create: from the request id, so a retry names the same booking. */
export const bookingId = (ctx: Pick<ActionContext, 'fn' | 'actorId' | 'requestId'>): string => requestKeyedId(ctx)

type Pipeline = { match(c: Doc): Pipeline; project(p: Doc): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

/** The place, the joined documents, the person, the day's counters, the person's holds and this request's booking: one request. */
export async function readForBooking<P>(
  book: SlotBook,
  at: { placeId: string; day: string; subjectId: string; bookingId: string; with?: Joined[]; person: Record<string, 1>; holding?: Record<string, 1> },
): Promise<BookingRead<P>> {
  let query = db.collection(book.places).aggregate().match({ _id: at.placeId })
  for (const j of at.with ?? []) query = query.lookup({ from: j.from, pipeline: pipeline().match({ _id: j.id }).done(), as: `joined_${j.as}` })
  const keys = Array.from({ length: MAX_HOLDS }, (_x, k) => holdKey(at.subjectId, k))
  const { list } = await query
    .lookup({ from: 'users', pipeline: pipeline().match({ _id: at.subjectId }).project(at.person).done(), as: 'slot_person' })
    .lookup({ from: book.days, pipeline: pipeline().match({ _id: dayId(at.placeId, at.day) }).done(), as: 'slot_day' })
    .lookup({ from: book.bookings, pipeline: pipeline().match({ holdKey: _.in(keys) }).project({ ...at.holding, day: 1, holdKey: 1 }).done(), as: 'slot_holders' })
    .lookup({ from: book.bookings, pipeline: pipeline().match({ _id: at.bookingId }).done(), as: 'slot_existing' })
    .end()
  const found = list[0] as Doc | undefined
  const seen: SlotSeen = {
    placeId: at.placeId,
    day: at.day,
    subjectId: at.subjectId,
    bookingId: at.bookingId,
    dayDoc: found?.slot_day?.[0] ?? null,
    holders: found?.slot_holders ?? [],
    existing: found?.slot_existing?.[0] ?? null,
  }
  if (!found) return { place: null, joined: {}, person: null, seen }
  const joined: Record<string, Doc | null> = {}
  const place: Doc = {}
  for (const [field, value] of Object.entries(found)) {
    if (field.startsWith('joined_')) joined[field.slice(7)] = (value as Doc[])[0] ?? null
    else if (!field.startsWith('slot_')) place[field] = value
  }
  return { place: place as P, joined, person: found.slot_person?.[0] ?? null, seen }
}

export const dayId = (placeId: string, day: string) => `${placeId}_${day}`

/** A slot's windows as a claimable pool: the day's counters are created by its first booking. */
export function slotPool(book: Pick<SlotBook, 'days'>, placeId: string, day: string, time: string, windows: number): Pool {
  return { collection: book.days, id: dayId(placeId, day), taken: `booked.${timeKey(time)}`, capacity: windows, init: { placeId, day, booked: {} } }
}

/** Booked counts of a place's days, by day: one request however many days. */
export async function slotCounts(book: Pick<SlotBook, 'days'>, placeId: string, days: string[]): Promise<Map<string, DayCounts>> {
  const { data } = await db
    .collection(book.days)
    .where({ _id: _.in(days.map((d) => dayId(placeId, d))) })
    .limit(days.length)
    .get()
  return new Map(data.map((d) => [d.day as string, (d.booked as DayCounts | undefined) ?? {}]))
}

export interface SlotClaim {
  time: string
  /** windows (counters, lawyers on duty) serving the slot */
  windows: number
  /** standing bookings a person may hold at once (≤ MAX_HOLDS) */
  cap: number
  now: Date
  /** when the booking's visit or appointment runs: needed where the book holds the person's time */
  span?: { start: Date; end: Date }
}

export type TakeOutcome<R> =
  /** `again`: this request had booked before (a retry): its booking, nothing written */
  | { taken: true; record: R; again: boolean }
  /**
   * `full`: no window left; `capped`: the person holds `cap` bookings; `duplicate`: a booking with the same activeKey
   * stands; `overlap`: another standing booking of the person takes some of this time (books with `time` only)
   */
  | { taken: false; refused: 'full' | 'capped' | 'duplicate' | 'overlap' }

/**
 * Books: the person's hold (a free k below the cap), a window of the slot, the record — each taken so that
 * however many calls race, no window and no hold is given twice, and whatever fails gives back what was taken.
 */
export async function takeSlot<R extends SlotRecord>(book: SlotBook, seen: SlotSeen, want: SlotClaim, record: R): Promise<TakeOutcome<R>> {
  if (seen.existing) return { taken: true, record: seen.existing as R, again: true }
  let times: Record<string, string> = {}
  if (book.time) {
    if (!want.span) throw new Error('takeSlot needs the span of a booking whose book holds time')
    times = timeHoldKeys(book.time, { subjectId: seen.subjectId, bookingId: record._id, ...want.span })
  }
  const today = shanghaiDay(want.now)
  const cap = Math.min(want.cap, MAX_HOLDS)
  const held = new Set(seen.holders.filter((h) => h.day >= today).map((h) => h.holdKey))
  const free = Array.from({ length: cap }, (_x, k) => holdKey(seen.subjectId, k)).filter((key) => !held.has(key))
  if (!free.length) return { taken: false, refused: 'capped' }
  const booked = seen.dayDoc?.booked?.[timeKey(want.time)] ?? 0
  if (booked >= want.windows) return { taken: false, refused: 'full' }

  const pool = slotPool(book, seen.placeId, seen.day, want.time, want.windows)
  // the day's document seen missing: create it with this booking's window (one request), else the claim
  if (!(await claim({ ...pool, absent: !seen.dayDoc }))) return { taken: false, refused: 'full' }

  const stale = new Map(seen.holders.filter((h) => h.day < today).map((h) => [h.holdKey, h._id]))
  for (const key of free) {
    // a hold whose day is over counts no more: its booking lets go of the key first (rare: nobody closed it)
    const staleId = stale.get(key)
    if (staleId) await db.collection(book.bookings).where({ _id: staleId, holdKey: key }).update({ data: { holdKey: `expired_${staleId}` } })
    try {
      const stored = { ...record, holdKey: key, ...times }
      await db.collection(book.bookings).add({ data: stored })
      return { taken: true, record: stored, again: false }
    } catch (error) {
      if (!isDuplicateKey(error)) {
        await release(pool)
        throw error
      }
      const index = duplicateOf(error)
      if (index === 'holdKey') continue // the person's other booking took this k at the same moment: the next one
      await release(pool)
      // the same request, retried while the first was still running, clashes with it on every key (the database names
      // whichever it checked first): its booking, if it is there. A query, not doc().get(), which fails on the cloud
      // when the document is missing.
      const { data } = await db.collection(book.bookings).where({ _id: record._id }).limit(1).get()
      if (data[0]) return { taken: true, record: data[0] as R, again: true }
      return { taken: false, refused: index === 'time' ? 'overlap' : 'duplicate' }
    }
  }
  await release(pool)
  return { taken: false, refused: 'capped' }
}

/**
 * Which unique key a duplicate-key error is about, from the cloud's E11000 text (it names the index, and the key
 * with its field where the database is recent enough): name the `holdKey` index so that it contains `hold`, the
 * time keys' `time_<k>` (timeHoldIndexes).
 */
function duplicateOf(error: unknown): 'time' | 'holdKey' | '_id' | 'other' {
  const message = (error as { message?: string }).message ?? ''
  if (/timeKey\d|index: \S*time_\d/.test(message)) return 'time'
  if (/holdKey|index: \S*hold/.test(message)) return 'holdKey'
  if (/index: _id_|dup key: \{\s*"?_id"?\s*:/.test(message)) return '_id'
  return 'other'
}

/**
 * What a closing move (cancel, done, no-show) sets with its status: the booking frees its key and the person's hold
 * (and, on a book that holds time, the person's time).
 */
export function closedKeys(id: string, status: string, book?: Pick<SlotBook, 'time'>): { activeKey: string; holdKey: string } & Record<string, string> {
  return { activeKey: `${status}_${id}`, holdKey: `${status}_${id}`, ...(book?.time ? freeTimeKeys(book.time, `${status}_${id}`) : {}) }
}

/** A cancelled booking's window goes back to the slot (never below zero). */
export function giveBackSlot(book: Pick<SlotBook, 'days'>, b: Pick<SlotRecord, 'placeId' | 'day' | 'time'>): Promise<void> {
  // the capacity is irrelevant to giving a place back
  return release(slotPool(book, b.placeId, b.day, b.time, 0))
}
