/** The order form ↔ placeMealOrder input: one day, or the chosen weekdays of a range (default: next week's lunches). */
import type { PlaceMealOrderInput } from '@/shared/contracts/eldercare'
import { type Meal, type Mode, nextWeek, type Payment, type Weekday } from '@/shared/domain/eldercare/meals'

export interface OrderDraft {
  meal: Meal
  from: string
  to: string
  weekdays: Weekday[]
  repeat: boolean
  mode: Mode
  payment: Payment
}

export function initialDraft(now: Date): OrderDraft {
  const week = nextWeek(now)
  return { meal: 'lunch', ...week, repeat: true, mode: 'delivery', payment: 'onDelivery' }
}

export function toInput(seniorId: string, d: OrderDraft): PlaceMealOrderInput {
  return d.repeat
    ? { seniorId, meal: d.meal, from: d.from, to: d.to, weekdays: d.weekdays, mode: d.mode, payment: d.payment }
    : { seniorId, meal: d.meal, from: d.from, mode: d.mode, payment: d.payment }
}

export function toggleWeekday(d: OrderDraft, day: Weekday): OrderDraft {
  const weekdays = d.weekdays.includes(day) ? d.weekdays.filter((w) => w !== day) : [...d.weekdays, day].sort()
  return { ...d, weekdays }
}
