/** An in-person consultation with the duty lawyer: the kernel's slot booking (a claim: one read, the window, the record, 我的). */
import type { legal } from '@/shared/contracts/legal'
import { formatMinutes, horizonDays, refuseBooking, slotsForDay } from '@/shared/domain/booking/slots'
import { LAWYER_BOOKING_STATUS_TEXT, lawyerBookingKey, lawyerBookingTitle, refuseOutcome } from '@/shared/domain/legal/bookings'
import { atShanghai, formatForPeople } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { fetchPage, iso } from '../../_kernel/paging'
import { bookingId, closedKeys, giveBackSlot, slotCounts, takeSlot } from '../../_kernel/slots'
import { forbidden, hasRole, isLegalStaff, knowCaller, maskName } from '../access'
import * as repo from '../repo'

type A = Actions<typeof legal>

function view(b: repo.LawyerBookingDoc, now: Date) {
  return {
    id: b._id,
    roomName: b.roomName,
    address: b.address,
    day: b.day,
    time: b.time,
    start: iso(b.start),
    category: b.category,
    status: b.status,
    statusText: LAWYER_BOOKING_STATUS_TEXT[b.status],
    canCancel: b.status === 'booked' && now.getTime() <= new Date(b.cancelBy).getTime(),
  }
}

function mirror(b: repo.LawyerBookingDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: b.subjectId,
      center: 'legal',
      kind: 'lawyerBooking',
      refId: b._id,
      title: lawyerBookingTitle(b.category),
      status: b.status,
      statusText: LAWYER_BOOKING_STATUS_TEXT[b.status],
      nextAt: b.status === 'booked' ? b.start : null,
      whenText: formatForPeople(b.start),
      place: b.roomName,
      link: '/centers/legal/pages/book/index',
    },
    now,
  )
}

export const listDutySlots: A['listDutySlots'] = async ({ roomId }, ctx) => {
  const room = await repo.getRoom(roomId)
  if (!room) throw new AppError('NOT_FOUND', '没有找到值班律师接待室')
  const dayList = horizonDays(ctx.now, room.policy)
  const counts = await slotCounts(repo.SLOTS, roomId, dayList)
  return {
    room: { id: room._id, name: room.name, address: room.address },
    slotMinutes: room.rule.slotMinutes,
    days: dayList.map((day) => ({
      day,
      closedReason: room.closures.find((c) => c.day === day && !c.start)?.reason ?? null,
      slots: slotsForDay(day, room.rule, room.closures, counts.get(day) ?? {}, room.policy, ctx.now).map((s) => ({
        time: s.time,
        start: iso(s.start),
        state: s.state,
        available: Math.max(s.capacity - s.booked, 0),
      })),
    })),
  }
}

/** One read (room, person, day counters, holds, this request's booking), the window, the record, 我的: 4 requests. */
export const bookLawyer: A['bookLawyer'] = async (input, ctx) => {
  const { subjectId } = who(ctx)
  const now = ctx.now
  const id = bookingId(ctx)
  const { place: room, person, seen } = await repo.readLawyerBooking({ roomId: input.roomId, day: input.day, subjectId, bookingId: id })
  if (seen.existing) return view(seen.existing as repo.LawyerBookingDoc, now)
  if (!room) throw new AppError('NOT_FOUND', '没有找到值班律师接待室', { roomId: '请重新选择' })
  const refusal = refuseBooking(input.day, input.time, room.rule, room.closures, room.policy, now)
  if (refusal) throw new AppError('INVALID_INPUT', refusal.message, { [refusal.code === 'notOnGrid' ? 'time' : 'day']: refusal.message })
  if (!person?.profile) throw new AppError('CONFLICT', '请先在「我的 → 完善个人资料」中填写姓名、社区和地址，再预约')
  const start = atShanghai(input.day, input.time).toDate()
  const record: repo.LawyerBookingDoc = {
    _id: id,
    activeKey: lawyerBookingKey(subjectId, input.day),
    subjectId,
    placeId: room._id,
    day: input.day,
    time: input.time,
    roomName: room.name,
    address: room.address,
    start,
    cancelBy: new Date(start.getTime() - room.policy.cancelCutoffMinutes * 60_000),
    category: input.category,
    status: 'booked',
    createdAt: now,
    updatedAt: now,
  }
  const cap = room.policy.maxActivePerPerson
  const outcome = await takeSlot(repo.SLOTS, seen, { time: input.time, windows: room.rule.windows, cap, now }, record)
  if (!outcome.taken) {
    if (outcome.refused === 'full') throw new AppError('FULL', '该时段值班律师已约满，请选择其他时段')
    if (outcome.refused === 'capped') throw new AppError('CONFLICT', `您已有 ${cap} 个未面谈的预约，请先面谈或取消后再预约`)
    throw new AppError('CONFLICT', '您当天已预约过律师面谈，可在「我的」中查看')
  }
  if (!outcome.again) await mirror(outcome.record, now)
  return view(outcome.record, now)
}

/** Gives the slot back exactly once, however often cancel is pressed. */
export const cancelLawyerBooking: A['cancelLawyerBooking'] = async ({ bookingId: id }, ctx) => {
  const { subjectId } = who(ctx)
  const now = ctx.now
  const b = await repo.getLawyerBooking(id)
  if (!b) throw new AppError('NOT_FOUND', '没有找到该预约')
  if (b.subjectId !== subjectId) throw forbidden()
  if (b.status === 'cancelled') return view(b, now)
  if (b.status !== 'booked') throw new AppError('CONFLICT', '该预约已面谈或已结束，不能取消')
  if (now.getTime() > new Date(b.cancelBy).getTime()) {
    const minutes = Math.round((new Date(b.start).getTime() - new Date(b.cancelBy).getTime()) / 60_000)
    throw new AppError('CONFLICT', `面谈前 ${formatMinutes(minutes)}内不能在线取消，请致电中心`)
  }
  const changes = { status: 'cancelled' as const, ...closedKeys(id, 'cancelled'), updatedAt: now }
  if (!(await repo.moveLawyerBooking(id, ['booked'], changes))) return view((await repo.getLawyerBooking(id)) ?? b, now)
  const cancelled = { ...b, ...changes }
  await Promise.all([giveBackSlot(repo.SLOTS, b), mirror(cancelled, now)])
  return view(cancelled, now)
}

export const myLawyerBookings: A['myLawyerBookings'] = (input, ctx) =>
  fetchPage(repo.lawyerBookingsOf(who(ctx).actorId), input, (b: repo.LawyerBookingDoc) => view(b, ctx.now))

/** A row of the duty board: the masked name and the category only; which outcome staff may record now. */
function dutyEntry(b: repo.LawyerBookingDoc, name: string | null, now: Date) {
  return {
    id: b._id,
    time: b.time,
    who: maskName(name ?? '居民'),
    title: lawyerBookingTitle(b.category),
    status: b.status,
    statusText: LAWYER_BOOKING_STATUS_TEXT[b.status],
    canMarkDone: refuseOutcome(b, 'done', now) === null,
    canMarkNoShow: refuseOutcome(b, 'noShow', now) === null,
  }
}

/** The day's appointments for the duty lawyers: masked names and categories only (the roles and one read). */
export const dutyBoard: A['dutyBoard'] = async ({ roomId, day }, ctx) => {
  if (!(await isLegalStaff(ctx)) && !(await hasRole(ctx, 'lawyer'))) throw forbidden()
  const list = await repo.dutyDay(roomId, day)
  return { day, entries: list.map(({ booking, name }) => dutyEntry(booking, name, ctx.now)) }
}

/**
 * Staff or the duty lawyer record that the resident came (已面谈) or did not (未到): the booking closes, the
 * person's hold is freed, 我的 says what happened. A repeated tap finds it recorded.
 */
export const markLawyerBooking: A['markLawyerBooking'] = async ({ bookingId: id, outcome }, ctx) => {
  const now = ctx.now
  // the booking, its person's name and the caller (whose roles are checked here): one request
  const read = await repo.lawyerBookingWithCaller(id, ctx.actorId)
  await knowCaller(ctx, read)
  const b = read.doc
  if (!b) throw new AppError('NOT_FOUND', '没有找到该预约')
  if (!(await isLegalStaff(ctx)) && !(await hasRole(ctx, 'lawyer'))) throw forbidden()
  if (b.status === outcome) return dutyEntry(b, read.name, now)
  const refusal = refuseOutcome(b, outcome, now)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const changes = { status: outcome, ...closedKeys(id, outcome), updatedAt: now }
  if (!(await repo.moveLawyerBooking(id, ['booked'], changes))) throw new AppError('CONFLICT', '该预约刚刚有了变化，请刷新后查看')
  const moved = { ...b, ...changes }
  await mirror(moved, now)
  return dutyEntry(moved, read.name, now)
}
