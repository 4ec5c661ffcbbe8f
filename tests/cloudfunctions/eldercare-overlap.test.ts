/**
 * One senior, one home visit at a time — decided by the database, not by a read before the booking: a senior's two
 * children booking different services for the same hour at the same instant get one visit, never two.
 */
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'
import { seniorDoc } from '../support/eldercare'

// Monday 2026-11-30, 08:00 in Shanghai
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'overlap-staff'
const SON = 'overlap-son'
const DAUGHTER = 'overlap-daughter'
const WEDNESDAY = '2026-12-02'

const senior = (id: string, name: string) => seniorDoc({ _id: id, name, familyIds: [SON, DAUGHTER], birthDate: '1941-05-02', building: '3号楼', unit: '1', room: '201', at: now })

/** A service of `minutes` a visit, one provider every day from 08:00 to 18:00, booked up to the minute it starts. */
const service = (id: string, minutes: number, windows = 1) => ({
  _id: id,
  name: `服务${id.slice(-2)}`,
  summary: '测试服务',
  priceText: '免费',
  order: 100,
  providers: Array.from({ length: windows }, (_, k) => ({ id: `${id}-p${k || ''}`, name: '服务员', weekdays: [1, 2, 3, 4, 5, 6, 7] })),
  rule: { weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ start: '08:00', end: '18:00' }], slotMinutes: minutes, windows },
  policy: { minNoticeMinutes: 0, horizonDays: 14, cancelCutoffMinutes: 0, maxActivePerPerson: 10 },
  closures: [],
})

// 50 services: half-hour ones at 09:30, hour-long ones at 09:00, two-hour ones at 08:00 — every visit covers 09:30–10:00
const LENGTHS = [30, 60, 120]
const START = { 30: '09:30', 60: '09:00', 120: '08:00' } as Record<number, string>
const RACERS = Array.from({ length: 50 }, (_, i) => ({ id: `race-svc-${String(i).padStart(2, '0')}`, minutes: LENGTHS[i % 3] }))

const standing = (seniorId: string) => env.cloud.store.find('home_service_bookings', { query: { seniorId } }).filter((b) => b.status === 'booked' || b.status === 'confirmed')
const windowsTaken = (serviceId: string, day: string, time: string) =>
  ((env.cloud.store.find('home_service_days', { query: { _id: `${serviceId}_${day}` } })[0]?.booked as Record<string, number> | undefined)?.[time.replace(':', '')] ?? 0)

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'eldercare' }], { name: '孙丽', community: '黄河西路第二社区', address: '中心' })
  env.givenUser(SON, [{ role: 'family' }], { name: '周建华', community: '黄河西路第二社区', address: '3号楼' })
  env.givenUser(DAUGHTER, [{ role: 'family' }], { name: '周建英', community: '黄河西路第三社区', address: '1号楼' })
  env.cloud.store.insert('home_services', [
    ...RACERS.map((r) => service(r.id, r.minutes)),
    service('solo-svc-30a', 30),
    service('solo-svc-30b', 30),
    service('solo-svc-30c', 30),
    service('solo-svc-60', 60),
    service('solo-svc-120', 120),
    // six providers: a retry racing its first try finds a place, so only the booking itself decides
    service('team-svc-60', 60, 6),
  ])
  env.cloud.store.insert('seniors', [senior('overlap-grandma', '周淑兰'), senior('overlap-grandpa', '周德海'), senior('overlap-aunt', '周桂香')])
})

describe('a senior’s home visits never overlap, however many are booked at once', () => {
  it('keeps exactly one of 50 overlapping bookings of different services sent at once by two children; the rest hear 时间重叠', async () => {
    const replies = await Promise.all(
      RACERS.map((r, i) => env.call(i % 2 ? SON : DAUGHTER, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandma', serviceId: r.id, day: WEDNESDAY, time: START[r.minutes] })),
    )
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    for (const reply of replies.filter((r) => !r.ok)) {
      const error = errorOf(reply)
      expect(error.code).toBe('CONFLICT')
      // whether the winner was already there to be named, or won at the same moment
      expect(error.message).toMatch(/^周淑兰在.*(已有上门服务|已预约服务\d\d)，时间重叠，请选择其他时段$/)
      expect(error.fields).toMatchObject({ time: error.message })
    }
    expect(standing('overlap-grandma')).toHaveLength(1)
    // every refused booking gave its provider's slot back: one window taken in all
    expect(RACERS.reduce((sum, r) => sum + windowsTaken(r.id, WEDNESDAY, START[r.minutes]), 0)).toBe(1)
  }, 180_000)

  it('lets bookings that only touch end to end, sent at once, all stand', async () => {
    // 08:00–10:00, 10:00–10:30, 10:30–11:00, 11:00–12:00, 12:00–12:30
    const visits = [
      { serviceId: 'solo-svc-120', time: '08:00' },
      { serviceId: 'solo-svc-30a', time: '10:00' },
      { serviceId: 'solo-svc-30b', time: '10:30' },
      { serviceId: 'solo-svc-60', time: '11:00' },
      { serviceId: 'solo-svc-30c', time: '12:00' },
    ]
    const replies = await Promise.all(visits.map((v, i) => env.call(i % 2 ? SON : DAUGHTER, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandpa', day: WEDNESDAY, ...v })))
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, true, true])
    expect(standing('overlap-grandpa')).toHaveLength(5)
  })

  it('books a request retried at the same moment once, without calling it an overlap', async () => {
    const input = { seniorId: 'overlap-aunt', serviceId: 'team-svc-60', day: '2026-12-03', time: '14:00' }
    const replies = await Promise.all(Array.from({ length: 6 }, () => env.call(SON, 'eldercare', 'bookHomeService', input, { requestId: 'tap-aunt-60-0001' })))
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(new Set(replies.map((r) => dataOf(r).id)).size).toBe(1)
    expect(standing('overlap-aunt')).toHaveLength(1)
    // the places the other tries took went back
    expect(windowsTaken('team-svc-60', '2026-12-03', '14:00')).toBe(1)
  })
})

describe('the senior’s time comes back', () => {
  it('after a cancel by the family, and after one by staff, the same time can be booked again', async () => {
    const [winner] = standing('overlap-grandma')
    const other = RACERS.find((r) => r.id !== winner.placeId && r.minutes === 30) as (typeof RACERS)[number]
    const again = { seniorId: 'overlap-grandma', serviceId: other.id, day: WEDNESDAY, time: '09:30' }
    expect(errorOf(await env.call(SON, 'eldercare', 'bookHomeService', again)).code).toBe('CONFLICT')
    dataOf(await env.call(DAUGHTER, 'eldercare', 'cancelHomeService', { bookingId: winner._id as string }))
    const rebooked = dataOf(await env.call(SON, 'eldercare', 'bookHomeService', again))
    expect(rebooked).toMatchObject({ status: 'booked', time: '09:30' })
    // staff cancel it: free again, for a two-hour visit over it
    dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: rebooked.id, status: 'cancelled' }))
    const long = RACERS.find((r) => r.minutes === 120 && r.id !== winner.placeId) as (typeof RACERS)[number]
    expect(dataOf(await env.call(DAUGHTER, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandma', serviceId: long.id, day: WEDNESDAY, time: '08:00' })).status).toBe('booked')
    expect(standing('overlap-grandma')).toHaveLength(1)
  })

  it('once staff mark a visit done or 上门未遇, the rest of its time can be booked', async () => {
    const grandpa = standing('overlap-grandpa')
    const twoHours = grandpa.find((b) => b.placeId === 'solo-svc-120') as Record<string, unknown>
    const hour = grandpa.find((b) => b.placeId === 'solo-svc-60') as Record<string, unknown>
    for (const b of [twoHours, hour]) dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b._id as string, status: 'confirmed', providerId: `${b.placeId}-p` }))
    // Wednesday 08:20: the two-hour visit (08:00–10:00) is under way
    now = new Date('2026-12-02T00:20:00Z')
    const inside = { seniorId: 'overlap-grandpa', serviceId: RACERS[0].id, day: WEDNESDAY, time: '09:30' }
    expect(errorOf(await env.call(SON, 'eldercare', 'bookHomeService', inside)).message).toBe('周德海在12月2日 周三 08:00已预约服务20，时间重叠，请选择其他时段')
    dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: twoHours._id as string, status: 'done' }))
    expect(dataOf(await env.call(SON, 'eldercare', 'bookHomeService', inside)).status).toBe('booked')
    // 11:10: nobody home for the 11:00 hour; 11:30 is the senior's again
    now = new Date('2026-12-02T03:10:00Z')
    const later = { seniorId: 'overlap-grandpa', serviceId: RACERS[3].id, day: WEDNESDAY, time: '11:30' }
    expect(errorOf(await env.call(DAUGHTER, 'eldercare', 'bookHomeService', later)).message).toContain('时间重叠')
    dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: hour._id as string, status: 'notHome' }))
    expect(dataOf(await env.call(DAUGHTER, 'eldercare', 'bookHomeService', later)).status).toBe('booked')
  })

  it('a booking refused half-way (its slot already taken) holds none of the senior’s time', async () => {
    now = new Date('2026-11-30T00:00:00Z')
    // 周桂香's son takes solo-svc-30a's only window at 15:00 on Thursday for her; 周淑兰's booking of it is refused FULL
    dataOf(await env.call(SON, 'eldercare', 'bookHomeService', { seniorId: 'overlap-aunt', serviceId: 'solo-svc-30a', day: '2026-12-03', time: '15:00' }))
    const full = errorOf(await env.call(DAUGHTER, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandma', serviceId: 'solo-svc-30a', day: '2026-12-03', time: '15:00' }))
    expect(full.code).toBe('FULL')
    // …and she can still have another service at that very time
    expect(dataOf(await env.call(DAUGHTER, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandma', serviceId: 'solo-svc-30b', day: '2026-12-03', time: '15:00' })).status).toBe('booked')
  })

  it('a booking refused after taking its slot (the same service twice that day, at once) gives the slot and the time back', async () => {
    const FRIDAY = '2026-12-04'
    const times = ['09:00', '15:00']
    const replies = await Promise.all(times.map((time, i) => env.call(i ? SON : DAUGHTER, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandma', serviceId: 'solo-svc-30c', day: FRIDAY, time })))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    const lost = times[replies.findIndex((r) => !r.ok)]
    expect(errorOf(replies.find((r) => !r.ok) as (typeof replies)[number])).toMatchObject({ code: 'CONFLICT', message: '周淑兰当天已预约过服务0c，可在「我的」中查看' })
    expect(windowsTaken('solo-svc-30c', FRIDAY, lost)).toBe(0)
    expect(dataOf(await env.call(SON, 'eldercare', 'bookHomeService', { seniorId: 'overlap-grandma', serviceId: 'solo-svc-30a', day: FRIDAY, time: lost })).status).toBe('booked')
  })
})
