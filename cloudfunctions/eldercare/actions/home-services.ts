/**
 * 生活照料 / 家政: a senior (or linked family, or staff for a walk-in) books a home service on the kernel's slot
 * engine — one place per provider on duty; staff confirm by assigning a provider, then mark it done or 上门未遇;
 * whoever booked sees each step in 我的 and is notified.
 */
import type { eldercare } from '@/shared/contracts/eldercare'
import { horizonDays, refuseBooking, slotsForDay } from '@/shared/domain/booking/slots'
import {
  cancelRefusal,
  HOME_BOOKING_STATUS_TEXT,
  type HomeBookingStatus,
  homeBookingKey,
  isStanding,
  moveRefusal,
  overlapRefusal,
  overlapTakenText,
  ruleOn,
  scheduleText,
  stepText,
} from '@/shared/domain/eldercare/home-services'
import { priorityMarks } from '@/shared/domain/eldercare/meals'
import { maskPhone } from '@/shared/domain/eldercare/seniors'
import { atShanghai, dayLabel, formatForPeople, shanghaiDay } from '@/shared/time'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { creditHours, refundSpend } from '../../_kernel/hours'
import { putMyItem } from '../../_kernel/mine'
import { type NoticeEvent, notify, recordNotices, thing, when } from '../../_kernel/notify'
import { fetchPage, iso } from '../../_kernel/paging'
import { exportSheet } from '../../_kernel/sheets'
import { staffOf } from '../../_kernel/users'
import { bookingId, closedKeys, giveBackSlot, slotCounts, takeSlot } from '../../_kernel/slots'
import * as repo from '../repo'
import { isStaff, mustAccess, nameOf } from '../views'

type A = Actions<typeof eldercare>

const PAGE = '/centers/eldercare/pages/home-services/index'
const pageOf = (seniorId: string) => `${PAGE}?seniorId=${seniorId}`

function serviceRow(s: repo.HomeServiceDoc) {
  return {
    id: s._id,
    name: s.name,
    summary: s.summary,
    minutes: s.rule.slotMinutes,
    priceText: s.priceText,
    providers: s.providers.map((p) => ({ id: p.id, name: p.name, weekdays: p.weekdays, scheduleText: scheduleText(p.weekdays) })),
  }
}

export function homeBookingView(b: repo.HomeBookingDoc, now: Date) {
  const open = now.getTime() <= new Date(b.cancelBy).getTime()
  return {
    id: b._id,
    serviceId: b.placeId,
    serviceName: b.serviceName,
    seniorId: b.seniorId,
    seniorName: b.seniorName,
    address: b.address,
    marks: b.marks,
    day: b.day,
    time: b.time,
    start: iso(b.start),
    whenText: formatForPeople(b.start),
    status: b.status,
    statusText: stepText(b.status, b.providerName),
    providerId: b.providerId,
    providerName: b.providerName,
    bookedBy: b.onBehalf ? `${b.actorName}代约` : `${b.seniorName}本人预约`,
    steps: b.steps.map((s) => ({ text: s.text, atText: formatForPeople(s.at), by: s.by })),
    canCancel: isStanding(b.status) && open,
    lockedText: isStanding(b.status) && !open ? '已临近上门时间，不能在线取消，如有变化请致电中心' : null,
  }
}

/** 我的: the booking shows for whoever booked it (staff booking a walk-in: the senior, when they use WeChat). */
function mirror(b: repo.HomeBookingDoc, now: Date): Promise<void> {
  if (!b.ownerId) return Promise.resolve()
  return putMyItem(
    {
      ownerId: b.ownerId,
      center: 'eldercare',
      kind: 'homeService',
      refId: b._id,
      title: `上门服务：${b.seniorName} ${b.serviceName}`,
      status: b.status,
      statusText: homeBookingView(b, now).statusText,
      nextAt: isStanding(b.status) ? b.start : null,
      whenText: formatForPeople(b.start),
      place: `上门：${b.address}`,
      link: pageOf(b.seniorId),
    },
    now,
  )
}

function tell(b: repo.HomeBookingDoc, now: Date): Promise<number> {
  if (!b.ownerId) return Promise.resolve(0)
  const last = b.steps[b.steps.length - 1]
  return notify(b.ownerId, `homeService_${b._id}_${b.steps.length}`, 'homeServiceProgress', pageOf(b.seniorId), {
    thing1: thing(`${b.serviceName}：${b.seniorName}`),
    thing2: thing(last?.text ?? HOME_BOOKING_STATUS_TEXT[b.status]),
    time3: when(b.start),
  }, now)
}

const byText = (standing: 'self' | 'family' | 'staff', caller: Parameters<typeof nameOf>[0]) =>
  standing === 'self' ? '本人' : standing === 'family' ? `家属${nameOf(caller)}` : `中心${nameOf(caller)}`

/** The catalogue (a page of services), or one service with its two weeks of slots: ≤ 2 requests. */
export const listHomeServices: A['listHomeServices'] = async ({ serviceId, ...page }, ctx) => {
  if (!serviceId) return { ...(await fetchPage(repo.listHomeServicesQuery(), page, serviceRow)), days: null }
  const service = await repo.getHomeService(serviceId)
  if (!service) throw new AppError('NOT_FOUND', '没有找到这项服务', { serviceId: '请重新选择服务' })
  const days = horizonDays(ctx.now, service.policy)
  const counts = await slotCounts(repo.HOME_SLOTS, serviceId, days)
  return {
    items: [serviceRow(service)],
    page: 1,
    pageSize: page.pageSize,
    hasMore: false,
    days: days.map((day) => {
      const rule = ruleOn(service.rule, service.providers, day)
      const { date, weekday } = dayLabel(day)
      const closed = service.closures.find((c) => c.day === day && !c.start)?.reason ?? (rule.windows ? null : '当天没有服务人员排班')
      return {
        day,
        dayText: `${date} ${weekday}`,
        closedReason: closed,
        slots: slotsForDay(day, rule, service.closures, counts.get(day) ?? {}, service.policy, ctx.now).map((s) => ({
          time: s.time,
          start: iso(s.start),
          state: s.state,
          available: Math.max(s.capacity - s.booked, 0),
        })),
      }
    }),
  }
}

/** One read (service, senior, caller, day counters, holds, this request's booking), the place, the record, 我的: 4 requests. */
export const bookHomeService: A['bookHomeService'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const now = ctx.now
  const id = bookingId(ctx)
  const { place: service, joined, seen } = await repo.readHomeBooking({ serviceId: input.serviceId, seniorId: input.seniorId, actorId, day: input.day, bookingId: id })
  if (seen.existing) return homeBookingView(seen.existing as repo.HomeBookingDoc, now)
  if (!service) throw new AppError('NOT_FOUND', '没有找到这项服务', { serviceId: '请重新选择服务' })
  const senior = joined.senior as repo.SeniorDoc | null
  const caller = joined.caller
  const standing = mustAccess(senior, actorId, caller)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  const rule = ruleOn(service.rule, service.providers, input.day)
  const refusal = refuseBooking(input.day, input.time, rule, service.closures, service.policy, now)
  if (refusal) {
    const message = refusal.code === 'notOnGrid' && !rule.windows ? '当天没有服务人员排班，请选择其他日期' : refusal.message
    throw new AppError('INVALID_INPUT', message, { [refusal.code === 'notOnGrid' ? 'time' : 'day']: message })
  }
  const start = atShanghai(input.day, input.time).toDate()
  const end = new Date(start.getTime() + service.rule.slotMinutes * 60_000)
  // one senior, one visit at a time: the senior's standing visits came with the read (named in the answer); one
  // booked at the same moment is refused by the database (the senior's time keys, takeSlot)
  const clash = overlapRefusal(senior.name, start, end, seen.holders as unknown as Array<{ serviceName: string; start: Date; end?: Date }>)
  if (clash) throw new AppError('CONFLICT', clash, { time: clash })
  const by = byText(standing, caller)
  const record: repo.HomeBookingDoc = {
    _id: id,
    activeKey: homeBookingKey(senior._id, service._id, input.day),
    subjectId: senior._id,
    placeId: service._id,
    day: input.day,
    time: input.time,
    serviceName: service.name,
    seniorId: senior._id,
    seniorName: senior.name,
    address: `${senior.community}${senior.building}${senior.unit ? `${senior.unit}单元` : ''}${senior.room}`,
    marks: priorityMarks(senior, input.day),
    start,
    end,
    cancelBy: new Date(start.getTime() - service.policy.cancelCutoffMinutes * 60_000),
    actorId,
    actorName: nameOf(caller),
    onBehalf: standing !== 'self',
    ownerId: standing === 'staff' ? senior.openid : actorId,
    status: 'booked',
    providerId: null,
    providerName: null,
    steps: [{ status: 'booked', text: '已预约，等待中心确认', at: now, by }],
    tellStaff: standing !== 'staff',
    createdAt: now,
    updatedAt: now,
  }
  const cap = service.policy.maxActivePerPerson
  const outcome = await takeSlot(repo.HOME_SLOTS, seen, { time: input.time, windows: rule.windows, cap, now, span: { start, end } }, record)
  if (!outcome.taken) {
    if (outcome.refused === 'full') throw new AppError('FULL', '该时段服务人员已约满，请选择其他时段')
    if (outcome.refused === 'overlap') throw new AppError('CONFLICT', overlapTakenText(senior.name), { time: overlapTakenText(senior.name) })
    if (outcome.refused === 'capped') throw new AppError('CONFLICT', `${senior.name}已有 ${cap} 次未完成的上门服务，请完成或取消后再预约`)
    throw new AppError('CONFLICT', `${senior.name}当天已预约过${service.name}，可在「我的」中查看`)
  }
  if (!outcome.again) await mirror(outcome.record, now)
  return homeBookingView(outcome.record, now)
}

/** The senior, linked family or staff; the family until the cutoff, staff at any time (and the booker is told). */
export const cancelHomeService: A['cancelHomeService'] = async ({ bookingId: id }, ctx) => {
  const { actorId } = who(ctx)
  const now = ctx.now
  const { booking: b, service, senior, caller, paidWithHours } = await repo.homeBookingWithCaller(id, actorId)
  if (!b) throw new AppError('NOT_FOUND', '没有找到这次预约')
  const standing = mustAccess(senior, actorId, caller)
  if (b.status === 'cancelled') return homeBookingView(b, now)
  const staff = isStaff(caller)
  const policy = service?.policy ?? { minNoticeMinutes: 0, horizonDays: 14, cancelCutoffMinutes: 0, maxActivePerPerson: 1 }
  const refusal = cancelRefusal(b.status, new Date(b.start), policy, staff, now)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const steps = [...b.steps, { status: 'cancelled' as const, text: '已取消', at: now, by: byText(standing, caller) }]
  const changes = { status: 'cancelled' as const, ...closedKeys(id, 'cancelled', repo.HOME_SLOTS), steps, updatedAt: now }
  if (!(await repo.moveHomeBooking(id, ['booked', 'confirmed'], changes))) return homeBookingView((await repo.getHomeBooking(id)) ?? b, now)
  const cancelled = { ...b, ...changes }
  await Promise.all([giveBackSlot(repo.HOME_SLOTS, b), mirror(cancelled, now), cancelled.ownerId !== actorId ? tell(cancelled, now) : null, paidWithHours ? refundSpend(`homeService_${id}`, now) : null])
  return homeBookingView(cancelled, now)
}

/** Staff: confirm with a provider (or change the provider), done, 上门未遇, cancel — each step told to the booker. */
export const updateHomeServiceBooking: A['updateHomeServiceBooking'] = async ({ bookingId: id, status, providerId }, ctx) => {
  const { actorId } = who(ctx)
  const now = ctx.now
  const { booking: b, service, caller, paidWithHours } = await repo.homeBookingWithCaller(id, actorId)
  if (!b || !service) throw new AppError('NOT_FOUND', '没有找到这次预约')
  if (!isStaff(caller)) throw new AppError('FORBIDDEN', '只有中心工作人员可以处理上门服务')
  const provider = status === 'confirmed' ? (service.providers.find((p) => p.id === providerId) ?? null) : null
  if (b.status === status && status !== 'confirmed') return homeBookingView(b, now)
  const refusal = moveRefusal(b.status, status, provider, b.day, new Date(b.start), now)
  if (refusal) throw new AppError(status === 'confirmed' && !provider ? 'INVALID_INPUT' : 'CONFLICT', refusal, status === 'confirmed' && !provider ? { providerId: refusal } : undefined)
  if (b.status === 'confirmed' && status === 'confirmed' && b.providerId === provider?.id) return homeBookingView(b, now)
  const to: HomeBookingStatus = status
  const steps = [...b.steps, { status: to, text: stepText(to, provider?.name ?? null), at: now, by: `中心${nameOf(caller)}` }]
  const changes = {
    status: to,
    steps,
    updatedAt: now,
    ...(provider ? { providerId: provider.id, providerName: provider.name } : {}),
    // done, 上门未遇 and cancelled give the senior's hold and time back
    ...(isStanding(to) ? {} : closedKeys(id, to, repo.HOME_SLOTS)),
  }
  if (!(await repo.moveHomeBooking(id, [b.status], changes))) {
    const current = (await repo.getHomeBooking(id)) ?? b
    if (current.status === to) return homeBookingView(current, now)
    throw new AppError('CONFLICT', `这次服务已是「${HOME_BOOKING_STATUS_TEXT[current.status]}」，请刷新后查看`)
  }
  const moved = { ...b, ...changes }
  // 时间银行: a cancelled service paid with hours gives them back; one done by a volunteer credits their hours
  const volunteer = to === 'done' ? service.providers.find((p) => p.id === b.providerId)?.volunteer : undefined
  await Promise.all([
    to === 'cancelled' ? giveBackSlot(repo.HOME_SLOTS, b) : null,
    mirror(moved, now),
    tell(moved, now),
    to === 'cancelled' && paidWithHours ? refundSpend(`homeService_${id}`, now) : null,
    volunteer ? creditHours({ volunteer, hours: service.rule.slotMinutes / 60, source: { kind: 'homeService', id, title: `上门${service.name}` }, verifiedBy: actorId, at: now }) : null,
  ])
  return homeBookingView(moved, now)
}

/** A senior's bookings (the senior, linked family, staff), or staff's board of a day: 2 requests a page. */
export const homeServiceBookings: A['homeServiceBookings'] = async ({ seniorId, day, upcoming, ...page }, ctx) => {
  const { actorId } = who(ctx)
  const today = shanghaiDay(ctx.now)
  const view = (b: repo.HomeBookingDoc) => homeBookingView(b, ctx.now)
  // the day's board is for the center's staff only, whatever else is asked
  if (!seniorId || day) {
    if (!isStaff({ roles: (await ctx.caller()).roles })) throw new AppError('FORBIDDEN', '没有权限：上门服务单只有中心工作人员可以查看')
  }
  if (seniorId) {
    const { senior, caller } = await repo.seniorWithCaller(seniorId, actorId)
    mustAccess(senior, actorId, caller)
    return { ...(await fetchPage(repo.homeBookingsOfSenior(seniorId, upcoming ? today : null), page, view)), seniorName: senior?.name ?? null }
  }
  return { ...(await fetchPage(repo.homeBookingsBoard(day ?? null, today), page, view)), seniorName: null }
}

/** Staff: the board as xlsx (Chinese headers), the senior’s phone masked, no ID number or health notes: 3 requests. */
export const exportHomeServiceBoard: A['exportHomeServiceBoard'] = async ({ day }, ctx) => {
  if (!isStaff({ roles: (await ctx.caller()).roles })) throw new AppError('FORBIDDEN', '只有中心工作人员可以导出上门服务单')
  const { data } = await repo.homeBookingsBoard(day ?? null, shanghaiDay(ctx.now)).limit(1000).get()
  const bookings = data as repo.HomeBookingDoc[]
  const phones = await repo.phonesOf(bookings.map((b) => b.seniorId))
  return exportSheet(
    'home-services',
    {
      name: day ? `${day}上门服务` : '上门服务单',
      columns: [
        { header: '日期', width: 12, value: (b) => b.day },
        { header: '时间', value: (b) => b.time },
        { header: '服务', value: (b) => b.serviceName },
        { header: '老人', value: (b) => b.seniorName },
        { header: '上门地址', width: 28, value: (b) => b.address },
        { header: '电话', width: 14, value: (b) => maskPhone(phones.get(b.seniorId) ?? null) },
        { header: '优先', value: (b) => b.marks.join('、') },
        { header: '服务人员', value: (b) => b.providerName },
        { header: '状态', width: 14, value: (b) => stepText(b.status, b.providerName) },
        { header: '预约人', width: 14, value: (b) => (b.onBehalf ? `${b.actorName}代约` : `${b.seniorName}本人预约`) },
      ],
      rows: bookings,
    },
    ctx.now,
  )
}

const BOARD = '/centers/eldercare/pages/home-board/index'

/**
 * The notice timer's first step: the center's staff are told of each booking the senior or family made (staff
 * ask for it on 上门服务单). Kept off the booking itself, whose claim stays within its 4 requests.
 */
export async function tellStaffOfBookings(now: Date): Promise<number> {
  const waiting = await repo.bookingsToTellStaff(100)
  if (!waiting.length) return 0
  const standing = waiting.filter((b) => b.status === 'booked')
  const staff = standing.length ? await staffOf('eldercare') : []
  const events: NoticeEvent[] = standing.map((b) => ({
    people: staff,
    event: `homeServiceNew_${b._id}`,
    template: 'homeServiceProgress',
    page: `${BOARD}?day=${b.day}`,
    data: {
      thing1: thing(`${b.serviceName}：${b.seniorName}`),
      thing2: thing(b.onBehalf ? `${b.actorName}代约，请派单` : '老人新预约，请派单'),
      time3: { value: `${b.day} ${b.time}` },
    },
  }))
  const told = staff.length ? await recordNotices(events, now) : 0
  await repo.staffTold(waiting.map((b) => b._id))
  return told
}
