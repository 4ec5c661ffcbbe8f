/**
 * 志愿者与时间银行 demo: 李红霞, a volunteer with 10 verified hours (a volunteer activity's check-in, an offline
 * service, a home service she did), whose mother 赵桂芝 is one of the eldercare demo seniors; she has booked her
 * mother a bath, still to be paid — the browser test pays it with her hours.
 */
import { timeKey } from '@/shared/domain/booking/slots'
import { timeHoldKeys } from '@/shared/domain/booking/time-holds'
import { HOME_TIME_HOLD, homeBookingKey, isoWeekday, providersOn } from '@/shared/domain/eldercare/home-services'
import { creditEntryId } from '@/shared/domain/party/ledger'
import { atShanghai, formatForPeople, shanghaiDay } from '@/shared/time'
import type { DocumentStore } from '../store/engine'
import { HOME_SERVICES } from './eldercare'

export const VOLUNTEER = 'persona-volunteer-li'
export const MOTHER = 'senior-zhao'

const DAY_MS = 86_400_000

function credit(id: string, kind: 'activity' | 'service' | 'homeService', title: string, minutes: number, verifiedBy: string, at: Date) {
  return { _id: creditEntryId({ kind, id }, VOLUNTEER), account: VOLUNTEER, kind: 'credit', minutes, at, source: { kind, id, title }, verifiedBy }
}

export function seed(store: DocumentStore, now: Date): void {
  const credits = [
    credit('demo-activity-wetland', 'activity', '黄河湿地清洁志愿服务', 240, 'persona-staff-culture', new Date(now.getTime() - 40 * DAY_MS)),
    credit('demo-service-duty', 'service', '社区疫苗接种点引导', 240, 'persona-staff-culture', new Date(now.getTime() - 20 * DAY_MS)),
    credit('demo-home-visit', 'homeService', '上门陪伴', 120, 'persona-staff-eldercare', new Date(now.getTime() - 6 * DAY_MS)),
  ]
  const total = credits.reduce((sum, c) => sum + c.minutes, 0)
  const since = new Date(now.getTime() - 45 * DAY_MS)
  store.insert('hours_ledger', credits)
  store.insert('hours_accounts', [
    {
      _id: VOLUNTEER,
      balance: total,
      credited: total,
      spent: 0,
      open: [],
      firstCreditAt: credits[0].at,
      lastCreditAt: credits[credits.length - 1].at,
      volunteer: { code: 'HX2026', name: '李红霞', community: '黄河西路第一社区', skills: ['助老陪伴', '环境清洁'], availability: ['weekend', 'weekdayEvening'], registeredAt: since },
      volunteerSince: since,
      volunteerCommunity: '黄河西路第一社区',
      updatedAt: now,
    },
  ])
  // her mother, linked as family (what approveLink leaves)
  store.modify('seniors', { query: { _id: MOTHER }, single: true, merge: true, upsert: false, data: { $addToSet: { familyIds: VOLUNTEER } } })
  store.insert('eldercare_links', [
    { _id: `${VOLUNTEER}_${MOTHER}`, familyId: VOLUNTEER, familyName: '李红霞', seniorId: MOTHER, seniorName: '赵桂芝', relation: '女儿', status: 'approved', requestedAt: since, decidedBy: 'persona-staff-eldercare', decidedAt: since },
  ])
  seedMothersBath(store, now)
  store.insert('my_items', [
    {
      _id: `volunteer_${VOLUNTEER.slice(-8)}_${VOLUNTEER}`,
      ownerId: VOLUNTEER,
      center: 'party',
      kind: 'volunteer',
      refId: VOLUNTEER.slice(-8),
      title: '志愿者 ZYHX2026',
      status: 'registered',
      statusText: `已登记 · 可用时长 ${total / 60} 小时`,
      nextAt: null,
      whenText: `${formatForPeople(since, false)} 登记`,
      place: '黄河西路第一社区',
      link: '/centers/party/pages/hours/index',
      updatedAt: now,
    },
  ])
}

/** 赵桂芝's bath, booked by her daughter for the first bath day from three days on, 15:00 (nobody else's slot). */
function seedMothersBath(store: DocumentStore, now: Date): void {
  const bath = HOME_SERVICES.find((s) => s._id === 'home-bath') as (typeof HOME_SERVICES)[number]
  let day = ''
  for (let n = 3; !day; n++) {
    const d = shanghaiDay(new Date(now.getTime() + n * DAY_MS))
    if (bath.rule.weekdays.includes(isoWeekday(d)) && providersOn(bath.providers, d).length) day = d
  }
  const time = '15:00'
  const start = atShanghai(day, time).toDate()
  const id = 'home-demo-zhao-bath'
  const booked = new Date(now.getTime() - DAY_MS)
  store.insert('home_service_bookings', [
    {
      _id: id,
      activeKey: homeBookingKey(MOTHER, bath._id, day),
      holdKey: `${MOTHER}_hold0`,
      ...timeHoldKeys(HOME_TIME_HOLD, { subjectId: MOTHER, bookingId: id, start, end: new Date(start.getTime() + bath.rule.slotMinutes * 60_000) }),
      subjectId: MOTHER,
      placeId: bath._id,
      day,
      time,
      serviceName: bath.name,
      seniorId: MOTHER,
      seniorName: '赵桂芝',
      address: '黄河西路第一社区8号楼502',
      marks: [],
      start,
      cancelBy: new Date(start.getTime() - bath.policy.cancelCutoffMinutes * 60_000),
      actorId: VOLUNTEER,
      actorName: '李红霞',
      onBehalf: true,
      ownerId: VOLUNTEER,
      status: 'booked',
      providerId: null,
      providerName: null,
      steps: [{ status: 'booked', text: '已预约，等待中心确认', at: booked, by: '家属李红霞' }],
      tellStaff: false,
      createdAt: booked,
      updatedAt: booked,
    },
  ])
  const dayId = `${bath._id}_${day}`
  const counters = store.find('home_service_days', { query: { _id: dayId } })[0]
  if (counters) store.modify('home_service_days', { query: { _id: dayId }, single: true, merge: true, upsert: false, data: { $inc: { [`booked.${timeKey(time)}`]: 1 } } })
  else store.insert('home_service_days', [{ _id: dayId, placeId: bath._id, day, booked: { [timeKey(time)]: 1 } }])
  store.insert('my_items', [
    {
      _id: `homeService_${id}_${VOLUNTEER}`,
      ownerId: VOLUNTEER,
      center: 'eldercare',
      kind: 'homeService',
      refId: id,
      title: '上门服务：赵桂芝 助浴',
      status: 'booked',
      statusText: '待中心确认',
      nextAt: start,
      whenText: formatForPeople(start),
      place: '上门：黄河西路第一社区8号楼502',
      link: `/centers/eldercare/pages/home-services/index?seniorId=${MOTHER}`,
      updatedAt: booked,
    },
  ])
}
