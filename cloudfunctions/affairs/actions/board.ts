/** Staff side of window appointments: today's board, queue numbers, calling, finishing; opening rules and closures. */
import type { affairs } from '@/shared/contracts/affairs'
import { NO_SHOW_RULE } from '@/shared/domain/affairs/bookings'
import { suspendedUntil } from '@/shared/domain/booking/slots'
import { formatForPeople, shanghaiDay } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import type { Actions } from '../../_kernel/handler'
import { notify, thing } from '../../_kernel/notify'
import { closedKeys } from '../../_kernel/slots'
import * as repo from '../repo'
import { boardEntry, bookingLink, mirrorBooking, placeSummary } from './views'

type A = Actions<typeof affairs>

async function placeOrFail(placeId: string): Promise<repo.PlaceDoc> {
  const place = await repo.getPlace(placeId)
  if (!place) throw new AppError('NOT_FOUND', '没有找到该办理地点')
  return place
}

/** The booking with its person, in one request. */
async function bookingOrFail(bookingId: string): Promise<{ booking: repo.BookingDoc; person: repo.BookedPerson }> {
  const found = await repo.bookingWithPerson(bookingId)
  if (!found) throw new AppError('NOT_FOUND', '没有找到该预约')
  return found
}

/** The board of a day: the caller's roles and one read (the place, its bookings, their people). */
export const listBookings: A['listBookings'] = async ({ placeId, day }) => {
  const { place, entries } = await repo.boardOf(placeId, day)
  if (!place) throw new AppError('NOT_FOUND', '没有找到该办理地点')
  return { place: placeSummary(place), day, entries: entries.map(({ booking, person }) => boardEntry(booking, person)) }
}

/** 取号: a resident who has arrived gets the next queue number of the day. A repeated 取号 finds it taken. */
export const checkIn: A['checkIn'] = async ({ bookingId }, ctx) => {
  const { booking, person } = await bookingOrFail(bookingId)
  if (booking.status !== 'booked') {
    if (booking.status === 'checkedIn') return boardEntry(booking, person)
    throw new AppError('CONFLICT', `该预约状态为「${boardEntry(booking, undefined).statusText}」，不能取号`)
  }
  if (booking.day !== shanghaiDay(ctx.now)) throw new AppError('CONFLICT', `这是 ${formatForPeople(booking.start)} 的预约，只能在当天取号`)
  const queueNo = await repo.takeQueueNumber(booking.placeId, booking.day)
  const changes = { status: 'checkedIn' as const, queueNo, updatedAt: ctx.now }
  if (!(await repo.moveBooking(bookingId, ['booked'], changes))) return boardEntry((await bookingOrFail(bookingId)).booking, person)
  const moved = { ...booking, ...changes }
  await mirrorBooking(moved, ctx.now)
  return boardEntry(moved, person)
}

/** 叫号: the earliest queue number still waiting goes to this window; two windows never call the same person. */
export const callNext: A['callNext'] = async ({ placeId, day, window }, ctx) => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await repo.nextInQueue(placeId, day)
    if (!next) return null
    const changes = { status: 'serving' as const, window, updatedAt: ctx.now }
    if (await repo.moveBooking(next.booking._id, ['checkedIn'], changes)) {
      const serving = { ...next.booking, ...changes }
      await mirrorBooking(serving, ctx.now)
      return boardEntry(serving, next.person)
    }
  }
  throw new AppError('CONFLICT', '叫号冲突，请再试一次')
}

/** 办结: the booking closes, and with it the person's hold. A repeated finish finds it done. */
export const finishBooking: A['finishBooking'] = async ({ bookingId }, ctx) => {
  const { booking, person } = await bookingOrFail(bookingId)
  if (booking.status === 'done') return boardEntry(booking, person)
  const changes = { status: 'done' as const, ...closedKeys(bookingId, 'done'), updatedAt: ctx.now }
  if (!(await repo.moveBooking(bookingId, ['checkedIn', 'serving'], changes))) {
    throw new AppError('CONFLICT', '只有已取号或正在办理的预约才能办结')
  }
  const done = { ...booking, ...changes }
  await mirrorBooking(done, ctx.now)
  return boardEntry(done, person)
}

/** 爽约: counted toward the suspension rule (3 in 90 days). Only once the slot has begun; a repeat finds it marked. */
export const markNoShow: A['markNoShow'] = async ({ bookingId }, ctx) => {
  const { booking, person } = await bookingOrFail(bookingId)
  if (booking.status === 'noShow') return boardEntry(booking, person)
  if (ctx.now.getTime() < new Date(booking.start).getTime()) throw new AppError('CONFLICT', '预约时间还没到，不能记为未到')
  const changes = { status: 'noShow' as const, ...closedKeys(bookingId, 'noShow'), updatedAt: ctx.now }
  if (!(await repo.moveBooking(bookingId, ['booked'], changes))) throw new AppError('CONFLICT', '只有未取号的预约才能记为未到')
  const noShows = [...person.noShows, ctx.now]
  await repo.recordNoShow(booking.subjectId, ctx.now, suspendedUntil(noShows, NO_SHOW_RULE, ctx.now))
  const missed = { ...booking, ...changes }
  await mirrorBooking(missed, ctx.now)
  return boardEntry(missed, person)
}

export const setOpeningRules: A['setOpeningRules'] = async ({ placeId, rule }) => {
  await placeOrFail(placeId)
  await repo.setRule(placeId, { ...rule, weekdays: [...new Set(rule.weekdays)].sort() })
  return { done: true as const }
}

/** Closes a day or part of it; bookings inside are cancelled, their places freed and the residents told. */
export const closeSlots: A['closeSlots'] = async (input, ctx) => {
  const place = await placeOrFail(input.placeId)
  if (input.day < shanghaiDay(ctx.now)) throw new AppError('INVALID_INPUT', '不能暂停已经过去的日期', { day: '请选择今天或以后的日期' })
  await repo.addClosure(place._id, { day: input.day, start: input.start, end: input.end, reason: input.reason })
  const affected = await repo.bookingsInRange(place._id, input.day, input.start, input.end)
  let cancelled = 0
  let notified = 0
  for (const booking of affected) {
    const changes = { status: 'cancelled' as const, ...closedKeys(booking._id, 'cancelled'), cancelReason: `暂停办理：${input.reason}`, updatedAt: ctx.now }
    if (!(await repo.moveBooking(booking._id, ['booked'], changes))) continue
    cancelled++
    await repo.freeBooking(booking)
    await mirrorBooking({ ...booking, ...changes }, ctx.now)
    notified += await notify(booking.subjectId, `closed_${booking._id}`, 'appointmentChanged', bookingLink(booking._id), {
      thing1: thing(booking.serviceName),
      time2: { value: `${booking.day} ${booking.time}` },
      thing3: thing(`已取消：${input.reason}，请重新预约`),
    }, ctx.now)
  }
  return { cancelledBookings: cancelled, notified }
}
