/**
 * 接诉即办's three rates, from counters kept as reports move (never a scan of the reports):
 * 响应率 = answered within the response deadline / reports received;
 * 解决率 = resolved (fixed, confirmed or not) / reports closed (duplicates and merges left out);
 * 满意率 = ratings of 4–5 stars / ratings given.
 * Counters are per week of the report's creation and per scope (the street, a team, a community). Pure.
 */
import { inShanghai } from '../../time'
import { type CloseReason, isResolved, isSatisfied, type ReportStatus } from './reports'

export interface RateCounters {
  received: number
  respondedOnTime: number
  responded: number
  closed: number
  resolved: number
  rated: number
  satisfied: number
  overdue: number
}

export const ZERO_COUNTERS: RateCounters = { received: 0, respondedOnTime: 0, responded: 0, closed: 0, resolved: 0, rated: 0, satisfied: 0, overdue: 0 }

export interface Rates {
  response: number | null
  resolution: number | null
  satisfaction: number | null
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null)

export function responseRate(c: RateCounters): number | null {
  return ratio(c.respondedOnTime, c.received)
}
export function resolutionRate(c: RateCounters): number | null {
  return ratio(c.resolved, c.closed)
}
export function satisfactionRate(c: RateCounters): number | null {
  return ratio(c.satisfied, c.rated)
}
export function ratesOf(c: RateCounters): Rates {
  return { response: responseRate(c), resolution: resolutionRate(c), satisfaction: satisfactionRate(c) }
}

export function sumCounters(list: readonly Partial<RateCounters>[]): RateCounters {
  const total = { ...ZERO_COUNTERS }
  for (const c of list) for (const k of Object.keys(total) as Array<keyof RateCounters>) total[k] += c[k] ?? 0
  return total
}

/** '72.5%', or '—' when nothing was counted yet. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`
}

/** The Monday (Shanghai) of the week an instant falls in: the key of weekly counters. */
export function weekOf(at: Date): string {
  const t = inShanghai(at)
  return dayPlus(t.format('YYYY-MM-DD'), -((t.day() + 6) % 7))
}

/** A calendar day moved by whole days (calendar arithmetic on the date alone: no clock, no TZ). */
function dayPlus(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The last `n` weeks up to the one `now` is in, oldest first. */
export function lastWeeks(now: Date, n = 12): string[] {
  const current = weekOf(now)
  return Array.from({ length: n }, (_, i) => dayPlus(current, -(n - 1 - i) * 7))
}

/** What happened to a report, as the counters see it. */
export type CounterEvent =
  | { kind: 'received' }
  | { kind: 'responded'; onTime: boolean }
  | { kind: 'closed'; status: ReportStatus; reason: CloseReason | null }
  | { kind: 'reopened'; wasStatus: ReportStatus }
  | { kind: 'rated'; score: number }
  | { kind: 'overdue' }

/** How an event changes the counters. */
export function countersDelta(e: CounterEvent): Partial<RateCounters> {
  switch (e.kind) {
    case 'received':
      return { received: 1 }
    case 'responded':
      return e.onTime ? { responded: 1, respondedOnTime: 1 } : { responded: 1 }
    case 'closed':
      // a duplicate was never a problem of its own
      if (e.reason === 'duplicate') return { received: -1 }
      return isResolved(e.status) ? { closed: 1, resolved: 1 } : { closed: 1 }
    case 'reopened':
      // "not really fixed": it no longer counts as resolved
      return isResolved(e.wasStatus) ? { closed: -1, resolved: -1 } : {}
    case 'rated':
      return isSatisfied(e.score) ? { rated: 1, satisfied: 1 } : { rated: 1 }
    case 'overdue':
      return { overdue: 1 }
  }
}
