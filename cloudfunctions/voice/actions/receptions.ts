/** 干群恳谈: cadres' reception hours, residents' bookings on the kernel slots, the cadre's record of each talk. */
import type { voice } from '@/shared/contracts/voice'
import { formatMinutes, horizonDays, refuseBooking, slotsForDay } from '@/shared/domain/booking/slots'
import { hoursProblem, hoursText, mayRecordReception, RECEPTION_POLICY, RECEPTION_STATUS_TEXT, receptionKey, receptionRule, receptionTitle } from '@/shared/domain/voice/receptions'
import { atShanghai, formatForPeople } from '@/shared/time'
import { newId } from '../../_kernel/codes'
import { requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage, iso } from '../../_kernel/paging'
import { bookingId, closedKeys, giveBackSlot, slotCounts, takeSlot } from '../../_kernel/slots'
import { callerName, forbidden, isVoiceStaff, maskName } from '../access'
import * as repo from '../repo'
import { receptionBookingView } from '../views'

type A = Actions<typeof voice>

const TALKS_PAGE = '/centers/residents/pages/talks/index'

function receptionView(r: repo.ReceptionDoc, viewerId: string | null) {
  return { id: r._id, title: r.title, cadreName: r.cadreName, address: r.address, hoursText: hoursText(r.rule), weekdays: r.rule.weekdays, mine: !!viewerId && r.cadreOpenid === viewerId }
}

function mirror(b: repo.ReceptionBookingDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: b.subjectId,
      center: 'residents',
      kind: 'reception',
      refId: b._id,
      title: receptionTitle(b.receptionTitle, b.cadreName),
      status: b.status,
      statusText: RECEPTION_STATUS_TEXT[b.status],
      nextAt: b.status === 'booked' ? b.start : null,
      whenText: formatForPeople(b.start),
      place: b.address,
      link: TALKS_PAGE,
    },
    now,
  )
}

/** A cadre publishes (or changes) their own reception hours. */
export const publishReceptionHours: A['publishReceptionHours'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const problem = hoursProblem(input)
  if (problem) throw new AppError('INVALID_INPUT', problem, { end: problem })
  const existing = input.receptionId ? await repo.getReception(input.receptionId) : null
  if (input.receptionId && !existing) throw new AppError('NOT_FOUND', '没有找到该接待日')
  if (existing && existing.cadreOpenid !== actorId) throw forbidden('该接待日')
  const doc: repo.ReceptionDoc = {
    _id: existing?._id ?? newId(),
    cadreOpenid: actorId,
    cadreName: await callerName(ctx, '社区干部'),
    title: input.title,
    address: input.address,
    rule: receptionRule(input),
    policy: RECEPTION_POLICY,
    closures: existing?.closures ?? [],
    active: true,
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  }
  await repo.saveReception(doc)
  return receptionView(doc, actorId)
}

export const listReceptions: A['listReceptions'] = async (_input, ctx) => ({
  items: (await repo.activeReceptions()).map((r) => receptionView(r, ctx.actorId)),
})

/** Two weeks of a reception's slots: 2 requests. */
export const receptionSlots: A['receptionSlots'] = async ({ receptionId }, ctx) => {
  const r = await repo.getReception(receptionId)
  if (!r?.active) throw new AppError('NOT_FOUND', '没有找到该接待日')
  const days = horizonDays(ctx.now, r.policy)
  const counts = await slotCounts(repo.SLOTS, receptionId, days)
  return {
    reception: receptionView(r, ctx.actorId),
    days: days
      .map((day) => ({
        day,
        slots: slotsForDay(day, r.rule, r.closures, counts.get(day) ?? {}, r.policy, ctx.now).map((s) => ({ time: s.time, start: iso(s.start), state: s.state })),
      }))
      .filter((d) => d.slots.length > 0),
  }
}

/** One read (reception, person, day counters, holds, this request's booking), the slot, the record, 我的: 4 requests. */
export const bookReception: A['bookReception'] = async (input, ctx) => {
  const { subjectId } = who(ctx)
  const now = ctx.now
  const id = bookingId(ctx)
  const { place: r, person, seen } = await repo.readReceptionBooking({ receptionId: input.receptionId, day: input.day, subjectId, bookingId: id })
  if (seen.existing) return receptionBookingView(seen.existing as repo.ReceptionBookingDoc, now)
  if (!r?.active) throw new AppError('NOT_FOUND', '没有找到该接待日', { receptionId: '请重新选择' })
  const refusal = refuseBooking(input.day, input.time, r.rule, r.closures, r.policy, now)
  if (refusal) throw new AppError('INVALID_INPUT', refusal.message, { [refusal.code === 'notOnGrid' ? 'time' : 'day']: refusal.message })
  if (!person?.profile) throw new AppError('CONFLICT', '请先在「我的 → 完善个人资料」中填写姓名、社区和地址，再预约')
  await requireSafeText(subjectId, { topic: input.topic })
  const start = atShanghai(input.day, input.time).toDate()
  const record: repo.ReceptionBookingDoc = {
    _id: id,
    activeKey: receptionKey(subjectId, r._id, input.day),
    subjectId,
    placeId: r._id,
    day: input.day,
    time: input.time,
    receptionTitle: r.title,
    cadreName: r.cadreName,
    cadreOpenid: r.cadreOpenid,
    address: r.address,
    start,
    cancelBy: new Date(start.getTime() - r.policy.cancelCutoffMinutes * 60_000),
    topic: input.topic,
    community: (person.profile as { community?: string }).community ?? '',
    status: 'booked',
    outcome: null,
    createdAt: now,
    updatedAt: now,
  }
  const cap = r.policy.maxActivePerPerson
  const outcome = await takeSlot(repo.SLOTS, seen, { time: input.time, windows: r.rule.windows, cap, now }, record)
  if (!outcome.taken) {
    if (outcome.refused === 'full') throw new AppError('FULL', '该时段已有居民预约，请选择其他时段')
    if (outcome.refused === 'capped') throw new AppError('CONFLICT', `您已有 ${cap} 个未进行的恳谈预约，请先参加或取消后再预约`)
    throw new AppError('CONFLICT', '您当天已预约过该接待日，可在「我的」中查看')
  }
  if (!outcome.again) await mirror(outcome.record, now)
  return receptionBookingView(outcome.record, now)
}

export const cancelReception: A['cancelReception'] = async ({ bookingId: id }, ctx) => {
  const { subjectId } = who(ctx)
  const now = ctx.now
  const b = await repo.getReceptionBooking(id)
  if (!b) throw new AppError('NOT_FOUND', '没有找到该预约')
  if (b.subjectId !== subjectId) throw forbidden('该预约')
  if (b.status === 'cancelled') return receptionBookingView(b, now)
  if (b.status !== 'booked') throw new AppError('CONFLICT', '该恳谈已进行或已结束，不能取消')
  if (now.getTime() > new Date(b.cancelBy).getTime()) {
    const minutes = Math.round((new Date(b.start).getTime() - new Date(b.cancelBy).getTime()) / 60_000)
    throw new AppError('CONFLICT', `恳谈前 ${formatMinutes(minutes)}内不能在线取消，请联系社区`)
  }
  const changes = { status: 'cancelled' as const, ...closedKeys(id, 'cancelled'), updatedAt: now }
  if (!(await repo.moveReceptionBooking(id, ['booked'], changes))) return receptionBookingView((await repo.getReceptionBooking(id)) ?? b, now)
  const cancelled = { ...b, ...changes }
  await Promise.all([giveBackSlot(repo.SLOTS, b), mirror(cancelled, now)])
  return receptionBookingView(cancelled, now)
}

export const myReceptions: A['myReceptions'] = (input, ctx) =>
  fetchPage(repo.receptionBookingsOf(who(ctx).actorId), input, (b: repo.ReceptionBookingDoc) => receptionBookingView(b, ctx.now))

/** The cadre's day: who comes when with what topic (names masked), and the opinions on this reception's agenda. */
export const receptionBoard: A['receptionBoard'] = async ({ receptionId, day }, ctx) => {
  const { actorId } = who(ctx)
  const r = await repo.getReception(receptionId)
  if (!r) throw new AppError('NOT_FOUND', '没有找到该接待日')
  if (!mayRecordReception(r, actorId, await isVoiceStaff(ctx))) throw forbidden('该接待日')
  const [talks, agenda] = await Promise.all([repo.receptionDay(receptionId, day), repo.agendaOf(receptionId)])
  const names = await repo.namesOf(talks.map((b) => b.subjectId))
  return {
    reception: receptionView(r, actorId),
    day,
    talks: talks
      .filter((b) => b.status !== 'cancelled')
      .map((b) => ({
        id: b._id,
        time: b.time,
        who: maskName(names.get(b.subjectId)?.name ?? '居民'),
        community: b.community,
        topic: b.topic,
        status: b.status,
        statusText: RECEPTION_STATUS_TEXT[b.status],
        outcome: b.outcome,
      })),
    agenda: agenda.map((o) => ({ opinionId: o._id, title: `${o.kind}（${o.category}）：${o.text.slice(0, 40)}`, note: o.agenda?.note ?? '', status: o.status })),
  }
}

/** The cadre records what came of a talk (or that the resident did not come); the resident sees it and is told. */
export const recordReception: A['recordReception'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const b = await repo.getReceptionBooking(input.bookingId)
  if (!b) throw new AppError('NOT_FOUND', '没有找到该预约')
  if (!mayRecordReception(b, actorId, await isVoiceStaff(ctx))) throw forbidden('该恳谈')
  if (b.status !== 'booked') throw new AppError('CONFLICT', b.status === 'cancelled' ? '居民已取消该预约' : '该恳谈已记录过结果')
  const status = input.attended ? ('done' as const) : ('noShow' as const)
  const changes = { status, outcome: input.attended ? input.outcome ?? null : null, ...closedKeys(b._id, status), updatedAt: ctx.now }
  if (!(await repo.moveReceptionBooking(b._id, ['booked'], changes))) throw new AppError('CONFLICT', '该恳谈刚刚已记录，请刷新查看')
  const done = { ...b, ...changes }
  await Promise.all([
    mirror(done, ctx.now),
    input.attended
      ? notify(b.subjectId, `reception_${b._id}`, 'voiceProgress', TALKS_PAGE, {
          thing1: thing(receptionTitle(b.receptionTitle, b.cadreName)),
          phrase2: phrase('已记录结果'),
          thing3: thing(done.outcome ?? ''),
        }, ctx.now)
      : Promise.resolve(0),
  ])
  return receptionBookingView(done, ctx.now)
}

