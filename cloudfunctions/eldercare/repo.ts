/** All of eldercare's database access: seniors, family links, menus, meal orders, statements. */
import type { CutoffRule, Diet, Dish, Living, Meal, Mobility, Mode, OrderStatus, Payment, Prices, SubsidyCategory, Tier } from '@/shared/domain/eldercare/meals'
import { HOME_TIME_HOLD, type HomeBookingStatus, type Provider } from '@/shared/domain/eldercare/home-services'
import type { LinkStatus } from '@/shared/domain/eldercare/seniors'
import type { BookingPolicy, Closure, OpeningRule } from '@/shared/domain/booking/slots'
import { literalPattern } from '@/shared/domain/people'
import type { Pool } from '../_kernel/claim'
import { _, db, type Doc } from '../_kernel/cloud'
import { readForBooking, type SlotBook, type SlotRecord } from '../_kernel/slots'

export const seniors = () => db.collection('seniors')
export const links = () => db.collection('eldercare_links')
export const menus = () => db.collection('meal_menus')
export const orders = () => db.collection('meal_orders')
export const statements = () => db.collection('meal_statements')

export interface SeniorDoc {
  _id: string
  name: string
  /** pinyin initials of the name, lower case ("wxl"), for staff search */
  initials: string
  gender: 'male' | 'female'
  birthDate: string
  idNumber: string | null
  community: string
  building: string
  unit: string
  room: string
  phone: string | null
  phoneTail: string | null
  living: Living
  mobility: Mobility
  diet: Diet
  subsidy: SubsidyCategory
  contacts: Array<{ name: string; phone: string; relation: string }>
  healthNotes: string
  /** the senior's own WeChat, when they use it */
  openid: string | null
  /** family members whose link is approved: they act for the senior */
  familyIds: string[]
  createdBy: string
  updatedBy: string
  /** how the last change came about: 本人 / 家属 / 工作人员 / 导入 */
  updatedByRole: string
  createdAt: Date
  updatedAt: Date
}

export interface LinkDoc {
  /** `<family openid>_<seniorId>` */
  _id: string
  familyId: string
  familyName: string
  seniorId: string
  seniorName: string
  relation: string
  status: LinkStatus
  requestedAt: Date
  decidedBy: string | null
  decidedAt: Date | null
}

export interface MenuDoc {
  /** `<day>_<meal>` */
  _id: string
  day: string
  meal: Meal
  dishes: Dish[]
  places: number
  taken: number
  placesLeft: number
  prices: Prices
  subsidy: number
  cutoff: CutoffRule
  cutoffAt: Date
  publishedBy: string
  createdAt: Date
  updatedAt: Date
}

export interface OrderDoc {
  /** `<menuId>_<seniorId>`: one order per senior, day and meal */
  _id: string
  menuId: string
  day: string
  month: string
  meal: Meal
  seniorId: string
  seniorName: string
  community: string
  building: string
  unit: string
  room: string
  /** who placed it (the senior, a family member or staff) and whether for someone else */
  actorId: string
  actorName: string
  onBehalf: boolean
  mode: Mode
  payment: Payment
  tier: Tier
  price: number
  subsidy: number
  due: number
  /** the senior's dietary needs as the kitchen reads them, and as flags for its counts */
  diet: string[]
  needs: { diabetic: boolean; lowSalt: boolean; softFood: boolean; allergic: boolean }
  marks: string[]
  phone: string | null
  status: OrderStatus
  cutoffAt: Date
  dishes: string[]
  doneBy: string | null
  createdAt: Date
  updatedAt: Date
}

export const linkId = (familyId: string, seniorId: string) => `${familyId}_${seniorId}`
export const orderId = (menu: string, seniorId: string) => `${menu}_${seniorId}`

export async function getSenior(id: string): Promise<SeniorDoc | null> {
  return ((await seniors().doc(id).get()).data as SeniorDoc | null) ?? null
}

/**
 * One request: the senior with the caller's roles and, when asked, the caller's link to them — everything an
 * action needs to decide who is asking.
 */
export async function seniorWithCaller(seniorId: string, actorId: string): Promise<{ senior: SeniorDoc | null; caller: Doc | null; link: LinkDoc | null }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { project(p: Doc): { done(): unknown } } } }
  const { list } = await seniors()
    .aggregate()
    .match({ _id: seniorId })
    .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: actorId }).project({ roles: 1, 'profile.name': 1 }).done(), as: 'callers' })
    .lookup({ from: 'eldercare_links', pipeline: $.pipeline().match({ _id: linkId(actorId, seniorId) }).project({ _id: 1, status: 1, relation: 1 }).done(), as: 'links' })
    .end()
  const found = list[0] as (SeniorDoc & { callers: Doc[]; links: LinkDoc[] }) | undefined
  if (!found) return { senior: null, caller: null, link: null }
  const { callers, links: own, ...senior } = found
  return { senior, caller: callers[0] ?? null, link: own[0] ?? null }
}

/** One request: the senior, the caller and the senior's orders between two days (for the menus page). */
export async function seniorWithOrders(seniorId: string, actorId: string, from: string, to: string): Promise<{ senior: SeniorDoc | null; caller: Doc | null; orders: OrderDoc[] }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { project(p: Doc): { done(): unknown } } } }
  const { list } = await seniors()
    .aggregate()
    .match({ _id: seniorId })
    .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: actorId }).project({ roles: 1, 'profile.name': 1 }).done(), as: 'callers' })
    .lookup({ from: 'meal_orders', pipeline: $.pipeline().match({ seniorId, day: _.and(_.gte(from), _.lte(to)) }).project({ menuId: 1, status: 1 }).done(), as: 'orders' })
    .end()
  const found = list[0] as (SeniorDoc & { callers: Doc[]; orders: OrderDoc[] }) | undefined
  if (!found) return { senior: null, caller: null, orders: [] }
  const { callers, orders: own, ...senior } = found
  return { senior, caller: callers[0] ?? null, orders: own }
}

/** One request: the menus of `ids` with the senior and the caller's roles. */
export async function menusWithSenior(ids: string[], seniorId: string, actorId: string): Promise<{ menus: MenuDoc[]; senior: SeniorDoc | null; caller: Doc | null }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { project(p: Doc): { done(): unknown } } } }
  // the senior and the caller come along with every menu; a senior with no menu at all is read on its own
  const { list } = await menus()
    .aggregate()
    .match({ _id: _.in(ids) })
    .lookup({ from: 'seniors', pipeline: $.pipeline().match({ _id: seniorId }).project({ initials: 0 }).done(), as: 'seniors' })
    .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: actorId }).project({ roles: 1, 'profile.name': 1 }).done(), as: 'callers' })
    .end()
  const rows = list as Array<MenuDoc & { seniors: SeniorDoc[]; callers: Doc[] }>
  if (!rows.length) return { menus: [], senior: null, caller: null }
  return {
    menus: rows.map(({ seniors: _s, callers: _c, ...menu }) => menu as MenuDoc),
    senior: rows[0].seniors[0] ?? null,
    caller: rows[0].callers[0] ?? null,
  }
}

export async function callerDoc(actorId: string): Promise<Doc | null> {
  const { data } = await db.collection('users').doc(actorId).get()
  return data ?? null
}

export async function insertSenior(doc: SeniorDoc): Promise<void> {
  await seniors().add({ data: doc })
}

export async function updateSeniorDoc(id: string, data: Doc): Promise<void> {
  await seniors().doc(id).update({ data })
}

export function searchSeniors(kind: 'phoneTail' | 'initials' | 'building' | 'name', value: string, community?: string) {
  const prefix = (v: string) => db.RegExp({ regexp: `^${literalPattern(v)}` })
  const where: Doc =
    kind === 'phoneTail' ? { phoneTail: value } : kind === 'initials' ? { initials: prefix(value) } : kind === 'building' ? { building: value } : { name: prefix(value) }
  if (community) where.community = community
  return seniors().where(where).orderBy('name', 'asc')
}

export function seniorsOfCommunity(community?: string) {
  return community ? seniors().where({ community }).orderBy('name', 'asc') : seniors().orderBy('updatedAt', 'desc')
}

export async function seniorsByPhone(phone: string, name: string): Promise<SeniorDoc[]> {
  const { data } = await seniors().where({ phone, name }).limit(5).get()
  return data as SeniorDoc[]
}

export async function seniorsByIdNumbers(ids: string[]): Promise<SeniorDoc[]> {
  const out: SeniorDoc[] = []
  for (let i = 0; i < ids.length; i += 500) {
    const { data } = await seniors()
      .where({ idNumber: _.in(ids.slice(i, i + 500)) })
      .limit(1000)
      .get()
    out.push(...(data as SeniorDoc[]))
  }
  return out
}

export async function seniorsOf(familyId: string): Promise<SeniorDoc[]> {
  const { data } = await seniors()
    .where(_.or([{ familyIds: familyId }, { openid: familyId }]))
    .limit(50)
    .get()
  return data as SeniorDoc[]
}

export async function getLink(id: string): Promise<LinkDoc | null> {
  return ((await links().doc(id).get()).data as LinkDoc | null) ?? null
}

export async function linksOfFamily(familyId: string): Promise<LinkDoc[]> {
  const { data } = await links().where({ familyId, status: _.in(['pending', 'approved', 'refused']) }).limit(50).get()
  return data as LinkDoc[]
}

export async function linksOfSeniors(seniorIds: string[]): Promise<LinkDoc[]> {
  if (!seniorIds.length) return []
  const { data } = await links().where({ seniorId: _.in(seniorIds), status: _.in(['pending', 'approved']) }).limit(100).get()
  return data as LinkDoc[]
}

export function pendingLinks() {
  return links().where({ status: 'pending' }).orderBy('requestedAt', 'asc')
}

export async function insertLink(doc: LinkDoc): Promise<void> {
  await links().add({ data: doc })
}

/** Moves a link on only from the statuses given: a repeated or concurrent decision changes nothing. */
export async function moveLink(id: string, from: LinkStatus[], data: Doc): Promise<boolean> {
  const { stats } = await links().where({ _id: id, status: _.in(from) }).update({ data })
  return stats.updated === 1
}

/** 代办 for the rest of the platform: the kernel honours `delegations/<family>_<senior's openid>`. */
export async function setDelegation(actorId: string, subjectId: string, active: boolean, now: Date): Promise<void> {
  await db
    .collection('delegations')
    .doc(`${actorId}_${subjectId}`)
    .set({ data: { actorId, subjectId, kind: 'family', active, updatedAt: now } })
}

// ---- meals ---------------------------------------------------------------------------------------------------

export function mealPool(menu: MenuDoc): Pool {
  return { collection: 'meal_menus', id: menu._id, taken: 'taken', capacity: menu.places, capacityField: 'places', left: 'placesLeft' }
}

export async function getMenu(id: string): Promise<MenuDoc | null> {
  return ((await menus().doc(id).get()).data as MenuDoc | null) ?? null
}

export async function menusBetween(from: string, to: string): Promise<MenuDoc[]> {
  const { data } = await menus()
    .where({ day: _.and(_.gte(from), _.lte(to)) })
    .orderBy('day', 'asc')
    .limit(62)
    .get()
  return data as MenuDoc[]
}

export async function insertMenu(doc: MenuDoc): Promise<void> {
  await menus().add({ data: doc })
}

export async function updateMenu(id: string, where: Doc, data: Doc): Promise<boolean> {
  const { stats } = await menus()
    .where({ _id: id, ...where })
    .update({ data })
  return stats.updated === 1
}

export async function getOrder(id: string): Promise<OrderDoc | null> {
  return ((await orders().doc(id).get()).data as OrderDoc | null) ?? null
}

/** One request: the order with its senior and the caller's roles. */
export async function orderWithCaller(id: string, actorId: string): Promise<{ order: OrderDoc | null; senior: SeniorDoc | null; caller: Doc | null }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { project(p: Doc): { done(): unknown } } } }
  const { list } = await orders()
    .aggregate()
    .match({ _id: id })
    .lookup({ from: 'seniors', localField: 'seniorId', foreignField: '_id', as: 'seniors' })
    .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: actorId }).project({ roles: 1, 'profile.name': 1 }).done(), as: 'callers' })
    .end()
  const found = list[0] as (OrderDoc & { seniors: SeniorDoc[]; callers: Doc[] }) | undefined
  if (!found) return { order: null, senior: null, caller: null }
  const { seniors: s, callers, ...order } = found
  return { order: order as OrderDoc, senior: s[0] ?? null, caller: callers[0] ?? null }
}

export async function insertOrder(doc: OrderDoc): Promise<void> {
  await orders().add({ data: doc })
}

export async function moveOrder(id: string, from: OrderStatus[], data: Doc): Promise<boolean> {
  const { stats } = await orders().where({ _id: id, status: _.in(from) }).update({ data })
  return stats.updated === 1
}

export function ordersOfSenior(seniorId: string, fromDay: string | null) {
  return fromDay
    ? orders().where({ seniorId, day: _.gte(fromDay) }).orderBy('day', 'asc')
    : orders().where({ seniorId }).orderBy('day', 'desc')
}

export async function ordersOfMonth(seniorId: string, month: string): Promise<OrderDoc[]> {
  const { data } = await orders().where({ seniorId, month }).limit(100).get()
  return data as OrderDoc[]
}

const LIVE: OrderStatus[] = ['ordered', 'delivered', 'notHome']

/** The daily sheet in delivery order (community, building; the page sorts priority stops inside a building). */
export function sheetOrders(menu: string) {
  return orders()
    .where({ menuId: menu, status: _.in(LIVE) })
    .orderBy('community', 'asc')
    .orderBy('building', 'asc')
}

/** The menu and the kitchen's counts for it, in one request (the counting happens in the database). */
export async function sheetCounts(menu: string): Promise<{ counts: Doc; menu: MenuDoc | null }> {
  const $ = _.aggregate as unknown as Doc
  const count = (cond: unknown) => $.sum($.cond([cond, 1, 0]))
  const counting = $.pipeline()
    .match({ menuId: menu, status: _.in(LIVE) })
    .group({
      _id: null,
      orders: $.sum(1),
      delivery: count($.eq(['$mode', 'delivery'])),
      diabetic: count($.eq(['$needs.diabetic', true])),
      lowSalt: count($.eq(['$needs.lowSalt', true])),
      softFood: count($.eq(['$needs.softFood', true])),
      allergies: count($.eq(['$needs.allergic', true])),
      delivered: count($.eq(['$status', 'delivered'])),
      notHome: count($.eq(['$status', 'notHome'])),
    })
    .done()
  const { list } = await menus().aggregate().match({ _id: menu }).lookup({ from: 'meal_orders', pipeline: counting, as: 'counts' }).end()
  const found = list[0] as (MenuDoc & { counts: Doc[] }) | undefined
  if (!found) return { counts: {}, menu: null }
  const { counts, ...doc } = found
  return { menu: doc as MenuDoc, counts: counts[0] ?? {} }
}

export async function getStatement(id: string): Promise<Doc | null> {
  return (await statements().doc(id).get()).data ?? null
}

export async function settleStatement(id: string, data: Doc): Promise<void> {
  await statements().doc(id).set({ data })
}

// ---- home services (生活照料 / 家政) on the kernel's slot engine ------------------------------------------------

/** A service is the slot engine's place: its opening rule, booking policy and closures, and who provides it. */
export interface HomeServiceDoc {
  _id: string
  name: string
  summary: string
  priceText: string
  order: number
  providers: Provider[]
  rule: OpeningRule
  policy: BookingPolicy
  closures: Closure[]
}

export interface HomeStep {
  status: HomeBookingStatus
  text: string
  at: Date
  /** 本人 / 家属张晓燕 / 中心孙丽 */
  by: string
}

/** `subjectId` is the senior: holds and the one-a-day key are the senior's, whoever books. */
export interface HomeBookingDoc extends SlotRecord {
  serviceName: string
  seniorId: string
  seniorName: string
  address: string
  marks: string[]
  start: Date
  /** when the visit ends (start + the service's slot); older records have none */
  end?: Date
  cancelBy: Date
  actorId: string
  actorName: string
  onBehalf: boolean
  /** whose 我的 shows it and who is told of each step: the booker (staff booking a walk-in: the senior's WeChat, if any) */
  ownerId: string | null
  status: HomeBookingStatus
  providerId: string | null
  providerName: string | null
  steps: HomeStep[]
  /** booked by the senior or family: the center's staff are still to be told (the notice timer tells them, then clears it) */
  tellStaff: boolean
  createdAt: Date
  updatedAt: Date
}

export const HOME_SLOTS: SlotBook = { places: 'home_services', days: 'home_service_days', bookings: 'home_service_bookings', time: HOME_TIME_HOLD }
export const homeServices = () => db.collection('home_services')
export const homeBookings = () => db.collection('home_service_bookings')

export function listHomeServicesQuery() {
  return homeServices().orderBy('order', 'asc')
}

export async function getHomeService(id: string): Promise<HomeServiceDoc | null> {
  return ((await homeServices().doc(id).get()).data as HomeServiceDoc | null) ?? null
}

/** One request: the service, the senior, the caller, the day's counters, the senior's holds (with when each visit is), this request's booking. */
export function readHomeBooking(at: { serviceId: string; seniorId: string; actorId: string; day: string; bookingId: string }) {
  return readForBooking<HomeServiceDoc>(HOME_SLOTS, {
    placeId: at.serviceId,
    day: at.day,
    subjectId: at.seniorId,
    bookingId: at.bookingId,
    with: [
      { from: 'seniors', id: at.seniorId, as: 'senior' },
      { from: 'users', id: at.actorId, as: 'caller' },
    ],
    // the subject is a senior's record, not a user: nothing to read there
    person: { _id: 1 },
    // the senior's standing visits, for the overlap check
    holding: { serviceName: 1, start: 1, end: 1 },
  })
}

/** One request: the booking with its service, its senior, the caller's roles and whether hours paid for it (时间银行). */
export async function homeBookingWithCaller(
  id: string,
  actorId: string,
): Promise<{ booking: HomeBookingDoc | null; service: HomeServiceDoc | null; senior: SeniorDoc | null; caller: Doc | null; paidWithHours: boolean }> {
  const $ = _.aggregate as unknown as { pipeline(): { match(c: Doc): { project(p: Doc): { done(): unknown } } } }
  const { list } = await homeBookings()
    .aggregate()
    .match({ _id: id })
    .lookup({ from: 'home_services', localField: 'placeId', foreignField: '_id', as: 'services' })
    .lookup({ from: 'seniors', localField: 'seniorId', foreignField: '_id', as: 'seniors' })
    .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: actorId }).project({ roles: 1, 'profile.name': 1 }).done(), as: 'callers' })
    .lookup({ from: 'hours_ledger', pipeline: $.pipeline().match({ paysFor: id }).project({ kind: 1 }).done(), as: 'payments' })
    .end()
  const found = list[0] as (HomeBookingDoc & { services: HomeServiceDoc[]; seniors: SeniorDoc[]; callers: Doc[]; payments: Doc[] }) | undefined
  if (!found) return { booking: null, service: null, senior: null, caller: null, paidWithHours: false }
  const { services, seniors: s, callers, payments, ...booking } = found
  const paidWithHours = (payments ?? []).some((p) => p.kind === 'spend')
  return { booking: booking as HomeBookingDoc, service: services[0] ?? null, senior: s[0] ?? null, caller: callers[0] ?? null, paidWithHours }
}

export async function getHomeBooking(id: string): Promise<HomeBookingDoc | null> {
  return ((await homeBookings().doc(id).get()).data as HomeBookingDoc | null) ?? null
}

/** Moves a booking on only from the statuses given: a repeated or concurrent move changes nothing. */
export async function moveHomeBooking(id: string, from: HomeBookingStatus[], data: Doc): Promise<boolean> {
  const { stats } = await homeBookings().where({ _id: id, status: _.in(from) }).update({ data })
  return stats.updated === 1
}

export function homeBookingsOfSenior(seniorId: string, fromDay: string | null) {
  return fromDay
    ? homeBookings().where({ seniorId, day: _.gte(fromDay) }).orderBy('day', 'asc').orderBy('time', 'asc')
    : homeBookings().where({ seniorId }).orderBy('day', 'desc').orderBy('time', 'desc')
}

/** Staff's board: one day in time order, or everything from a day on. */
export function homeBookingsBoard(day: string | null, fromDay: string) {
  return day
    ? homeBookings().where({ day }).orderBy('time', 'asc').orderBy('placeId', 'asc')
    : homeBookings().where({ day: _.gte(fromDay) }).orderBy('day', 'asc').orderBy('time', 'asc')
}

/** The seniors' phones for the board's export (masked there): one request for up to 1000 seniors. */
export async function phonesOf(seniorIds: string[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(seniorIds)]
  if (!ids.length) return new Map()
  const { data } = await seniors().where({ _id: _.in(ids) }).field({ phone: true }).limit(1000).get()
  return new Map(data.map((s) => [s._id as string, (s.phone as string | null) ?? null]))
}

/** Bookings by the senior or family the staff have not been told of yet, oldest first. */
export async function bookingsToTellStaff(limit: number): Promise<HomeBookingDoc[]> {
  const { data } = await homeBookings().where({ tellStaff: true }).orderBy('createdAt', 'asc').limit(limit).get()
  return data as HomeBookingDoc[]
}

export async function staffTold(ids: string[]): Promise<void> {
  if (ids.length) await homeBookings().where({ _id: _.in(ids) }).update({ data: { tellStaff: false } })
}
