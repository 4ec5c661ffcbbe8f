/**
 * The platform's one way to hand out anything scarce — window slots, activity places, meals, legal
 * appointments, volunteer posts (a person's cap of standing bookings is the slot book's unique hold keys).
 *
 * Every decision is one conditional update on one document, so it holds however many callers arrive at once
 * (the cloud database has no locks; a read followed by a write overbooks). A pool: places counted up in
 * `taken` against a capacity, with an optional queue. While anyone waits, a newcomer never gets a place; a
 * freed place goes to the head of the queue.
 */
import { _, db, type Doc } from './cloud'
import { isDuplicateKey } from './errors'

export interface Pool {
  collection: string
  id: string
  /** the field counting places taken */
  taken: string
  /** places in all, as the caller read them */
  capacity: number
  /** where the capacity is stored on the document: a concurrent change of it makes the claim fail, not overbook */
  capacityField?: string
  /** the field counting people waiting: newcomers never pass them */
  waiting?: string
  /** a field of places left kept in step, for queries such as "has places" */
  left?: string
  /** further conditions the document must meet (e.g. still published) */
  where?: Doc
  /** fields of the document when the first claim creates it (a day's slot counters are made on demand); `taken` may be a nested path */
  init?: Doc
  /** the caller just read the document and it did not exist: create it first (one request instead of two) */
  absent?: boolean
}

const zeroOrMissing = (field: string) => _.or([{ [field]: _.exists(false) }, { [field]: _.lte(0) }])

/** The condition "n more places fit": a missing counter is an empty one. */
function fits(pool: Pool, n: number): Doc {
  const room = _.lte(pool.capacity - n)
  return n <= pool.capacity ? _.or([{ [pool.taken]: _.exists(false) }, { [pool.taken]: room }]) : { [pool.taken]: room }
}

function base(pool: Pool): Doc[] {
  return [{ _id: pool.id, ...(pool.capacityField ? { [pool.capacityField]: pool.capacity } : {}) }, ...(pool.where ? [pool.where] : [])]
}

/** A copy of `doc` with `value` at a dotted path. */
function withPath(doc: Doc, path: string, value: unknown): Doc {
  const out: Doc = structuredClone(doc)
  const keys = path.split('.')
  let at = out
  for (const key of keys.slice(0, -1)) at = at[key] ??= {}
  at[keys[keys.length - 1]] = value
  return out
}

function moveBy(pool: Pool, n: number, waitingBy = 0): Doc {
  const data: Doc = { [pool.taken]: _.inc(n) }
  if (pool.left) data[pool.left] = _.inc(-n)
  if (pool.waiting && waitingBy) data[pool.waiting] = _.inc(waitingBy)
  return data
}

async function update(collection: string, where: Doc[], data: Doc): Promise<boolean> {
  const { stats } = await db.collection(collection).where(_.and(where)).update({ data })
  return stats.updated === 1
}

/** Takes `n` places if they fit and nobody is waiting. */
export async function claim(pool: Pool, n = 1): Promise<boolean> {
  const conditions = [...base(pool), fits(pool, n), ...(pool.waiting ? [zeroOrMissing(pool.waiting)] : [])]
  if (!(pool.init && pool.absent) && (await update(pool.collection, conditions, moveBy(pool, n)))) return true
  if (!pool.init || n > pool.capacity) return false
  try {
    const fresh = withPath({ ...pool.init, ...(pool.waiting ? { [pool.waiting]: 0 } : {}) }, pool.taken, n)
    await db.collection(pool.collection).add({ data: { ...fresh, _id: pool.id } })
    return true
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
  }
  return update(pool.collection, conditions, moveBy(pool, n))
}


/**
 * Joins the queue only when `n` places do not fit: for a waiter whose record already exists (record first, so a
 * crash never leaves the queue count above the records). False when places fit or the pool changed.
 */
export async function joinQueue(pool: Pool, n = 1): Promise<boolean> {
  const waiting = pool.waiting
  if (!waiting) throw new Error('joinQueue needs a pool with a queue')
  return update(pool.collection, [...base(pool), { [pool.taken]: _.gt(pool.capacity - n) }], { [waiting]: _.inc(1) })
}

/** Gives `n` places back (never below zero). Where the pool has a queue, follow with `promote`. */
export async function release(pool: Pool, n = 1): Promise<void> {
  await update(pool.collection, [{ _id: pool.id, [pool.taken]: _.gte(n) }], moveBy(pool, -n))
}

/**
 * Gives the queue back one count: for a waiter whose record was moved (admitted or removed) before it joined the
 * count, by someone who took a count for it that belonged to another waiter.
 */
export async function recount(pool: Pool): Promise<void> {
  if (!pool.waiting) return
  await update(pool.collection, [{ _id: pool.id }], { [pool.waiting]: _.inc(1) })
}

/** One person left the queue without a place. */
export async function leaveQueue(pool: Pool): Promise<void> {
  if (!pool.waiting) return
  await update(pool.collection, [{ _id: pool.id, [pool.waiting]: _.gt(0) }], { [pool.waiting]: _.inc(-1) })
}

export interface Waiter {
  places: number
  /** moves the waiter's record from waiting to holding a place; false when it no longer waits (left, or admitted by another) */
  admit(): Promise<boolean>
  /** moves it back when the places turned out taken meanwhile: it keeps its place in the queue */
  unadmit(): Promise<void>
  /** when it joined: a waiter the queue count never counted (its sign-up died between its record and joining) is admitted once this is long past */
  arrivedAt?: Date
}

/** A waiter whose record is this old and still uncounted did not die in flight: its call has long ended. */
const UNCOUNTED_AFTER_MS = 60_000

/**
 * Hands free places to the head of the queue, one waiter at a time, in queue order (a head that needs more
 * places than are free blocks those behind it). The waiter's record moves first and the counters second, so
 * a waiter who leaves at that moment is either admitted or gone — never counted out twice (the queue count
 * never dips below the people waiting, so no newcomer slips past them). Two people freeing places at once never
 * admit the same waiter twice. Returns who was admitted.
 */
export async function promote<W extends Waiter>(pool: Pool, head: () => Promise<W | null>, freed = Number.POSITIVE_INFINITY, now = new Date()): Promise<W[]> {
  if (!pool.waiting) return []
  const admitted: W[] = []
  let handed = 0
  // `freed`: how many places the caller knows became free; once they are handed over, asking again only costs
  for (let guard = 0; guard < 50 && handed < freed; guard++) {
    const next = await head()
    if (!next) break
    if (!(await next.admit())) continue // it left, or another promoter admitted it: look again
    if (await handOver(pool, next, now)) {
      admitted.push(next)
      handed += next.places
      continue
    }
    await next.unadmit()
    // while this waiter was held, a claimer who found it admitted may have given its places back and found nobody
    // to hand them to: look once more, or they would stand free beside the queue
    if (!(await fitsQueued(pool, next.places))) break
  }
  return admitted
}

/** Whether `n` places fit now while someone is counted waiting: one count, no write. */
async function fitsQueued(pool: Pool, n: number): Promise<boolean> {
  const { total } = await db
    .collection(pool.collection)
    .where(_.and([...base(pool), fits(pool, n), { [pool.waiting as string]: _.gt(0) }]))
    .count()
  return total > 0
}

/** The places and the queue slot of an admitted waiter, in one update (or the places only, for a waiter never counted). */
async function handOver(pool: Pool, next: Waiter, now: Date): Promise<boolean> {
  const waiting = pool.waiting as string
  if (await update(pool.collection, [...base(pool), fits(pool, next.places), { [waiting]: _.gt(0) }], moveBy(pool, next.places, -1))) return true
  const uncounted = next.arrivedAt && now.getTime() - new Date(next.arrivedAt).getTime() > UNCOUNTED_AFTER_MS
  return !!uncounted && update(pool.collection, [...base(pool), fits(pool, next.places), zeroOrMissing(waiting)], moveBy(pool, next.places))
}

/**
 * A waiter takes over the places of someone leaving, in one update: `given` places go back, `next.places` are
 * taken, the queue count drops by one. For a cancel that frees places while others wait (the waiter's record
 * was admitted first). False when they do not fit any more; then give back and `promote` as usual.
 */
export async function passOn(pool: Pool, given: number, next: Pick<Waiter, 'places'>): Promise<boolean> {
  const waiting = pool.waiting as string
  const room = _.or([{ [pool.taken]: _.exists(false) }, { [pool.taken]: _.lte(pool.capacity - next.places + given) }])
  return update(pool.collection, [...base(pool), { [pool.taken]: _.gte(given) }, room, { [waiting]: _.gt(0) }], moveBy(pool, next.places - given, -1))
}

/**
 * Changes a pool's capacity; refused (false) when more places are taken than the new capacity allows or the
 * capacity changed meanwhile. Raising it should be followed by `promote`.
 */
export async function resize(pool: Pool, capacity: number, extra: Doc = {}): Promise<boolean> {
  if (!pool.capacityField) throw new Error('resize needs a stored capacity')
  const data: Doc = { ...extra, [pool.capacityField]: capacity }
  if (pool.left) data[pool.left] = _.inc(capacity - pool.capacity)
  return update(pool.collection, [...base(pool), _.or([{ [pool.taken]: _.exists(false) }, { [pool.taken]: _.lte(capacity) }])], data)
}
