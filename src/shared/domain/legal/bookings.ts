/** 值班律师 in-person consultations, booked through the shared slot engine (src/shared/domain/booking/slots.ts). */
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
