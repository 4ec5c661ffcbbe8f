/**
 * A person's time, held so that no two of their standing bookings overlap — however many are made at the same
 * instant, of whatever service (a senior's two children booking a bath and a cleaning at once). Pure.
 *
 * The database decides, with scalar unique keys on the booking record itself (no extra request, nothing to give
 * back when a booking fails half-way: a record never written holds nothing):
 * - the clock is cut into cells of `stepMinutes` counted from the epoch (so a zone or a day's edge changes nothing);
 *   a booking touches every cell its span meets, and two bookings of one person overlap only if they share a cell
 *   (exactly when starts and ends fall on cell edges; otherwise they may be refused a little early, never let in);
 * - the booking writes `<person>_at<cell>` into the field `timeKey<cell mod keys>` for each cell it touches —
 *   consecutive cells land in distinct fields while they are no more than `keys` — and a filler unique to the
 *   booking into each field left over; each field has a unique index, so a second booking sharing a cell writes the
 *   same value into the same field and is refused by the database;
 * - a closed booking (cancelled, done, 上门未遇) sets every field to a filler of its own: the time is free again.
 *
 * Every record of the collection carries all the fields (the cloud's unique index counts a missing field as null,
 * and two nulls clash). Scalars only: the WeChat cloud database documents unique indexes, not how they treat the
 * elements of an array, and the local cloud does not enforce them over arrays.
 */

export interface TimeHoldRule {
  /** the cells' length: two bookings overlap when they touch a common cell */
  stepMinutes: number
  /** unique fields per booking (`timeKey0` …): at least the cells the longest booking touches */
  keys: number
}

export const timeKeyField = (k: number) => `timeKey${k}`

const MINUTE = 60_000

/** The cells from start (inclusive) to end (exclusive); an empty span still touches its start's cell. */
export function cellsOf(rule: TimeHoldRule, start: Date, end: Date): number[] {
  const step = rule.stepMinutes * MINUTE
  const first = Math.floor(start.getTime() / step)
  const last = Math.max(first, Math.ceil(end.getTime() / step) - 1)
  return Array.from({ length: last - first + 1 }, (_x, i) => first + i)
}

/** Fields that hold no time: every one a value of its own (`tag` unique to the booking and its state). */
export function freeTimeKeys(rule: TimeHoldRule, tag: string): Record<string, string> {
  return Object.fromEntries(Array.from({ length: rule.keys }, (_x, k) => [timeKeyField(k), `${tag}_free${k}`]))
}

/**
 * The fields a standing booking of `subjectId` from start to end carries. Throws when the span touches more
 * cells than the rule has fields (a longer booking than the collection was set up for: a configuration error).
 */
export function timeHoldKeys(rule: TimeHoldRule, at: { subjectId: string; bookingId: string; start: Date; end: Date }): Record<string, string> {
  const cells = cellsOf(rule, at.start, at.end)
  if (cells.length > rule.keys) throw new Error(`a booking touching ${cells.length} cells of ${rule.stepMinutes} minutes needs more than ${rule.keys} time keys`)
  const fields = freeTimeKeys(rule, at.bookingId)
  for (const cell of cells) fields[timeKeyField(cell % rule.keys)] = `${at.subjectId}_at${cell}`
  return fields
}

/** The unique indexes the bookings collection declares for the rule (names `time_<k>`: the kernel reads them in a duplicate-key error). */
export function timeHoldIndexes(rule: TimeHoldRule): Array<{ name: string; keys: Record<string, 1>; unique: true }> {
  return Array.from({ length: rule.keys }, (_x, k) => ({ name: `time_${k}`, keys: { [timeKeyField(k)]: 1 as const }, unique: true as const }))
}
