/**
 * 干群恳谈 (书记/主任接待日): cadres publish their reception hours; residents book a slot through the shared slot
 * engine (src/shared/domain/booking/slots.ts) and name their topic; the cadre records what came of it.
 */
import type { BookingPolicy, OpeningRule } from '../booking/slots'

export const RECEPTION_STATUSES = ['booked', 'cancelled', 'done', 'noShow'] as const
export type ReceptionStatus = (typeof RECEPTION_STATUSES)[number]

export const RECEPTION_STATUS_TEXT: Record<ReceptionStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  done: '已恳谈，查看结果',
  noShow: '未到',
}

/** One resident holds at most this many standing talks, and one per reception per day. */
export const RECEPTION_POLICY: BookingPolicy = { minNoticeMinutes: 60, horizonDays: 14, cancelCutoffMinutes: 60, maxActivePerPerson: 2 }

/** One talk per person, reception and day: the booking's activeKey. */
export function receptionKey(subjectId: string, receptionId: string, day: string): string {
  return `${subjectId}_${receptionId}_${day}`
}

/** What 我的 calls a talk: with whom. */
export function receptionTitle(title: string, cadreName: string): string {
  return `干群恳谈：${title}（${cadreName}）`
}

export interface HoursInput {
  weekdays: number[]
  start: string
  end: string
  slotMinutes: number
}

/** The cadre's hours as the slot engine's opening rule: one resident per slot (a talk is one to one). */
export function receptionRule(h: HoursInput): OpeningRule {
  return { weekdays: [...new Set(h.weekdays)].sort(), periods: [{ start: h.start, end: h.end }], slotMinutes: h.slotMinutes, windows: 1 }
}

/** Refuses hours that give no slot at all; null when they are fine. */
export function hoursProblem(h: HoursInput): string | null {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
  if (!h.weekdays.length) return '请至少选择一天'
  if (minutes(h.end) - minutes(h.start) < h.slotMinutes) return '结束时间应晚于开始时间至少一个时段'
  return null
}

/** Who may record a talk's outcome: the cadre who received, or the center's staff. */
export function mayRecordReception(b: { cadreOpenid: string }, personId: string, staff: boolean): boolean {
  return staff || b.cadreOpenid === personId
}

const WEEKDAY_NAMES = ['', '一', '二', '三', '四', '五', '六', '日']

/** "每周三、周五 09:00–11:30，每人 30 分钟" */
export function hoursText(rule: OpeningRule): string {
  const days = rule.weekdays.map((d) => `周${WEEKDAY_NAMES[d]}`).join('、')
  const periods = rule.periods.map((p) => `${p.start}–${p.end}`).join('、')
  return `每${days} ${periods}，每人 ${rule.slotMinutes} 分钟`
}
