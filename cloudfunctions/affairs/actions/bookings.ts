import type { affairs } from '@/shared/contracts/affairs'
import { acceptsAt } from '@/shared/domain/affairs/bookings'
import { formatMinutes, refuseBooking } from '@/shared/domain/booking/slots'
import { atShanghai, formatForPeople } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { fetchPage } from '../../_kernel/paging'
import { bookingId, closedKeys, takeSlot } from '../../_kernel/slots'
import * as repo from '../repo'
import { bookingView, mirrorBooking } from './views'

type A = Actions<typeof affairs>

/** Says exactly why the person may not book online now, or null. */
function refusePerson(person: { profile?: unknown; affairs?: { suspendedUntil?: Date | null } } | null, onBehalf: boolean, now: Date): AppError | null {
  if (!person?.profile) {
    return new AppError('CONFLICT', onBehalf ? '该居民尚未登记姓名和地址，请先为其完善资料' : '请先在「我的 → 完善个人资料」中填写姓名、社区和地址，再预约')
  }
  const until = person.affairs?.suspendedUntil
  if (until && new Date(until).getTime() > now.getTime()) {
    return new AppError('FORBIDDEN', `近 90 天内有 3 次预约未到，线上预约暂停至${formatForPeople(until, false)}；如有急事可直接到窗口办理`)
  }
  return null
}

/**
 * One read (place, service, person, the day's counters, the person's holds), then the kernel's slot claim: a
 * window of the slot and a hold under the person's cap, taken with the record so that counters always equal the
 * bookings that stand. The booking's id comes from the request: a retry returns the first booking. 4 requests.
 */
export const book: A['book'] = async (input, ctx) => {
  const { actorId, subjectId, onBehalf } = who(ctx)
  const now = ctx.now
  const id = bookingId(ctx)
  const { place, joined, person, seen } = await repo.readBooking({ ...input, subjectId, bookingId: id })
  if (seen.existing) return bookingView(seen.existing as repo.BookingDoc, now)
  const service = joined.service as repo.ServiceDoc | null
  if (!place) throw new AppError('NOT_FOUND', '没有找到该办理地点', { placeId: '请重新选择办理地点' })
  if (!service) throw new AppError('NOT_FOUND', '没有找到该办事事项', { serviceId: '请重新选择办事事项' })
  if (!acceptsAt(place, service)) {
    throw new AppError('INVALID_INPUT', '该事项不能在此地点办理', { placeId: '请选择街道受理中心或可代办的社区服务站' })
  }
  const refusal = refuseBooking(input.day, input.time, place.rule, place.closures, place.policy, now)
  if (refusal) throw new AppError('INVALID_INPUT', refusal.message, { [refusal.code === 'notOnGrid' ? 'time' : 'day']: refusal.message })
  const personRefusal = refusePerson(person, onBehalf, now)
  if (personRefusal) throw personRefusal

  const start = atShanghai(input.day, input.time).toDate()
  const booking: repo.BookingDoc = {
    _id: id,
    activeKey: `${subjectId}_${service._id}_${input.day}`,
    serviceId: service._id,
    serviceName: service.name,
    placeId: place._id,
    placeName: place.name,
    address: place.address,
    day: input.day,
    time: input.time,
    start,
    cancelBy: new Date(start.getTime() - place.policy.cancelCutoffMinutes * 60_000),
    materials: service.materials,
    subjectId,
    actorId,
    onBehalf,
    status: 'booked',
    queueNo: null,
    window: null,
    cancelReason: null,
    createdAt: now,
    updatedAt: now,
  }
  const cap = place.policy.maxActivePerPerson
  const outcome = await takeSlot(repo.SLOTS, seen, { time: input.time, windows: place.rule.windows, cap, now }, booking)
  if (!outcome.taken) {
    if (outcome.refused === 'full') throw new AppError('FULL', '该时段已约满，请选择其他时段')
    if (outcome.refused === 'capped') throw new AppError('CONFLICT', `您已有 ${cap} 个未办理的预约，请先办理或取消后再预约`)
    throw new AppError('CONFLICT', '您当天已预约过该事项，可在「我的预约」中查看')
  }
  if (!outcome.again) await mirrorBooking(outcome.record, now)
  return bookingView(outcome.record, now)
}

/** Frees the place exactly once: a repeated cancel finds the booking already cancelled and changes nothing. */
export const cancelBooking: A['cancelBooking'] = async ({ bookingId }, ctx) => {
  const { subjectId } = who(ctx)
  const now = ctx.now
  const booking = await repo.getBooking(bookingId)
  if (!booking || booking.subjectId !== subjectId) throw new AppError('NOT_FOUND', '没有找到该预约')
  if (booking.status === 'cancelled') return bookingView(booking, now)
  if (booking.status !== 'booked') throw new AppError('CONFLICT', '该预约已取号或已办结，不能取消')
  if (now.getTime() > new Date(booking.cancelBy).getTime()) {
    const minutes = Math.round((new Date(booking.start).getTime() - new Date(booking.cancelBy).getTime()) / 60_000)
    throw new AppError('CONFLICT', `办理前 ${formatMinutes(minutes)}内不能在线取消，请直接联系窗口`)
  }
  const changes = { status: 'cancelled' as const, ...closedKeys(bookingId, 'cancelled'), cancelReason: ctx.onBehalf ? '工作人员代为取消' : '本人取消', updatedAt: now }
  if (!(await repo.moveBooking(bookingId, ['booked'], changes))) {
    const current = await repo.getBooking(bookingId)
    return bookingView(current ?? booking, now)
  }
  const cancelled = { ...booking, ...changes }
  await repo.freeBooking(booking)
  await mirrorBooking(cancelled, now)
  return bookingView(cancelled, now)
}

export const myBookings: A['myBookings'] = (input, ctx) => fetchPage(repo.bookingsOf(who(ctx).subjectId), input, (b: repo.BookingDoc) => bookingView(b, ctx.now))
