/** 发布接待时间's form ↔ the publishReceptionHours input; pure, validated by the voice contract. */
import { fieldMessages, type InputOf } from '@/shared/contracts/define'
import { PublishHoursInput, type voice } from '@/shared/contracts/voice'
import { hoursProblem } from '@/shared/domain/voice/receptions'

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
