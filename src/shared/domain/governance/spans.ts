/**
 * How a deadline is counted, apart from the counting itself (deadlines.ts, which needs the working-day calendar):
 * the contract and pages read these without loading the calendar.
 */
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
