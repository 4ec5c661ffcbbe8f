/** How accounts, volunteers and ledger entries read for people (names, never openids). */
import type { LedgerRow, PayableBooking, VolunteerView } from '@/shared/contracts/party-hours'
import { ENTRY_KIND_TEXT, hoursText, toHours } from '@/shared/domain/party/ledger'
import { AVAILABILITY, type Availability, volunteerNumber } from '@/shared/domain/party/volunteers'
import { HOME_BOOKING_STATUS_TEXT } from '@/shared/domain/eldercare/home-services'
import { isStaffOf } from '@/shared/domain/roles'
import { formatForNotice, formatForPeople } from '@/shared/time'
import type * as z from 'zod'
import type { Caller } from '../_kernel/handler'
import type { HoursAccount, LedgerEntry } from '../_kernel/hours'
import { iso } from '../_kernel/paging'
import type { BookingDoc, LedgerEntryLike, LedgerRowDoc, SeniorDoc, VolunteerProfile } from './ledger-repo'

export const isPartyStaff = (caller: Pick<Caller, 'roles'>) => isStaffOf(caller.roles, 'party')

export function volunteerView(v: VolunteerProfile): z.input<typeof VolunteerView> {
  return {
    number: volunteerNumber(v.code),
    name: v.name,
    community: v.community,
    skills: v.skills,
    availability: v.availability,
    availabilityText: v.availability.map((a) => AVAILABILITY[a as Availability] ?? a).join('、'),
    registeredText: `${formatForPeople(v.registeredAt, false)} 登记`,
  }
}

export function summary(account: HoursAccount | null) {
  const balance = account?.balance ?? 0
  const first = account?.firstCreditAt
  const last = account?.lastCreditAt
  return {
    balance: toHours(balance),
    balanceText: hoursText(balance),
    creditedText: hoursText(account?.credited ?? 0),
    spentText: hoursText(account?.spent ?? 0),
    periodText: first && last ? `${formatForNotice(first, false)} 至 ${formatForNotice(last, false)}` : null,
  }
}

export function seniorRow(s: SeniorDoc, account: HoursAccount | null, me: string) {
  const balance = account?.balance ?? 0
  return { seniorId: s._id, name: s.name, standing: s.openid === me ? ('self' as const) : ('family' as const), balance: toHours(balance), balanceText: hoursText(balance) }
}

/** Whether the caller is the senior or linked family (who may see and spend the senior's account). */
export function standingOf(s: SeniorDoc, me: string): 'self' | 'family' | null {
  if (s.openid === me) return 'self'
  if ((s.familyIds ?? []).includes(me)) return 'family'
  return null
}

export function payable(b: BookingDoc, cost: number, payment: LedgerEntryLike | null, senior: Pick<SeniorDoc, '_id' | 'openid'>): z.input<typeof PayableBooking> {
  return {
    bookingId: b._id,
    serviceName: b.serviceName,
    whenText: formatForPeople(b.start),
    statusText: HOME_BOOKING_STATUS_TEXT[b.status],
    cost: toHours(cost),
    costText: hoursText(cost),
    paidText: payment ? `已用${payment.account === senior._id ? '长辈账户' : payment.account === senior.openid ? '本人' : '家属'}时长兑换 ${hoursText(-payment.minutes)}` : null,
  }
}

function titleOf(e: LedgerEntry): string {
  if (e.kind === 'credit') return e.source?.title ?? '志愿服务'
  if (e.kind === 'spend') return `${e.service?.title ?? '服务'}（${e.service?.forName ?? ''}）`
  if (e.kind === 'refund') return `退回：${e.service?.title ?? '服务'}已取消`
  return e.title ?? ENTRY_KIND_TEXT[e.kind]
}

export function ledgerRow(e: LedgerRowDoc): z.input<typeof LedgerRow> {
  const verifier = e.verifier?.[0]?.profile?.name
  return {
    id: e._id,
    kind: e.kind,
    kindText: ENTRY_KIND_TEXT[e.kind],
    hours: toHours(e.minutes),
    hoursText: `${e.minutes > 0 ? '+' : '−'}${hoursText(Math.abs(e.minutes))}`,
    title: titleOf(e),
    atText: formatForPeople(e.at),
    at: iso(e.at),
    verifiedBy: e.kind === 'credit' ? (verifier ?? '工作人员') : null,
  }
}
