import { seedAffairs } from '../../emulator/seeds/affairs'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'affairs-staff'
const at = (iso: string) => {
  now = new Date(iso)
}

beforeAll(() => {
  seedAffairs(env.cloud.store)
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第一社区', address: '2号楼' })
})
beforeEach(() => at('2026-11-30T00:00:00Z'))

const residenceBooking = { serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-01', time: '09:00' }

describe('affairs catalog', () => {
  it('finds items by keyword and by category, a page at a time', async () => {
    const byKeyword = dataOf(await env.call(null, 'affairs', 'listServices', { keyword: '低保' }))
    expect(byKeyword.items.map((s) => s.name)).toEqual(['城乡低保申请'])
    const elderly = dataOf(await env.call(null, 'affairs', 'listServices', { category: '老龄残联', pageSize: 2 }))
    expect(elderly.items.map((s) => s.name)).toEqual(['老年人优待证', '残疾人证申领'])
    expect(elderly.hasMore).toBe(true)
  })

  it('shows the materials to bring and where an item can be handled', async () => {
    const detail = dataOf(await env.call(null, 'affairs', 'getService', { serviceId: 'svc-laonian-youdai' }))
    expect(detail.materials[0]).toEqual({ name: '老人身份证', note: '原件+复印件' })
    // the street handles it, and community stations accept it on the street's behalf
    expect(detail.places.map((p) => p.id)).toEqual(['hall', 'station-1', 'station-2', 'station-3', 'station-4', 'station-5', 'station-6'])
  })

  it('says when an item does not exist', async () => {
    expect(errorOf(await env.call(null, 'affairs', 'getService', { serviceId: 'svc-none' })).code).toBe('NOT_FOUND')
  })
})

describe('affairs slots', () => {
  it('lists 14 days of slots with what is left, in at most 3 database requests', async () => {
    env.givenResident('slots-viewer')
    const run = await env.raw('slots-viewer', 'affairs', { action: 'listSlots', input: { placeId: 'hall' } })
    const view = dataOf(run.result as never) as { days: Array<{ day: string; slots: Array<{ time: string; state: string; available: number }> }> }
    expect(view.days).toHaveLength(14)
    expect(view.days[0].day).toBe('2026-11-30')
    // Monday 08:00: 09:00 and 09:30 are inside the two-hour notice
    expect(view.days[0].slots.slice(0, 3).map((s) => s.state)).toEqual(['tooLate', 'tooLate', 'open'])
    expect(view.days[5].slots).toEqual([]) // Saturday
    expect(view.days[1].slots[0]).toMatchObject({ time: '09:00', state: 'open', available: 3 })
    expect(run.dbRequests).toBeLessThanOrEqual(3)
  })
})

describe('affairs booking', () => {
  it('books a slot, shows the materials, and puts it in 我的 — in at most 5 requests', async () => {
    env.givenResident('booker-1')
    env.givenResident('booker-0')
    // someone else's booking creates the day's counters first (the first booking of a day costs one more)
    dataOf(await env.call('booker-0', 'affairs', 'book', { ...residenceBooking, time: '16:30' }))
    const run = await env.raw('booker-1', 'affairs', { action: 'book', input: residenceBooking })
    const booking = dataOf(run.result as never) as { id: string; status: string; materials: Array<{ name: string }>; start: string }
    expect(booking.status).toBe('booked')
    expect(booking.start).toBe('2026-12-01T01:00:00.000Z')
    expect(booking.materials.map((m) => m.name)).toContain('居住证明')
    expect(run.dbRequests).toBeLessThanOrEqual(5)
    const mine = dataOf(await env.call('booker-1', 'account', 'listMyItems', { view: 'upcoming' }))
    expect(mine.items[0]).toMatchObject({ title: '窗口预约：居住证办理', center: 'affairs', nextAt: '2026-12-01T01:00:00.000Z' })
    // one row in 我的: what, when, where, status — the place is not inside the status
    expect(mine.items[0]).toMatchObject({ whenText: '12月1日 周二 09:00', place: '街道社区事务受理服务中心', statusText: '已预约' })
    const slots = dataOf(await env.call(null, 'affairs', 'listSlots', { placeId: 'hall' }))
    expect(slots.days[1].slots[0].available).toBe(2)
  })

  it('gives exactly 3 of 300 simultaneous requests the 3 windows of a slot, the rest FULL', async () => {
    const people = Array.from({ length: 300 }, (_, i) => `crowd-${i}`)
    for (const p of people) env.givenResident(p)
    const slot = { ...residenceBooking, time: '10:00' }
    const replies = await Promise.all(people.map((p) => env.call(p, 'affairs', 'book', slot)))
    const ok = replies.filter((r) => r.ok)
    expect(ok).toHaveLength(3)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'FULL')).toBe(true)
    const [day] = env.cloud.store.find('affairs_days', { query: { _id: 'hall_2026-12-01' } })
    expect((day.booked as Record<string, number>)['1000']).toBe(3)
    expect(env.cloud.store.count('affairs_bookings', { day: '2026-12-01', time: '10:00', status: 'booked' })).toBe(3)
    // the 297 who got FULL hold no appointment: their allowance was given back
    expect(env.cloud.store.count('affairs_bookings', { holdKey: { $regex: '^crowd-.*_hold' } })).toBe(3)
  })

  it('gives a person who taps twice at once one booking', async () => {
    env.givenResident('double-tap')
    const slot = { ...residenceBooking, time: '14:00' }
    const replies = await Promise.all([env.call('double-tap', 'affairs', 'book', slot), env.call('double-tap', 'affairs', 'book', slot)])
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(env.cloud.store.count('affairs_bookings', { subjectId: 'double-tap', status: 'booked' })).toBe(1)
    const [day] = env.cloud.store.find('affairs_days', { query: { _id: 'hall_2026-12-01' } })
    expect((day.booked as Record<string, number>)['1400']).toBe(1)
  })

  it('frees the place exactly once when cancelled, however often cancel is pressed', async () => {
    env.givenResident('canceller')
    const booking = dataOf(await env.call('canceller', 'affairs', 'book', { ...residenceBooking, time: '15:00' }))
    const first = dataOf(await env.call('canceller', 'affairs', 'cancelBooking', { bookingId: booking.id }))
    const again = dataOf(await env.call('canceller', 'affairs', 'cancelBooking', { bookingId: booking.id }))
    expect(first.status).toBe('cancelled')
    expect(again.status).toBe('cancelled')
    // 我的 still says which appointment was cancelled
    const [row] = dataOf(await env.call('canceller', 'account', 'listMyItems', {})).items
    expect(row).toMatchObject({ statusText: '已取消（本人取消）', whenText: '12月1日 周二 15:00', nextAt: null })
    const [day] = env.cloud.store.find('affairs_days', { query: { _id: 'hall_2026-12-01' } })
    expect((day.booked as Record<string, number>)['1500']).toBe(0)
    // the same item can be booked again that day after cancelling
    dataOf(await env.call('canceller', 'affairs', 'book', { ...residenceBooking, time: '15:30' }))
  })

  it('refuses bad bookings with a sentence that says what to fix', async () => {
    env.givenResident('bad-input')
    const cases = [
      [{ ...residenceBooking, day: '2026-11-27' }, 'INVALID_INPUT', '只能预约今天起 14 天内的时段'],
      [{ ...residenceBooking, time: '09:10' }, 'INVALID_INPUT', '该时间不是可预约的时段，请重新选择'],
      [{ ...residenceBooking, day: '2026-11-30', time: '09:00' }, 'INVALID_INPUT', '请至少提前 2 小时预约'],
      [{ ...residenceBooking, serviceId: 'svc-none' }, 'NOT_FOUND', '没有找到该办事事项'],
      [{ ...residenceBooking, day: '2026-12-05' }, 'INVALID_INPUT', '该时间不是可预约的时段，请重新选择'],
      [{ ...residenceBooking, day: '2026-13-45' }, 'INVALID_INPUT', '只能预约今天起 14 天内的时段'],
      [{ ...residenceBooking, placeId: 'station-1', serviceId: 'svc-shengyu', time: '08:00' }, 'INVALID_INPUT', '该时间不是可预约的时段，请重新选择'],
    ] as const
    for (const [input, code, message] of cases) {
      const error = errorOf(await env.call('bad-input', 'affairs', 'book', input))
      expect([input, error.code, error.message]).toEqual([input, code, message])
    }
  })

  it('does not let anyone cancel another person’s booking', async () => {
    env.givenResident('owner-a')
    env.givenResident('intruder')
    const booking = dataOf(await env.call('owner-a', 'affairs', 'book', { ...residenceBooking, time: '16:00' }))
    expect(errorOf(await env.call('intruder', 'affairs', 'cancelBooking', { bookingId: booking.id })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call('owner-a', 'affairs', 'myBookings', {})).items[0].status).toBe('booked')
  })

  it('asks for a profile before the first booking', async () => {
    const error = errorOf(await env.call('no-profile', 'affairs', 'book', residenceBooking))
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('完善个人资料') })
  })

  it('caps active appointments at 3 per person', async () => {
    env.givenResident('busy-person')
    for (const serviceId of ['svc-juzhuzheng', 'svc-dibao', 'svc-shebaoka']) {
      dataOf(await env.call('busy-person', 'affairs', 'book', { ...residenceBooking, serviceId, day: '2026-12-02' }))
    }
    const error = errorOf(await env.call('busy-person', 'affairs', 'book', { ...residenceBooking, serviceId: 'svc-canjiren', day: '2026-12-02' }))
    expect(error.message).toBe('您已有 3 个未办理的预约，请先办理或取消后再预约')
  })

  it('cannot be cancelled online within an hour of the slot', async () => {
    env.givenResident('late-canceller')
    const booking = dataOf(await env.call('late-canceller', 'affairs', 'book', { ...residenceBooking, day: '2026-12-03', time: '11:00' }))
    at('2026-12-03T02:30:00Z') // 10:30 in Shanghai
    expect(errorOf(await env.call('late-canceller', 'affairs', 'cancelBooking', { bookingId: booking.id })).message).toBe('办理前 1 小时内不能在线取消，请直接联系窗口')
  })

  it('lets center staff book for a walk-in resident and records who acted', async () => {
    env.givenResident('walk-in', '王秀兰', '黄河西路第二社区')
    const booking = dataOf(await env.call(STAFF, 'affairs', 'book', { ...residenceBooking, day: '2026-12-03', time: '09:30' }, { onBehalfOf: 'walk-in' }))
    const [stored] = env.cloud.store.find('affairs_bookings', { query: { _id: booking.id } })
    expect(stored).toMatchObject({ subjectId: 'walk-in', actorId: STAFF, onBehalf: true })
    expect(errorOf(await env.call('owner-a', 'affairs', 'book', residenceBooking, { onBehalfOf: 'walk-in' })).code).toBe('FORBIDDEN')
  })
})

describe('affairs window board', () => {
  it('checks residents in with queue numbers, calls them to windows and finishes', async () => {
    env.givenResident('visitor-a', '李建国')
    env.givenResident('visitor-b', '赵小红')
    const a = dataOf(await env.call('visitor-a', 'affairs', 'book', { ...residenceBooking, day: '2026-12-04', time: '09:00' }))
    const b = dataOf(await env.call('visitor-b', 'affairs', 'book', { ...residenceBooking, serviceId: 'svc-dibao', day: '2026-12-04', time: '09:00' }))
    expect(errorOf(await env.call(STAFF, 'affairs', 'checkIn', { bookingId: a.id })).message).toContain('只能在当天取号')
    at('2026-12-04T00:50:00Z') // Friday 08:50
    expect(dataOf(await env.call(STAFF, 'affairs', 'checkIn', { bookingId: b.id })).queueNo).toBe(1)
    expect(dataOf(await env.call(STAFF, 'affairs', 'checkIn', { bookingId: a.id })).queueNo).toBe(2)
    expect(dataOf(await env.call(STAFF, 'affairs', 'checkIn', { bookingId: a.id })).queueNo).toBe(2)
    const [first, second, none] = [
      dataOf(await env.call(STAFF, 'affairs', 'callNext', { placeId: 'hall', day: '2026-12-04', window: 1 })),
      dataOf(await env.call(STAFF, 'affairs', 'callNext', { placeId: 'hall', day: '2026-12-04', window: 2 })),
      dataOf(await env.call(STAFF, 'affairs', 'callNext', { placeId: 'hall', day: '2026-12-04', window: 3 })),
    ]
    expect([first?.personName, first?.window, second?.personName, second?.window, none]).toEqual(['赵小红', 1, '李建国', 2, null])
    expect(dataOf(await env.call(STAFF, 'affairs', 'finishBooking', { bookingId: a.id })).status).toBe('done')
    const board = dataOf(await env.call(STAFF, 'affairs', 'listBookings', { placeId: 'hall', day: '2026-12-04' }))
    expect(board.entries.map((e) => [e.personName, e.maskedPhone, e.statusText])).toEqual([
      ['李建国', '138****0000', '已办结'],
      ['赵小红', '138****0000', '正在办理'],
    ])
    expect(errorOf(await env.call('visitor-a', 'affairs', 'listBookings', { placeId: 'hall', day: '2026-12-04' })).code).toBe('FORBIDDEN')
  })

  it('suspends online booking after 3 no-shows in 90 days', async () => {
    env.givenResident('no-show')
    for (const day of ['2026-12-07', '2026-12-08', '2026-12-09']) {
      at('2026-11-30T00:00:00Z')
      const b = dataOf(await env.call('no-show', 'affairs', 'book', { ...residenceBooking, day, time: '11:30' }))
      expect(errorOf(await env.call(STAFF, 'affairs', 'markNoShow', { bookingId: b.id })).message).toBe('预约时间还没到，不能记为未到')
      at(`${day}T04:00:00Z`)
      dataOf(await env.call(STAFF, 'affairs', 'markNoShow', { bookingId: b.id }))
    }
    const error = errorOf(await env.call('no-show', 'affairs', 'book', { ...residenceBooking, day: '2026-12-10' }))
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('线上预约暂停至1月8日') })
  })

  it('closing a slot cancels its bookings, frees the places and tells the residents', async () => {
    env.givenResident('closed-out')
    const b = dataOf(await env.call('closed-out', 'affairs', 'book', { serviceId: 'svc-shengyu', placeId: 'station-2', day: '2026-12-07', time: '09:30' }))
    env.grant('closed-out', ['appointmentChanged'])
    const result = dataOf(await env.call(STAFF, 'affairs', 'closeSlots', { placeId: 'station-2', day: '2026-12-07', start: '09:00', end: '10:00', reason: '停电检修' }))
    await env.deliver()
    expect(result).toEqual({ cancelledBookings: 1, notified: 1 })
    expect(dataOf(await env.call('closed-out', 'affairs', 'myBookings', {})).items[0]).toMatchObject({ id: b.id, status: 'cancelled', statusText: '已取消（暂停办理：停电检修）' })
    expect(env.cloud.store.find('outbox', { query: { touser: 'closed-out' } })).toHaveLength(1)
    const slots = dataOf(await env.call(null, 'affairs', 'listSlots', { placeId: 'station-2' }))
    const dec7 = slots.days.find((d) => d.day === '2026-12-07')!
    expect(dec7.slots.filter((s) => s.state === 'closed').map((s) => s.time)).toEqual(['09:00', '09:30'])
  })

  it('lets staff change opening rules and the slots follow', async () => {
    dataOf(
      await env.call(STAFF, 'affairs', 'setOpeningRules', {
        placeId: 'station-6',
        rule: { weekdays: [1, 3, 6], periods: [{ start: '09:00', end: '10:00' }], slotMinutes: 20, windows: 2 },
      }),
    )
    const slots = dataOf(await env.call(null, 'affairs', 'listSlots', { placeId: 'station-6' }))
    expect(slots.days.find((d) => d.day === '2026-12-05')?.slots.map((s) => s.time)).toEqual(['09:00', '09:20', '09:40'])
    expect(slots.days.find((d) => d.day === '2026-12-01')?.slots).toEqual([])
    const bad = errorOf(await env.call(STAFF, 'affairs', 'setOpeningRules', { placeId: 'station-6', rule: { weekdays: [], periods: [{ start: '10:00', end: '09:00' }], slotMinutes: 7, windows: 0 } }))
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['rule.periods.0', 'rule.slotMinutes', 'rule.weekdays', 'rule.windows'])
  })
})

describe('affairs day-before reminder', () => {
  it('reminds everyone booked for tomorrow once, however often the timer fires', async () => {
    env.givenResident('remind-me')
    at('2026-12-14T00:00:00Z')
    const b = dataOf(await env.call('remind-me', 'affairs', 'book', { ...residenceBooking, day: '2026-12-15', time: '13:30' }))
    at('2026-12-14T10:00:00Z') // 18:00 in Shanghai, when the trigger fires
    const timer = { Type: 'Timer', TriggerName: 'dayBeforeReminder', Time: '2026-12-14T10:00:00Z' }
    const first = (await env.raw(null, 'affairs', timer)).result
    const second = (await env.raw(null, 'affairs', timer)).result
    expect(first).toEqual({ ok: true, data: { day: '2026-12-15', reminded: 1 } })
    expect(second).toEqual({ ok: true, data: { day: '2026-12-15', reminded: 0 } })
    env.grant('remind-me', ['appointmentReminder'])
    await env.deliver()
    const [message] = env.cloud.store.find('outbox', { query: { touser: 'remind-me', templateId: 'TPL_APPOINTMENT_REMINDER' } })
    expect(message.page).toBe(`/centers/affairs/pages/bookings/index?id=${b.id}`)
  })

  it('does not let a signed-in caller fire the timer', async () => {
    const { result } = await env.raw('remind-me', 'affairs', { Type: 'Timer', TriggerName: 'dayBeforeReminder' })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
