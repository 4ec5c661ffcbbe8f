/** 值班律师 in-person consultations, booked through the shared slot engine (src/shared/domain/booking/slots.ts). */
import { shanghaiDay } from '../../time'
import type { ConsultCategory } from './consultations'

export const LAWYER_BOOKING_STATUSES = ['booked', 'cancelled', 'done', 'noShow'] as const
export type LawyerBookingStatus = (typeof LAWYER_BOOKING_STATUSES)[number]

export const LAWYER_BOOKING_STATUS_TEXT: Record<LawyerBookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  done: '已面谈',
  noShow: '未到',
}

/** 我的 and the duty board name a booking by its category only. */
export function lawyerBookingTitle(category: ConsultCategory): string {
  return `律师面谈（${category}）`
}

/** One in-person consultation per person per day: the booking's activeKey. */
export function lawyerBookingKey(subjectId: string, day: string): string {
  return `${subjectId}_${day}`
}

/** What staff record after the slot: the resident came (已面谈) or did not (未到). */
export type LawyerBookingOutcome = 'done' | 'noShow'

/**
 * Whether staff may record an outcome now: only a standing booking; 已面谈 from the booking's day on, 未到 only once
 * its time has begun. Null when allowed.
 */
export function refuseOutcome(b: { status: LawyerBookingStatus; day: string; start: Date }, outcome: LawyerBookingOutcome, now: Date): string | null {
  if (b.status !== 'booked') return `该预约${LAWYER_BOOKING_STATUS_TEXT[b.status]}，不能再记为「${LAWYER_BOOKING_STATUS_TEXT[outcome]}」`
  if (outcome === 'noShow' && now.getTime() < new Date(b.start).getTime()) return '面谈时间还没到，不能记为未到'
  if (outcome === 'done' && shanghaiDay(now) < b.day) return '还没到面谈当天，不能记为已面谈'
  return null
}
