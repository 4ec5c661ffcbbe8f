/**
 * 上门服务 in the demo and on a street: 王秀兰 has a cleaning the center has sent someone for and a haircut waiting,
 * dated from the seed's `now`; the street's eight weeks of bookings sit beside them without a clash, and no slot
 * holds more bookings than providers on duty.
 */
import { localCollections } from '../../emulator/local-cloud'
import { seedDemoData } from '../../emulator/seed'
import { HOME_SERVICES, volume } from '../../emulator/seeds/eldercare'
import { seedStreet } from '../../emulator/seeds/volume'
import { DocumentStore } from '../../emulator/store/engine'
import { timeKey } from '@/shared/domain/booking/slots'
import { providersOn } from '@/shared/domain/eldercare/home-services'
import { shanghaiDay } from '@/shared/time'

/** every document of a collection (the store answers 1,000 at a time) */
function everything(store: DocumentStore, coll: string) {
  const out: Array<Record<string, unknown>> = []
  for (let offset = 0; ; offset += 1000) {
    const page = store.find(coll, { order: { _id: 1 }, offset, limit: 1000 })
    out.push(...page)
    if (page.length < 1000) return out
  }
}

// Monday 2026-11-30, 08:00 in Shanghai
const now = new Date('2026-11-30T00:00:00Z')

it('gives 王秀兰 two coming home services (none tomorrow) and the street a year of them, never over a slot’s places', () => {
  const store = new DocumentStore(':memory:', localCollections())
  try {
    seedDemoData(store, now)
    const demo = () => store.find('home_service_bookings', { query: { seniorId: 'senior-wang' }, limit: 10 })
    const before = demo()
    expect(before.map((b) => [b._id, b.serviceName, b.day, b.time, b.status, b.providerName])).toEqual([
      ['home-demo-1', '保洁', '2026-12-02', '09:00', 'confirmed', '杜秀梅'],
      ['home-demo-2', '理发', '2026-12-03', '10:00', 'booked', null],
    ])
    const mine = store.find('my_items', { query: { ownerId: 'persona-resident-wang', kind: 'homeService' }, limit: 10 })
    expect(mine.map((m) => [m.title, m.whenText, m.statusText])).toEqual([
      ['上门服务：王秀兰 保洁', '12月2日 周三 09:00', '已派杜秀梅上门'],
      ['上门服务：王秀兰 理发', '12月3日 周四 10:00', '待中心确认'],
    ])

    seedStreet(store, [volume], 1, now)
    expect(demo()).toEqual(before)
    const all = everything(store, 'home_service_bookings')
    expect(all.length).toBeGreaterThan(2000)
    // the demo's own: 王秀兰's two, and 赵桂芝's bath her volunteer daughter pays with hours (emulator/seeds/volunteers.ts)
    expect(all.filter((b) => !String(b._id).startsWith('vh-')).map((b) => b._id).sort()).toEqual(['home-demo-1', 'home-demo-2', 'home-demo-zhao-bath'])
    const today = shanghaiDay(now)
    expect(all.some((b) => String(b.day) < today && b.status === 'done')).toBe(true)
    expect(all.some((b) => String(b.day) >= today && b.status === 'booked')).toBe(true)
    // every counter says what the bookings holding a place say, and never more than the providers on duty
    const held = new Map<string, number>()
    for (const b of all) if (b.status !== 'cancelled') held.set(`${b.placeId}_${b.day}_${timeKey(b.time as string)}`, (held.get(`${b.placeId}_${b.day}_${timeKey(b.time as string)}`) ?? 0) + 1)
    const days = everything(store, 'home_service_days')
    const counted = new Map<string, number>()
    for (const d of days) {
      const service = HOME_SERVICES.find((s) => s._id === d.placeId)
      const places = providersOn(service?.providers ?? [], d.day as string).length
      for (const [k, n] of Object.entries(d.booked as Record<string, number>)) {
        expect(n).toBeLessThanOrEqual(places)
        counted.set(`${d.placeId}_${d.day}_${k}`, n)
      }
    }
    expect(counted).toEqual(held)
  } finally {
    store.close()
  }
}, 120_000)

it('seeds the same street twice over', () => {
  const runs = [1, 2].map(() => {
    const store = new DocumentStore(':memory:', localCollections())
    try {
      seedStreet(store, [volume], 7, now)
      return store.find('home_service_bookings', { query: { _id: 'vh-100' } })[0]
    } finally {
      store.close()
    }
  })
  expect(runs[0]).toEqual(runs[1])
}, 120_000)
