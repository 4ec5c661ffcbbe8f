/**
 * The volunteers-and-hours side of the party function's database access: accounts (with the volunteer's profile),
 * the ledger (written only by the kernel's hours module), and what it reads of eldercare (seniors and their home
 * services, which the time bank pays for).
 */
import { _, db, type Doc } from '../_kernel/cloud'
import { addOnce } from '../_kernel/records'
import type { HoursAccount, LedgerEntry } from '../_kernel/hours'
import type { UserDoc } from '../_kernel/users'

export interface VolunteerProfile {
  /** six characters: 志愿者编号 ZY + code */
  code: string
  name: string
  community: string
  skills: string[]
  availability: string[]
  registeredAt: Date
}

export type AccountDoc = HoursAccount & { volunteer?: VolunteerProfile }

export interface SeniorDoc {
  _id: string
  name: string
  openid: string | null
  familyIds: string[]
}

export interface BookingDoc {
  _id: string
  placeId: string
  seniorId: string
  seniorName: string
  serviceName: string
  day: string
  time: string
  start: Date
  status: 'booked' | 'confirmed' | 'done' | 'notHome' | 'cancelled'
  providerName: string | null
}

type Pipeline = { match(c: Doc): Pipeline; sort(o: Doc): Pipeline; limit(n: number): Pipeline; project(p: Doc): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

const accounts = () => db.collection('hours_accounts')
const ledger = () => db.collection('hours_ledger')

export async function getAccount(openid: string): Promise<AccountDoc | null> {
  const { data } = await accounts().doc(openid).get()
  return (data as AccountDoc | null) ?? null
}

export async function accountByCode(code: string): Promise<AccountDoc | null> {
  const { data } = await accounts().where({ 'volunteer.code': code }).limit(1).get()
  return (data[0] as AccountDoc | undefined) ?? null
}

/** A volunteer's account by number with the caller's own user document (whose roles decide): 1 request. */
export async function accountByCodeWithCaller(code: string, actorId: string): Promise<{ account: AccountDoc | null; caller: UserDoc | null }> {
  const { list } = await db
    .collection('users')
    .aggregate()
    .match({ _id: actorId })
    .lookup({ from: 'hours_accounts', pipeline: pipeline().match({ 'volunteer.code': code }).limit(1).done(), as: 'accounts' })
    .end()
  const found = list[0]
  if (!found) return { account: null, caller: null }
  const { accounts: hits, ...caller } = found
  return { account: ((hits as AccountDoc[]) ?? [])[0] ?? null, caller: caller as UserDoc }
}

export async function accountsByCodes(codes: string[]): Promise<AccountDoc[]> {
  if (!codes.length) return []
  const { data } = await accounts().where({ 'volunteer.code': _.in(codes) }).limit(codes.length).get()
  return data as AccountDoc[]
}

/**
 * Registers the volunteer on their account (creating it when hours never reached it), or updates their details; the
 * number and the registration day, once given, stay however many registrations arrive at once. Returns the profile
 * as stored: 1 request (2–3 only when another registration of the same person got there first).
 */
export async function saveVolunteer(openid: string, volunteer: VolunteerProfile, known: VolunteerProfile | null, accountExists: boolean, now: Date): Promise<VolunteerProfile> {
  const details = async (): Promise<VolunteerProfile> => {
    await accounts()
      .doc(openid)
      .update({
        data: {
          'volunteer.name': volunteer.name,
          'volunteer.community': volunteer.community,
          'volunteer.skills': _.set(volunteer.skills),
          'volunteer.availability': _.set(volunteer.availability),
          volunteerCommunity: volunteer.community,
          updatedAt: now,
        },
      })
    // known: `volunteer` carries its number already; else read back the number the other registration gave
    return known ? volunteer : ((await getAccount(openid))?.volunteer ?? volunteer)
  }
  if (known) return details()
  const first = async () => {
    const { stats } = await accounts()
      .where({ _id: openid, 'volunteer.code': _.exists(false) })
      .update({ data: { volunteer: _.set(volunteer), volunteerSince: volunteer.registeredAt, volunteerCommunity: volunteer.community, updatedAt: now } })
    return stats.updated === 1
  }
  if (accountExists && (await first())) return volunteer
  const fresh = { _id: openid, balance: 0, credited: 0, spent: 0, open: [], volunteer, volunteerSince: volunteer.registeredAt, volunteerCommunity: volunteer.community, updatedAt: now }
  if (await addOnce(accounts(), fresh)) return volunteer
  // someone made the account meanwhile (hours credited), or another tap registered first: its number stays
  if (await first()) return volunteer
  return details()
}

export function volunteersQuery(community: string | undefined) {
  return community
    ? accounts().where({ volunteerCommunity: community }).orderBy('volunteerSince', 'desc')
    : accounts().where({ volunteerSince: _.exists(true) }).orderBy('volunteerSince', 'desc')
}

/** The seniors the caller is (by their WeChat) or is linked to as family, with their time-bank accounts: 1 request. */
export async function seniorsOf(openid: string): Promise<Array<SeniorDoc & { account: HoursAccount | null }>> {
  const { list } = await db
    .collection('seniors')
    .aggregate()
    .match(_.or([{ familyIds: openid }, { openid }]))
    .limit(20)
    .lookup({ from: 'hours_accounts', localField: '_id', foreignField: '_id', as: 'accounts' })
    .project({ name: 1, openid: 1, familyIds: 1, accounts: 1 })
    .end()
  return list.map((s) => ({ ...(s as SeniorDoc), account: ((s.accounts as HoursAccount[]) ?? [])[0] ?? null }))
}

/** One senior with their account, their upcoming home services and what paid for them: 1 request. */
export async function seniorWithBookings(
  seniorId: string,
  fromDay: string,
): Promise<{ senior: SeniorDoc | null; account: HoursAccount | null; bookings: BookingDoc[]; payments: LedgerEntry[]; slotMinutes: Map<string, number> }> {
  const { list } = await db
    .collection('seniors')
    .aggregate()
    .match({ _id: seniorId })
    .lookup({ from: 'hours_accounts', localField: '_id', foreignField: '_id', as: 'accounts' })
    .lookup({
      from: 'home_service_bookings',
      pipeline: pipeline().match({ seniorId, day: _.gte(fromDay) }).sort({ day: 1, time: 1 }).limit(20).done(),
      as: 'bookings',
    })
    .lookup({ from: 'hours_ledger', pipeline: pipeline().match({ forSenior: seniorId }).sort({ at: -1 }).limit(50).done(), as: 'payments' })
    // the catalogue is a handful of services: their lengths set what each booking costs
    .lookup({ from: 'home_services', pipeline: pipeline().match({ order: _.gte(0) }).limit(50).project({ rule: 1 }).done(), as: 'services' })
    .project({ name: 1, openid: 1, familyIds: 1, accounts: 1, bookings: 1, payments: 1, services: 1 })
    .end()
  const found = list[0]
  if (!found) return { senior: null, account: null, bookings: [], payments: [], slotMinutes: new Map() }
  return {
    slotMinutes: new Map(((found.services as Doc[]) ?? []).map((s) => [s._id as string, s.rule?.slotMinutes as number])),
    senior: found as SeniorDoc,
    account: ((found.accounts as HoursAccount[]) ?? [])[0] ?? null,
    bookings: (found.bookings as BookingDoc[]) ?? [],
    payments: (found.payments as LedgerEntry[]) ?? [],
  }
}

/** A booking with its senior, its service and what paid for it: 1 request. */
export async function bookingToPay(bookingId: string): Promise<{ booking: BookingDoc | null; senior: SeniorDoc | null; slotMinutes: number | null; payment: LedgerEntry | null }> {
  const { list } = await db
    .collection('home_service_bookings')
    .aggregate()
    .match({ _id: bookingId })
    .lookup({ from: 'seniors', localField: 'seniorId', foreignField: '_id', as: 'seniors' })
    .lookup({ from: 'home_services', localField: 'placeId', foreignField: '_id', as: 'services' })
    .lookup({ from: 'hours_ledger', pipeline: pipeline().match({ paysFor: bookingId }).limit(5).done(), as: 'payments' })
    .end()
  const found = list[0]
  if (!found) return { booking: null, senior: null, slotMinutes: null, payment: null }
  const service = ((found.services as Doc[]) ?? [])[0]
  const payments = ((found.payments as LedgerEntry[]) ?? []).filter((p) => p.kind === 'spend')
  return {
    booking: found as BookingDoc,
    senior: ((found.seniors as SeniorDoc[]) ?? [])[0] ?? null,
    slotMinutes: (service?.rule?.slotMinutes as number | undefined) ?? null,
    payment: payments[0] ?? null,
  }
}

/** The senior alone (who may see their account): 1 request. */
export async function getSenior(seniorId: string): Promise<SeniorDoc | null> {
  const { data } = await db.collection('seniors').doc(seniorId).get()
  return (data as SeniorDoc | null) ?? null
}

export type LedgerRowDoc = LedgerEntry & { verifier?: Array<{ profile?: { name?: string } }> }

/** A page of an account's entries, newest first, with the names of those who verified credits: 1 request. */
export async function ledgerPage(account: string, skip: number, limit: number, kind?: 'credit'): Promise<LedgerRowDoc[]> {
  let q = db.collection('hours_ledger').aggregate().match(kind ? { account, kind } : { account }).sort({ at: -1 })
  if (skip) q = (q as unknown as { skip(n: number): typeof q }).skip(skip)
  const { list } = await q
    .limit(limit)
    .lookup({ from: 'users', localField: 'verifiedBy', foreignField: '_id', as: 'verifier' })
    .project({ account: 1, kind: 1, minutes: 1, at: 1, source: 1, service: 1, title: 1, by: 1, verifiedBy: 1, 'verifier.profile.name': 1 })
    .end()
  return list as LedgerRowDoc[]
}

export { ledger }

/** What a payment shows: whose account paid and how much. */
export type LedgerEntryLike = Pick<LedgerEntry, 'account' | 'minutes' | 'by'>
