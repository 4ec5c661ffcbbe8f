/** 预约办理's choices (place, day, slot) ↔ the `book` input; pure, validated by the affairs contract. */
import { type affairs, BookInput as BookSchema } from '@/shared/contracts/affairs'
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'
import { atShanghai, dayLabel, shanghaiDay } from '@/shared/time'

export type BookInput = InputOf<typeof affairs, 'book'>
export type Day = OutputOf<typeof affairs, 'listSlots'>['days'][number]
export type Slot = Day['slots'][number]

export interface BookChoice {
  /** null: the first place the service is offered at */
  placeId: string | null
  dayIndex: number
  time: string | null
}

export const NO_CHOICE: BookChoice = { placeId: null, dayIndex: 0, time: null }

const SLOT_WORDS = { open: '可约', full: '已满', closed: '暂停', tooLate: '已过' } as const

/** The place in use: the one chosen, else the first one offered. */
export const placeOf = (choice: BookChoice, places: ReadonlyArray<{ id: string }>) => choice.placeId ?? places[0]?.id ?? null

/** The day shown: the one chosen, or the last one offered when fewer days came back. */
export const dayOf = (choice: BookChoice, days: Day[]): Day | undefined => days[Math.min(choice.dayIndex, Math.max(days.length - 1, 0))]

/**
 * A day's button in words: 休息 (no slots), 暂停 (closed), 可预约, 约满. No number here: the slots below say how
 * many places each has left, and two different counts side by side (时段 vs 名额) confuse.
 */
export function dayWords(day: Day): string {
  const open = day.slots.some((s) => s.state === 'open')
  return day.slots.length === 0 ? '休息' : day.closedReason ? '暂停' : open ? '可预约' : '约满'
}

/** A day's name on its tile: 今天, 明天, else the weekday (周三). `today` is the Shanghai day (YYYY-MM-DD). */
export function dayName(day: string, today: string): string {
  if (day === today) return '今天'
  return day === shanghaiDay(atShanghai(today).valueOf() + 86_400_000) ? '明天' : dayLabel(day).weekday
}

export const hasOpenSlot = (day: Day) => day.slots.some((s) => s.state === 'open')

/** A slot's button in words: places left, or why it cannot be booked. */
export const slotWords = (slot: Slot) => (slot.state === 'open' ? `剩 ${slot.available} 个名额` : SLOT_WORDS[slot.state])

/** What the confirm button says: the day and time about to be booked, or what is missing. */
export const confirmText = (day: Day | undefined, time: string | null) => (time && day ? `确认预约 ${dayLabel(day.day).date} ${time}` : '请先选择时段')

/** The `book` input for a complete choice; null while the place, day or time is missing. */
export function toBookInput(serviceId: string, placeId: string | null, day: Day | undefined, time: string | null): BookInput | null {
  return placeId && day && time ? { serviceId, placeId, day: day.day, time } : null
}

/** What the contract says is wrong with the input, field by field (empty when it can be sent). */
export function problems(input: BookInput): Record<string, string> {
  const parsed = BookSchema.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}
