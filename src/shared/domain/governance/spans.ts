/**
 * How a deadline is counted, apart from the counting itself (deadlines.ts, which needs the working-day calendar):
 * the contract and pages read these without loading the calendar.
 */
import { formatForPeople, inShanghai } from '../../time'

export const SPAN_UNITS = ['hours', 'workingHours', 'workingDays'] as const
export type SpanUnit = (typeof SPAN_UNITS)[number]
export const SPAN_UNIT_TEXT: Record<SpanUnit, string> = { hours: '小时', workingHours: '工作小时', workingDays: '个工作日' }

export interface Span {
  amount: number
  unit: SpanUnit
}

export interface DeadlineRule {
  respond: Span
  resolve: Span
}

/**
 * A deadline as people read it: one that ends with a day (working days: 24:00 Shanghai) names that day's 24:00,
 * not 00:00 of the next day — "12月1日 周二 24:00", never "12月2日 周三 00:00".
 */
export function deadlineText(at: Date | string): string {
  const t = inShanghai(at)
  if (t.hour() !== 0 || t.minute() !== 0) return formatForPeople(at)
  return `${formatForPeople(new Date(t.valueOf() - 60_000), false)} 24:00`
}
