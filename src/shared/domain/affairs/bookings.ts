/** Window appointments: what each status means to a resident, and which statuses still hold a place. */
export const BOOKING_STATUS_TEXT = {
  booked: '已预约',
  checkedIn: '已取号，等待叫号',
  serving: '正在办理',
  done: '已办结',
  cancelled: '已取消',
  noShow: '未到（爽约）',
} as const
export type BookingStatus = keyof typeof BOOKING_STATUS_TEXT

/** Statuses that hold a place in the slot and count toward the person's active appointments. */
export const ACTIVE_BOOKING_STATUSES: BookingStatus[] = ['booked', 'checkedIn', 'serving']

/** 3 no-shows within 90 days suspend online booking for 30 days. */
export const NO_SHOW_RULE = { count: 3, withinDays: 90, suspendDays: 30 }

/** Staff-facing places: the street hall accepts everything; a community station what it handles or accepts for the street. */
export function acceptsAt(place: { kind: 'hall' | 'station' }, service: { handledAt: 'community' | 'street'; delegable: boolean }): boolean {
  return place.kind === 'hall' || service.handledAt === 'community' || service.delegable
}
