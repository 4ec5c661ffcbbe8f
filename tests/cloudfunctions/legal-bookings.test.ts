import { seedLegal } from '../../emulator/seeds/legal'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 Shanghai
let now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const slot = { roomId: 'duty-room', day: '2026-12-02', time: '10:00', category: '劳动争议' as const }

beforeAll(() => {
  seedLegal(env.cloud.store)
  env.givenUser('duty-lawyer', [{ role: 'lawyer' }], { name: '周正', community: '黄河西路第五社区', address: '5号楼' })
  env.givenUser('affairs-staff', [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第一社区', address: '1号楼' })
})

describe('booking the duty lawyer', () => {
  it('lists two weeks of half-hour slots with the lawyers left on duty', async () => {
    const slots = dataOf(await env.call(null, 'legal', 'listDutySlots', { roomId: 'duty-room' }))
    expect(slots.days).toHaveLength(14)
    const wednesday = slots.days.find((d) => d.day === '2026-12-02')
    expect(wednesday?.slots.map((s) => s.time)).toContain('14:30')
    expect(wednesday?.slots[0]).toMatchObject({ time: '09:00', state: 'open', available: 2 })
  })

  it('books in at most 4 requests and shows 我的 the category only; a retry with the same request id books once', async () => {
    env.givenResident('booker-0')
    env.givenResident('booker')
    // someone else's booking creates the day's counters first
    dataOf(await env.call('booker-0', 'legal', 'bookLawyer', { ...slot, time: '16:00' }))
    const run = await env.raw('booker', 'legal', { action: 'bookLawyer', input: slot, requestId: 'tap-legal-0001' })
    const booked = dataOf(run.result as never) as { id: string; status: string; start: string }
    expect(run.dbRequests).toBeLessThanOrEqual(4)
    expect(booked).toMatchObject({ status: 'booked', start: '2026-12-02T02:00:00.000Z' })
    const again = dataOf(await env.call('booker', 'legal', 'bookLawyer', slot, { requestId: 'tap-legal-0001' }))
    expect(again.id).toBe(booked.id)
    expect(env.cloud.store.count('legal_bookings', { subjectId: 'booker' })).toBe(1)
    const mine = dataOf(await env.call('booker', 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '律师面谈（劳动争议）', statusText: '已预约' })
  })

  it('gives exactly 2 of 200 simultaneous residents the 2 lawyers of a slot, the rest FULL', async () => {
    const people = Array.from({ length: 200 }, (_, i) => `crowd-${i}`)
    for (const p of people) env.givenResident(p)
    const replies = await Promise.all(people.map((p) => env.call(p, 'legal', 'bookLawyer', { ...slot, time: '09:30' })))
    expect(replies.filter((r) => r.ok)).toHaveLength(2)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'FULL')).toBe(true)
    const [day] = env.cloud.store.find('legal_days', { query: { _id: 'duty-room_2026-12-02' } })
    expect((day.booked as Record<string, number>)['0930']).toBe(2)
  })

  it('frees the slot exactly once when cancelled, and only the person who booked may cancel', async () => {
    env.givenResident('canceller')
    env.givenResident('stranger')
    const b = dataOf(await env.call('canceller', 'legal', 'bookLawyer', { ...slot, time: '11:00' }))
    expect(errorOf(await env.call('stranger', 'legal', 'cancelLawyerBooking', { bookingId: b.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('affairs-staff', 'legal', 'cancelLawyerBooking', { bookingId: b.id })).code).toBe('FORBIDDEN')
    dataOf(await env.call('canceller', 'legal', 'cancelLawyerBooking', { bookingId: b.id }))
    expect(dataOf(await env.call('canceller', 'legal', 'cancelLawyerBooking', { bookingId: b.id })).status).toBe('cancelled')
    const [day] = env.cloud.store.find('legal_days', { query: { _id: 'duty-room_2026-12-02' } })
    expect((day.booked as Record<string, number>)['1100']).toBe(0)
  })

  it('shows the duty lawyer the day with masked names and categories, and nobody else', async () => {
    const board = dataOf(await env.call('duty-lawyer', 'legal', 'dutyBoard', { roomId: 'duty-room', day: '2026-12-02' }))
    expect(board.entries.length).toBeGreaterThanOrEqual(3)
    expect(board.entries[0]).toMatchObject({ title: '律师面谈（劳动争议）', who: '测**民' })
    expect(errorOf(await env.call('affairs-staff', 'legal', 'dutyBoard', { roomId: 'duty-room', day: '2026-12-02' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('stranger', 'legal', 'dutyBoard', { roomId: 'duty-room', day: '2026-12-02' })).code).toBe('FORBIDDEN')
  })
})

describe('after the duty lawyer’s slot', () => {
  it('lets staff record that the resident came, and 我的 and the board say 已面谈', async () => {
    now = new Date('2026-12-01T02:00:00Z')
    env.givenUser('legal-staff', [{ role: 'centerStaff', center: 'legal' }], { name: '林静', community: '黄河西路第一社区', address: '1号楼' })
    env.givenResident('visitor')
    const b = dataOf(await env.call('visitor', 'legal', 'bookLawyer', { ...slot, time: '14:00' }))
    // not before the day
    expect(errorOf(await env.call('legal-staff', 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'done' })).message).toBe('还没到面谈当天，不能记为已面谈')
    now = new Date('2026-12-02T06:20:00Z')
    const marked = dataOf(await env.call('legal-staff', 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'done' }, { requestId: 'mark-done-0001' }))
    expect(marked).toMatchObject({ status: 'done', statusText: '已面谈', who: '测**民', canMarkDone: false, canMarkNoShow: false })
    // a repeated tap finds it recorded
    expect(dataOf(await env.call('legal-staff', 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'done' })).status).toBe('done')
    expect(errorOf(await env.call('legal-staff', 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'noShow' })).code).toBe('CONFLICT')
    const mine = dataOf(await env.call('visitor', 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.kind === 'lawyerBooking')).toMatchObject({ statusText: '已面谈', nextAt: null, whenText: '12月2日 周三 14:00' })
    expect(dataOf(await env.call('visitor', 'legal', 'myLawyerBookings', {})).items[0]).toMatchObject({ status: 'done', canCancel: false })
    const board = dataOf(await env.call('legal-staff', 'legal', 'dutyBoard', { roomId: 'duty-room', day: '2026-12-02' }))
    expect(board.entries.find((e) => e.id === b.id)).toMatchObject({ statusText: '已面谈' })
  })

  it('lets the duty lawyer record a no-show only once the slot has begun', async () => {
    now = new Date('2026-12-01T02:00:00Z')
    env.givenResident('absent')
    const b = dataOf(await env.call('absent', 'legal', 'bookLawyer', { ...slot, time: '15:00' }))
    now = new Date('2026-12-02T06:50:00Z')
    const before = dataOf(await env.call('duty-lawyer', 'legal', 'dutyBoard', { roomId: 'duty-room', day: '2026-12-02' })).entries.find((e) => e.id === b.id)
    expect(before).toMatchObject({ canMarkDone: true, canMarkNoShow: false })
    expect(errorOf(await env.call('duty-lawyer', 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'noShow' })).message).toBe('面谈时间还没到，不能记为未到')
    now = new Date('2026-12-02T07:10:00Z')
    expect(dataOf(await env.call('duty-lawyer', 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'noShow' }))).toMatchObject({ status: 'noShow', statusText: '未到' })
    const mine = dataOf(await env.call('absent', 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.kind === 'lawyerBooking')).toMatchObject({ statusText: '未到' })
  })

  it('lets nobody else record an outcome: the resident, another resident, staff of another center', async () => {
    now = new Date('2026-12-01T02:00:00Z')
    env.givenResident('keeper')
    const b = dataOf(await env.call('keeper', 'legal', 'bookLawyer', { ...slot, time: '16:30' }))
    now = new Date('2026-12-02T09:00:00Z')
    for (const who of ['keeper', 'stranger', 'affairs-staff']) {
      expect([who, errorOf(await env.call(who, 'legal', 'markLawyerBooking', { bookingId: b.id, outcome: 'done' })).code]).toEqual([who, 'FORBIDDEN'])
    }
    // no such booking: still FORBIDDEN first for those without the role
    expect(errorOf(await env.call('stranger', 'legal', 'markLawyerBooking', { bookingId: 'no-such-booking', outcome: 'done' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('duty-lawyer', 'legal', 'markLawyerBooking', { bookingId: 'no-such-booking', outcome: 'done' })).code).toBe('NOT_FOUND')
  })
})
