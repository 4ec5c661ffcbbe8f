/** 发布接待时间's form ↔ the publishReceptionHours input; pure, validated by the voice contract. */
import { fieldMessages, type InputOf } from '@/shared/contracts/define'
import { PublishHoursInput, type voice } from '@/shared/contracts/voice'
import { hoursProblem } from '@/shared/domain/voice/receptions'
import { atShanghai, shanghaiDay } from '@/shared/time'

export interface HoursDraft {
  receptionId: string | undefined
  title: string
  address: string
  weekdays: number[]
  start: string
  end: string
  slotMinutes: 15 | 20 | 30 | 60
}

export const EMPTY_HOURS: HoursDraft = { receptionId: undefined, title: '书记接待日', address: '', weekdays: [], start: '09:00', end: '11:30', slotMinutes: 30 }

export const WEEKDAY_CHOICES: Record<string, string> = { '1': '周一', '2': '周二', '3': '周三', '4': '周四', '5': '周五', '6': '周六', '7': '周日' }

export function toggleDay(d: HoursDraft, day: number): number[] {
  return d.weekdays.includes(day) ? d.weekdays.filter((x) => x !== day) : [...d.weekdays, day].sort()
}

export function toHoursInput(d: HoursDraft): InputOf<typeof voice, 'publishReceptionHours'> {
  return { ...(d.receptionId ? { receptionId: d.receptionId } : {}), title: d.title, address: d.address, weekdays: d.weekdays, start: d.start, end: d.end, slotMinutes: d.slotMinutes }
}

/** What must change before publishing; empty when it can be published. */
export function problems(d: HoursDraft): Record<string, string> {
  const parsed = PublishHoursInput.safeParse(toHoursInput(d))
  if (!parsed.success) return fieldMessages(parsed.error)
  const problem = hoursProblem(d)
  return problem ? { end: problem } : {}
}

/** how far back a cadre may open a day's talks to record what came of them */
export const RECORD_BACK_DAYS = 7

/**
 * The days a cadre can open on 我的接待日: the reception days of the past week (a talk is recorded after it
 * happened, not always the same day) and the days residents can book, oldest first, each once.
 */
export function boardDays(bookable: string[], weekdays: number[], now: Date): string[] {
  const today = atShanghai(shanghaiDay(now))
  const past = Array.from({ length: RECORD_BACK_DAYS }, (_, i) => today.subtract(RECORD_BACK_DAYS - i, 'day'))
    .filter((d) => weekdays.includes(d.day() === 0 ? 7 : d.day()))
    .map((d) => d.format('YYYY-MM-DD'))
  return [...new Set([...past, ...bookable])].sort()
}
