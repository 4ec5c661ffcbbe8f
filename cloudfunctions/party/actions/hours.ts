/**
 * 时间银行: a volunteer's hours and ledger, staff crediting verified service, spending hours on a senior's home
 * service, and transfers between a volunteer and a senior's account (家属 ↔ 长辈). Every move goes through the
 * kernel's hours module, which keeps the ledger append-only and balances never negative.
 */
import type { party } from '@/shared/contracts/party'
import { HOME_BOOKING_STATUS_TEXT } from '@/shared/domain/eldercare/home-services'
import { hoursText, toMinutes } from '@/shared/domain/party/ledger'
import { timeBankCost, volunteerNumber } from '@/shared/domain/party/volunteers'
import { atShanghai, formatForPeople, shanghaiDay } from '@/shared/time'
import { requestKeyedId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { creditHours as credit, settleOpen, spendHours as spend, transferHours as transfer } from '../../_kernel/hours'
import { hoursOf } from '../access'
import * as repo from '../ledger-repo'
import { ledgerRow, payable, seniorRow, standingOf, summary, volunteerView } from '../views'

type A = Actions<typeof party>

const STANDING = ['booked', 'confirmed']

/** Moves whose calls died are finished when their account is next read (after the kernel's grace time). */
function settleLater(account: repo.AccountDoc | null, now: Date): Promise<unknown> {
  return account?.open?.length ? settleOpen(account, now) : Promise.resolve()
}

/**
 * The caller's hours and the seniors whose time bank they use (2 requests); with `seniorId`, that senior's balance
 * and upcoming home services with what they cost (2 requests); party staff with `volunteerNo`: that volunteer (2).
 */
export const myHours: A['myHours'] = async ({ volunteerNo, seniorId }, ctx) => {
  const { actorId } = who(ctx)
  if (volunteerNo) {
    const account = await hoursOf(ctx, volunteerNo)
    return { ...summary(account), volunteer: account?.volunteer ? volunteerView(account.volunteer) : null, seniors: [], senior: null, bookings: [] }
  }
  if (seniorId) {
    const [account, found] = await Promise.all([repo.getAccount(actorId), repo.seniorWithBookings(seniorId, shanghaiDay(ctx.now))])
    if (!found.senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
    if (!standingOf(found.senior, actorId)) throw new AppError('FORBIDDEN', '您还没有关联这位老人，请先在老年日间照料中心申请关联')
    const senior = found.senior
    await Promise.all([settleLater(account, ctx.now), settleLater(found.account, ctx.now)])
    const paid = new Map(found.payments.filter((p) => p.kind === 'spend' && p.paysFor).map((p) => [p.paysFor as string, p]))
    const refunded = new Set(found.payments.filter((p) => p.kind === 'refund').map((p) => p.paysFor))
    const bookings = found.bookings
      .filter((b) => STANDING.includes(b.status) || paid.has(b._id))
      .map((b) => payable(b, timeBankCost(found.slotMinutes.get(b.placeId) ?? 60), refunded.has(b._id) ? null : (paid.get(b._id) ?? null), senior))
    return {
      ...summary(account),
      volunteer: account?.volunteer ? volunteerView(account.volunteer) : null,
      seniors: [],
      senior: seniorRow(found.senior, found.account, actorId),
      bookings,
    }
  }
  const [account, seniors] = await Promise.all([repo.getAccount(actorId), repo.seniorsOf(actorId)])
  await settleLater(account, ctx.now)
  return {
    ...summary(account),
    volunteer: account?.volunteer ? volunteerView(account.volunteer) : null,
    seniors: seniors.map((s) => seniorRow(s, s.account, actorId)),
    senior: null,
    bookings: [],
  }
}

/** The ledger, newest first: the caller's own (1 request), a senior's account (2), or a volunteer's for staff (2). */
export const ledger: A['ledger'] = async ({ volunteerNo, seniorId, page, pageSize }, ctx) => {
  const { actorId } = who(ctx)
  let account = actorId
  if (volunteerNo) account = ((await hoursOf(ctx, volunteerNo)) as repo.AccountDoc)._id
  else if (seniorId) {
    const senior = await repo.getSenior(seniorId)
    if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
    if (!standingOf(senior, actorId)) throw new AppError('FORBIDDEN', '您还没有关联这位老人，不能查看其时间银行')
    account = senior._id
  }
  const rows = await repo.ledgerPage(account, (page - 1) * pageSize, pageSize + 1)
  return { items: rows.slice(0, pageSize).map(ledgerRow), page, pageSize, hasMore: rows.length > pageSize }
}

/**
 * Party staff record hours for service they verified (an offline service: 社区清扫, 应急值守): each named volunteer
 * credited once per submit however often it is retried; the credit names the service and the staff member.
 */
export const creditHours: A['creditHours'] = async ({ volunteerNos, title, hours, day }, ctx) => {
  const { actorId } = who(ctx)
  const today = shanghaiDay(ctx.now)
  if (day > today) throw new AppError('INVALID_INPUT', '服务日期不能晚于今天', { day: '只能为已完成的服务记时' })
  const codes = [...new Set(volunteerNos.map((n) => n.slice(2)))]
  const found = await repo.accountsByCodes(codes)
  const byCode = new Map(found.filter((a) => a.volunteer).map((a) => [a.volunteer?.code as string, a]))
  const own = found.find((a) => a._id === actorId && a.volunteer)
  if (own) {
    const message = `不能为自己记录志愿时长（${volunteerNumber(own.volunteer?.code as string)}），请由其他工作人员记录`
    throw new AppError('FORBIDDEN', message, { volunteerNos: message })
  }
  const source = { kind: 'service' as const, id: requestKeyedId(ctx), title }
  const at = atShanghai(day, '12:00').toDate()
  const credited: Array<{ number: string; name: string }> = []
  const already: string[] = []
  for (const code of codes) {
    const account = byCode.get(code)
    if (!account?.volunteer) continue
    const fresh = await credit({ volunteer: account._id, hours, source, verifiedBy: actorId, at })
    if (fresh) credited.push({ number: volunteerNumber(code), name: account.volunteer.name })
    else already.push(volunteerNumber(code))
  }
  return { credited, already, unknown: codes.filter((c) => !byCode.has(c)).map(volunteerNumber) }
}

/**
 * Pays a senior's home service with hours — the caller's own, or the senior's account — once per booking from
 * whichever account, never below zero: 4 requests (the booking with its senior, service and payment; the kernel's 3).
 */
export const spendHours: A['spendHours'] = async ({ bookingId, from }, ctx) => {
  const { actorId } = who(ctx)
  const { booking, senior, slotMinutes, payment } = await repo.bookingToPay(bookingId)
  if (!booking || !senior) throw new AppError('NOT_FOUND', '没有找到这次上门服务')
  const standing = standingOf(senior, actorId)
  if (!standing) throw new AppError('FORBIDDEN', '只能为本人或已关联的老人兑换服务')
  const cost = timeBankCost(slotMinutes ?? 60)
  const row = (paidBy: repo.LedgerEntryLike | null) => payable(booking, cost, paidBy, senior)
  if (payment) return { spentText: `这次服务已用时长兑换`, booking: row(payment) }
  if (!STANDING.includes(booking.status)) throw new AppError('CONFLICT', `这次服务${HOME_BOOKING_STATUS_TEXT[booking.status]}，不能兑换`)
  const account = from === 'mine' ? actorId : senior._id
  const outcome = await spend({
    account,
    minutes: cost,
    key: `homeService_${booking._id}`,
    at: ctx.now,
    paysFor: booking._id,
    forSenior: senior._id,
    service: { kind: 'homeService', id: booking._id, title: booking.serviceName, forName: senior.name, whenText: formatForPeople(booking.start) },
    by: actorId,
  })
  if (outcome.outcome === 'short') {
    const whose = from === 'mine' ? '您的' : `${senior.name}的长辈账户`
    throw new AppError('CONFLICT', `${whose}时长不足 ${hoursText(cost)}，不能兑换这次服务`)
  }
  const paid: repo.LedgerEntryLike = { account, minutes: -cost, by: account === actorId ? undefined : actorId }
  return { spentText: outcome.outcome === 'spent' ? `已用 ${hoursText(cost)}兑换「${booking.serviceName}」` : '这次服务已用时长兑换', booking: row(paid) }
}

/** Hours between the caller and a senior's account they are or are linked to, both or neither. */
export const transferHours: A['transferHours'] = async ({ seniorId, direction, hours }, ctx) => {
  const { actorId } = who(ctx)
  const senior = await repo.getSenior(seniorId)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  if (!standingOf(senior, actorId)) throw new AppError('FORBIDDEN', '只能与本人或已关联老人的时间银行互转')
  const minutes = toMinutes(hours)
  const toSenior = direction === 'toSenior'
  const outcome = await transfer({
    from: toSenior ? actorId : senior._id,
    to: toSenior ? senior._id : actorId,
    minutes,
    requestId: requestKeyedId(ctx),
    at: ctx.now,
    by: actorId,
    titles: toSenior ? { out: `转给${senior.name}的长辈账户`, in: '家属转入' } : { out: '转给家属', in: `${senior.name}的长辈账户转入` },
  })
  if (outcome.outcome === 'short') throw new AppError('CONFLICT', `${toSenior ? '您的' : `${senior.name}的长辈账户`}时长不足 ${hoursText(minutes)}`)
  return { movedText: toSenior ? `已转给${senior.name} ${hoursText(minutes)}` : `已从${senior.name}的长辈账户转入 ${hoursText(minutes)}` }
}
