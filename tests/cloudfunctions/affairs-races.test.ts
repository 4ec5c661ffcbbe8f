import { seedAffairs } from '../../emulator/seeds/affairs'
import { dataOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai
const now = new Date('2026-11-30T00:00:00Z')
let clock = now
const env = withLocalCloud({ clock: () => clock })

beforeAll(() => seedAffairs(env.cloud.store))

const SERVICES = ['svc-juzhuzheng', 'svc-laonian-youdai', 'svc-canjiren', 'svc-dibao', 'svc-linshi-jiuzhu', 'svc-shebaoka', 'svc-gaoling-butie']
const DAYS = ['2026-12-01', '2026-12-02']

function activeBookings(openid: string) {
  return env.cloud.store.find('affairs_bookings', { query: { subjectId: openid, status: 'booked' }, limit: 1000 })
}

/** Appointments that count toward the person's cap on `today`: standing bookings holding one of their hold keys. */
function holdsOf(openid: string, today = '2026-11-30'): number {
  return env.cloud.store.count('affairs_bookings', { holdKey: { $regex: `^${openid}_hold` }, day: { $gte: today } })
}

describe('the per-person cap under simultaneous bookings', () => {
  it('leaves exactly 3 appointments when one person fires 10 different bookings at once', async () => {
    env.givenResident('burst-booker')
    const tries = Array.from({ length: 10 }, (_, i) => ({ serviceId: SERVICES[i % SERVICES.length], placeId: 'hall', day: DAYS[i % 2], time: '10:00' }))
    const replies = await Promise.all(tries.map((input) => env.call('burst-booker', 'affairs', 'book', input)))
    expect(replies.filter((r) => r.ok)).toHaveLength(3)
    expect(activeBookings('burst-booker')).toHaveLength(3)
    expect(holdsOf('burst-booker')).toBe(3)
  })

  it('keeps the count equal to the bookings after 20 taps on one slot with different request ids', async () => {
    env.givenResident('hammering-booker')
    const input = { serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-03', time: '14:00' }
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => env.call('hammering-booker', 'affairs', 'book', input, { requestId: `tap-${i}-aaaaaaaa` })))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(activeBookings('hammering-booker')).toHaveLength(1)
    expect(holdsOf('hammering-booker')).toBe(1)
    // the cap still counts right afterwards: two more, then no more
    dataOf(await env.call('hammering-booker', 'affairs', 'book', { ...input, serviceId: 'svc-dibao' }))
    dataOf(await env.call('hammering-booker', 'affairs', 'book', { ...input, serviceId: 'svc-shebaoka' }))
    const fourth = await env.call('hammering-booker', 'affairs', 'book', { ...input, serviceId: 'svc-canjiren' })
    expect(fourth.ok).toBe(false)
    expect(holdsOf('hammering-booker')).toBe(3)
  })

  it('lets a person book again once an appointment nobody closed has passed', async () => {
    env.givenResident('forgotten-booker')
    for (const serviceId of SERVICES.slice(0, 3)) {
      dataOf(await env.call('forgotten-booker', 'affairs', 'book', { serviceId, placeId: 'hall', day: '2026-12-01', time: '15:00' }))
    }
    expect((await env.call('forgotten-booker', 'affairs', 'book', { serviceId: SERVICES[3], placeId: 'hall', day: '2026-12-04', time: '15:00' })).ok).toBe(false)
    // two days later the three appointments of 12-01 no longer count, whether or not staff closed them
    const later = withClock(new Date('2026-12-02T00:00:00Z'))
    await later(async () => {
      dataOf(await env.call('forgotten-booker', 'affairs', 'book', { serviceId: SERVICES[3], placeId: 'hall', day: '2026-12-04', time: '15:00' }))
    })
    expect(holdsOf('forgotten-booker', '2026-12-02')).toBe(1)
  })

  it('gives back the window and the hold on every cancel, so the slot and the cap both recover', async () => {
    env.givenResident('cancelling-booker')
    const input = { serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-04', time: '09:30' }
    const booking = dataOf(await env.call('cancelling-booker', 'affairs', 'book', input))
    await Promise.all(Array.from({ length: 5 }, () => env.call('cancelling-booker', 'affairs', 'cancelBooking', { bookingId: booking.id })))
    expect(holdsOf('cancelling-booker')).toBe(0)
    const [day] = env.cloud.store.find('affairs_days', { query: { _id: 'hall_2026-12-04' }, limit: 1 })
    expect((day.booked as Record<string, number>)['0930']).toBe(0)
  })
})

function withClock(at: Date) {
  return async (body: () => Promise<void>) => {
    clock = at
    try {
      await body()
    } finally {
      clock = now
    }
  }
}
