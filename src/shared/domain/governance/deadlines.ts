/**
 * Deadlines by category and urgency — the street's settings, not code (接诉即办): how soon a report must be
 * answered (accepted or closed with a reason) and how soon resolved, counted in clock hours, Shanghai working hours
 * or working days. Overdue reports are escalated to the command staff. Pure: the settings and `now` are given.
 */
import { type Corrections, workingDaysDeadline } from '../workdays'
import { addWorkingHours } from '../working-hours'
import { REPORT_CATEGORIES, type ReportCategory } from './reports'
import type { RouteFirst } from './routing'
import { type DeadlineRule, SPAN_UNIT_TEXT, type Span } from './spans'

export { type DeadlineRule, SPAN_UNIT_TEXT, SPAN_UNITS, type Span, type SpanUnit } from './spans'

export interface CategorySettings {
  /** the grid worker first, or the category's team */
  first: RouteFirst
  urgent: DeadlineRule
  ordinary: DeadlineRule
}

export type StreetSettings = Record<ReportCategory, CategorySettings>

const ORDINARY: DeadlineRule = { respond: { amount: 1, unit: 'workingDays' }, resolve: { amount: 7, unit: 'workingDays' } }
const URGENT: DeadlineRule = { respond: { amount: 2, unit: 'hours' }, resolve: { amount: 2, unit: 'workingDays' } }

/** Until the street saves its own: urgent — respond in 2 hours; ordinary — respond in 1 working day, resolve in 7. */
export const DEFAULT_SETTINGS: StreetSettings = Object.fromEntries(
  REPORT_CATEGORIES.map((c) => [
    c,
    {
      first: c === '物业管理' || c === '违章搭建' ? 'team' : 'grid',
      urgent: c === '安全隐患' ? { respond: { amount: 2, unit: 'hours' }, resolve: { amount: 24, unit: 'hours' } } : URGENT,
      ordinary: ORDINARY,
    },
  ]),
) as StreetSettings

/** Saved settings over the defaults: a category the street has not set yet keeps the default. */
export function settingsWithDefaults(saved: Partial<StreetSettings> | null | undefined): StreetSettings {
  return Object.fromEntries(REPORT_CATEGORIES.map((c) => [c, saved?.[c] ?? DEFAULT_SETTINGS[c]])) as StreetSettings
}

/** The instant a span ends when it starts at `from`. */
export function endOf(from: Date, span: Span, corrections: Corrections = {}): Date {
  if (span.unit === 'hours') return new Date(from.getTime() + span.amount * 3_600_000)
  if (span.unit === 'workingHours') return addWorkingHours(from, span.amount, corrections)
  return workingDaysDeadline(from, span.amount, corrections)
}

export interface Deadlines {
  respondBy: Date
  resolveBy: Date
}

/** A report's deadlines, from the moment it was made. */
export function deadlinesFor(category: ReportCategory, urgent: boolean, from: Date, settings: StreetSettings, corrections: Corrections = {}): Deadlines {
  const rule = settings[category][urgent ? 'urgent' : 'ordinary']
  return { respondBy: endOf(from, rule.respond, corrections), resolveBy: endOf(from, rule.resolve, corrections) }
}

/** The next deadline that matters: the response until someone answered, then the resolution; none once disposed. */
export function dueAt(d: Deadlines, respondedAt: Date | null, disposed: boolean): Date | null {
  if (disposed) return null
  return respondedAt ? d.resolveBy : d.respondBy
}

/** Overdue: the deadline that matters has passed. */
export function isOverdue(due: Date | null, now: Date): boolean {
  return !!due && now.getTime() > due.getTime()
}

export function describeSpan(span: Span): string {
  return `${span.amount} ${SPAN_UNIT_TEXT[span.unit]}`
}
