/**
 * 全街道实时数据 on the command view: the other centers' live figures the street needs at a glance. Each center
 * declares its own in its manifest (`figures`, see src/centers/manifest.ts; gathered by `npm run manifests` into
 * center-figures.ts); each is one or more counts (or sums) over that center's collections, through indexes it
 * declares, and the function reads them all in one database request. Pure: what to count, for `now`; how the
 * counts read.
 */
import type { FigureCondition, FigureMoment, FigureValue, StreetFigureDecl } from './figure-decl'
import type { CenterCode } from '../centers'
import { atShanghai, shanghaiDay } from '../../time'
import { addWorkingDays, type Corrections } from '../workdays'
import { weekOf } from './rates'

export type { StreetFigureDecl }

/** One center's figures, as its manifest declares them. */
export interface CenterFigures {
  readonly center: string
  /** the center's subpackage root, where its figures' pages are */
  readonly root: string
  readonly figures: readonly StreetFigureDecl[]
}

/** One condition on a field, its moments resolved (the repo turns these into the database's commands). */
export type Condition = { eq: string | number | boolean | Date } | { in: Array<string | number> } | { gte?: Date | string | number; lt?: Date | string | number }

export interface FigureQuery {
  /** `<center>.<figure's index>.<count's name>` */
  key: string
  collection: string
  where: Record<string, Condition>
  /** fields summed beside the count */
  sums?: string[]
  /** counted by the record's own deadline: the records by (ref, Shanghai day of `from`), and each ref's days */
  pastDue?: { from: string; ref: string; collection: string; days: string }
}

export interface CountedFigure {
  key: string
  count: number
  sums: Record<string, number>
  /** a past-due count: how many records per (ref, Shanghai day they started) */
  groups?: Array<{ ref: string; day: string; count: number }>
  /** a past-due count: each ref's number of working days */
  days?: Record<string, number>
}

export interface StreetFigure {
  center: CenterCode
  label: string
  value: string
  /** what it counts, in a few words */
  note: string
  /** worth a look: something is late or near its deadline */
  alert: boolean
  /** the center's page listing what it counts, as a route; null where the center declares none */
  page: string | null
}

const DAY_MS = 86_400_000

/** A moment at `now`: today's Shanghai date as text; the others as instants. */
export function momentAt(m: FigureMoment, now: Date): Date | string {
  if (m === 'today') return shanghaiDay(now)
  const monday = atShanghai(weekOf(now)).toDate()
  if (m === 'weekStart') return monday
  // Shanghai keeps no summer time: a week is always 7 × 24 hours
  if (m === 'nextWeekStart') return new Date(monday.getTime() + 7 * DAY_MS)
  return new Date(now.getTime() + m.daysFromNow * DAY_MS)
}

function valueAt(v: FigureValue, now: Date): string | number | boolean | Date {
  if (typeof v !== 'object') return v
  const at = momentAt(v.at, now)
  if (v.prefix === undefined) return at
  return `${v.prefix}${typeof at === 'string' ? at : at.toISOString()}`
}

function conditionAt(c: FigureCondition, now: Date): Condition {
  if ('eq' in c) return { eq: valueAt(c.eq, now) }
  if ('in' in c) return { in: [...c.in] }
  const out: { gte?: Date | string | number; lt?: Date | string | number } = {}
  if (c.gte !== undefined) out.gte = valueAt(c.gte, now) as Date | string | number
  if (c.lt !== undefined) out.lt = valueAt(c.lt, now) as Date | string | number
  return out
}

/** The counts the command view reads for `now`, every center's. */
export function figureQueries(centers: readonly CenterFigures[], now: Date): FigureQuery[] {
  return centers.flatMap((c) =>
    c.figures.flatMap((f, i) =>
      Object.entries(f.counts).map(([name, count]) => ({
        key: `${c.center}.${i}.${name}`,
        collection: count.collection,
        where: Object.fromEntries(Object.entries(count.where).map(([field, cond]) => [field, conditionAt(cond, now)])),
        ...(count.sums ? { sums: [...count.sums] } : {}),
        ...(count.pastDue ? { pastDue: { ...count.pastDue } } : {}),
      })),
    ),
  )
}

/**
 * Records past their own deadline: started on `day`, due by the end of the `days`-th working day after it (Shanghai),
 * so late from the next day on. A ref without a number of days (a service removed since) is not counted late.
 */
export function pastDueCount(groups: ReadonlyArray<{ ref: string; day: string; count: number }>, days: Readonly<Record<string, number>>, now: Date, corrections: Corrections = {}): number {
  const today = shanghaiDay(now)
  const starts = [...new Set(groups.map((g) => g.day))].sort()
  // a later start is never due earlier: per number of days, one binary search finds the first start not yet late
  // (a year of groups would otherwise walk the calendar once per group)
  const onTimeFrom = new Map<number, string>()
  const firstOnTime = (n: number): string => {
    const known = onTimeFrom.get(n)
    if (known !== undefined) return known
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (addWorkingDays(starts[mid], n, corrections) < today) lo = mid + 1
      else hi = mid
    }
    const first = starts[lo] ?? '9999-12-31'
    onTimeFrom.set(n, first)
    return first
  }
  return groups.reduce((sum, g) => {
    const n = days[g.ref]
    return typeof n === 'number' && n > 0 && g.day < firstOnTime(n) ? sum + g.count : sum
  }, 0)
}

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—')

/** How the counts read on the command view, in the order the centers and their figures are declared; late by the street's calendar. */
export function streetFigures(centers: readonly CenterFigures[], counted: readonly CountedFigure[], now: Date, corrections: Corrections = {}): StreetFigure[] {
  const byKey = new Map(counted.map((c) => [c.key, c]))
  return centers.flatMap((c) =>
    c.figures.map((f, i) => {
      const countOf = (name: string): number => {
        const found = byKey.get(`${c.center}.${i}.${name}`)
        if (!found) return 0
        return found.groups ? pastDueCount(found.groups, found.days ?? {}, now, corrections) : found.count
      }
      const read = (ref: string): number => {
        const [name, field] = ref.split('.')
        return field ? (byKey.get(`${c.center}.${i}.${name}`)?.sums[field] ?? 0) : countOf(name)
      }
      const fill = (text: string) => text.replace(/\{([\w.]+)(?:\/([\w.]+))?\}/g, (_, a: string, b?: string) => (b ? percent(read(a), read(b)) : `${read(a)}`))
      const alert = f.alertWhen ? countOf(f.alertWhen) > 0 : false
      return { center: c.center as CenterCode, label: f.label, value: fill(f.value), note: fill(f.note), alert, page: f.page ? `/${c.root}/${f.page}` : null }
    }),
  )
}
