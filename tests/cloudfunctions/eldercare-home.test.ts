import { readSheet } from '../../cloudfunctions/_kernel/sheets'
import { seedHomeServices } from '../../emulator/seeds/eldercare'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'
import { seniorDoc } from '../support/eldercare'

// Monday 2026-11-30, 08:00 in Shanghai
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'home-staff'
const FAMILY = 'home-daughter'
const STRANGER = 'home-stranger'
const OTHER_STAFF = 'affairs-staff'
// Tuesday: 马丽 gives baths (one place an hour); 王志刚 escorts to hospital (one place a half-day)
const bath = { seniorId: 'senior-wang', serviceId: 'home-bath', day: '2026-12-01', time: '09:00' }

const senior = (id: string, name: string, familyIds: string[], openid: string | null = null) => seniorDoc({ _id: id, name, familyIds, openid, healthNotes: '心脏支架术后', at: now })

beforeAll(() => {
  seedHomeServices(env.cloud.store)
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'eldercare' }], { name: '孙丽', community: '黄河西路第二社区', address: '中心' })
  env.givenUser(OTHER_STAFF, [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(FAMILY, [{ role: 'family' }], { name: '张晓燕', community: '黄河西路第三社区', address: '1号楼' })
  env.givenResident(STRANGER, '李建国')
  env.cloud.store.insert('seniors', [senior('senior-wang', '王秀兰', [FAMILY]), { ...senior('senior-walkin', '赵桂芝', [], 'walkin-senior'), phone: '13905310009', phoneTail: '0009', idNumber: '370102194803122344' }, senior('senior-liu', '刘德福', [FAMILY])])
  env.givenResident('walkin-senior', '赵桂芝')
})

describe('the home services on offer', () => {
  it('lists the services with their providers’ schedules in one request', async () => {
    const { result, requests } = await env.counted(FAMILY, 'eldercare', 'listHomeServices', {})
    const page = dataOf(result)
    expect(requests).toBeLessThanOrEqual(1)
    expect(page.items.map((s) => s.name)).toEqual(['助浴', '理发', '保洁', '陪诊'])
    expect(page.items[0].providers).toEqual([
      { id: 'p-bath-1', name: '刘芳', weekdays: [1, 3, 5], scheduleText: '周一、周三、周五' },
      { id: 'p-bath-2', name: '马丽', weekdays: [2, 4], scheduleText: '周二、周四' },
    ])
    expect(page.days).toBeNull()
  })

  it('shows a service’s two weeks with one place per provider on duty, in two requests', async () => {
    const { result, requests } = await env.counted(FAMILY, 'eldercare', 'listHomeServices', { serviceId: 'home-haircut' })
    const { days } = dataOf(result)
    expect(requests).toBeLessThanOrEqual(2)
    expect(days).toHaveLength(14)
    const tuesday = days?.find((d) => d.day === '2026-12-01')
    const thursday = days?.find((d) => d.day === '2026-12-03')
    const wednesday = days?.find((d) => d.day === '2026-12-02')
    expect(tuesday?.slots[0]).toMatchObject({ time: '09:00', state: 'open', available: 2 })
    expect(thursday?.slots[0]).toMatchObject({ time: '09:00', state: 'open', available: 1 })
    expect(wednesday).toMatchObject({ dayText: '12月2日 周三', closedReason: '当天没有服务人员排班', slots: [] })
  })
})

describe('booking a home service for a senior', () => {
  it('lets linked family book in at most 4 requests; a retry books once; 我的 says when and where', async () => {
    const first = await env.counted(FAMILY, 'eldercare', 'bookHomeService', bath, { requestId: 'tap-bath-0001' })
    const booked = dataOf(first.result)
    expect(first.requests).toBeLessThanOrEqual(4)
    expect(booked).toMatchObject({ serviceName: '助浴', seniorName: '王秀兰', status: 'booked', statusText: '待中心确认', whenText: '12月1日 周二 09:00', bookedBy: '张晓燕代约', canCancel: true })
    const again = await env.counted(FAMILY, 'eldercare', 'bookHomeService', bath, { requestId: 'tap-bath-0001' })
    expect(dataOf(again.result).id).toBe(booked.id)
    expect(again.requests).toBeLessThanOrEqual(4)
    expect(env.cloud.store.count('home_service_bookings', { seniorId: 'senior-wang' })).toBe(1)
    const mine = dataOf(await env.call(FAMILY, 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.title === '上门服务：王秀兰 助浴')).toMatchObject({ whenText: '12月1日 周二 09:00', place: '上门：黄河西路第二社区5号楼2单元302', statusText: '待中心确认' })
    expect(JSON.stringify(mine)).not.toContain('心脏支架')
  })

  it('refuses a second booking of the same service that day, a day without providers, and anyone not linked', async () => {
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, time: '14:00' })).code).toBe('CONFLICT')
    const saturday = errorOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, day: '2026-12-05' }))
    expect(saturday).toMatchObject({ code: 'INVALID_INPUT', message: '当天没有服务人员排班，请选择其他日期' })
    expect(errorOf(await env.call(STRANGER, 'eldercare', 'bookHomeService', { ...bath, day: '2026-12-02' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_STAFF, 'eldercare', 'bookHomeService', { ...bath, day: '2026-12-02' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STRANGER, 'eldercare', 'homeServiceBookings', { seniorId: 'senior-wang' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'homeServiceBookings', {})).code).toBe('FORBIDDEN')
  })

  it('answers 没有权限 to anyone but staff asking for the board, whatever they send', async () => {
    for (const input of [{}, { day: '2026-12-01' }, { seniorId: 'senior-wang', day: '2026-12-01' }, { pageSize: 50 }]) {
      for (const caller of [FAMILY, STRANGER]) {
        expect(errorOf(await env.call(caller, 'eldercare', 'homeServiceBookings', input))).toMatchObject({ code: 'FORBIDDEN', message: '没有权限：上门服务单只有中心工作人员可以查看' })
      }
    }
    // a senior's own list still says whom it is for
    expect(dataOf(await env.call(FAMILY, 'eldercare', 'homeServiceBookings', { seniorId: 'senior-wang' })).seniorName).toBe('王秀兰')
  })

  it('refuses a visit overlapping another standing one of the same senior, naming it, within 4 requests', async () => {
    env.cloud.store.insert('seniors', [senior('senior-overlap', '孙玉珍', [FAMILY])])
    // Friday: 保洁 09:00–11:00, then 助浴 at 10:00 would send two people at once
    dataOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { seniorId: 'senior-overlap', serviceId: 'home-cleaning', day: '2026-12-04', time: '09:00' }))
    const clash = await env.counted(FAMILY, 'eldercare', 'bookHomeService', { seniorId: 'senior-overlap', serviceId: 'home-bath', day: '2026-12-04', time: '10:00' })
    expect(clash.requests).toBeLessThanOrEqual(4)
    expect(errorOf(clash.result)).toMatchObject({ code: 'CONFLICT', message: '孙玉珍在12月4日 周五 09:00已预约保洁，时间重叠，请选择其他时段' })
    expect(env.cloud.store.count('home_service_bookings', { seniorId: 'senior-overlap' })).toBe(1)
    // after the cleaning: booked
    dataOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { seniorId: 'senior-overlap', serviceId: 'home-bath', day: '2026-12-04', time: '14:00' }))
  })

  it('gives the last place of a slot to exactly one of 60 simultaneous families, the rest FULL', async () => {
    const families = Array.from({ length: 60 }, (_, i) => env.resident(`escort-family-${i}`))
    env.cloud.store.insert('seniors', families.map((f, i) => senior(`escort-senior-${i}`, '测试老人', [f])))
    const replies = await Promise.all(
      families.map((f, i) => env.call(f, 'eldercare', 'bookHomeService', { seniorId: `escort-senior-${i}`, serviceId: 'home-escort', day: '2026-12-02', time: '08:00' })),
    )
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'FULL')).toBe(true)
    expect(env.cloud.store.count('home_service_bookings', { placeId: 'home-escort', day: '2026-12-02' })).toBe(1)
    const [day] = env.cloud.store.find('home_service_days', { query: { _id: 'home-escort_2026-12-02' } })
    expect((day.booked as Record<string, number>)['0800']).toBe(1)
  }, 120_000)

  it('lets one family tapping eight times at once book a senior only once that day', async () => {
    const replies = await Promise.all(
      ['08:00', '13:30', '08:00', '13:30', '08:00', '13:30', '08:00', '13:30'].map((time) =>
        env.call(FAMILY, 'eldercare', 'bookHomeService', { seniorId: 'senior-wang', serviceId: 'home-escort', day: '2026-12-03', time }),
      ),
    )
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(env.cloud.store.count('home_service_bookings', { seniorId: 'senior-wang', placeId: 'home-escort', status: 'booked' })).toBe(1)
    const [day] = env.cloud.store.find('home_service_days', { query: { _id: 'home-escort_2026-12-03' } })
    const booked = day.booked as Record<string, number>
    expect((booked['0800'] ?? 0) + (booked['1330'] ?? 0)).toBe(1)
  })
})

describe('the center handling a booking', () => {
  it('assigns a provider on duty, completes it, and the family sees and is told of each step', async () => {
    const [b] = dataOf(await env.call(FAMILY, 'eldercare', 'homeServiceBookings', { seniorId: 'senior-wang' })).items.filter((x) => x.serviceName === '助浴')
    env.grant(FAMILY, ['homeServiceProgress'], 3)
    // 刘芳 does not work on Tuesdays
    const offDuty = errorOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'confirmed', providerId: 'p-bath-1' }))
    expect(offDuty.message).toBe('刘芳当天不排班，请选择当天在岗的服务人员')
    expect(errorOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'confirmed' })).fields).toMatchObject({ providerId: '请选择上门的服务人员' })
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' })).code).toBe('FORBIDDEN')
    // done before anyone was sent: not a step the booking can take
    expect(errorOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' })).code).toBe('CONFLICT')
    const confirmed = await env.counted(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'confirmed', providerId: 'p-bath-2' })
    expect(confirmed.requests).toBeLessThanOrEqual(5)
    expect(dataOf(confirmed.result)).toMatchObject({ status: 'confirmed', statusText: '已派马丽上门', providerName: '马丽' })
    now = new Date('2026-12-01T02:30:00Z')
    try {
      dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' }))
      dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' }))
      expect(await env.deliver()).toBe(2)
      const seen = dataOf(await env.call(FAMILY, 'eldercare', 'homeServiceBookings', { seniorId: 'senior-wang', upcoming: false })).items.find((x) => x.id === b.id)
      expect(seen?.steps.map((s) => [s.text, s.by])).toEqual([
        ['已预约，等待中心确认', '家属张晓燕'],
        ['已派马丽上门', '中心孙丽'],
        ['已完成', '中心孙丽'],
      ])
      const mine = dataOf(await env.call(FAMILY, 'account', 'listMyItems', {}))
      expect(mine.items.find((i) => i.title === '上门服务：王秀兰 助浴')).toMatchObject({ statusText: '已完成' })
      // a finished booking no longer blocks the senior: the bath next Tuesday can be booked
      dataOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, day: '2026-12-08' }))
    } finally {
      now = new Date('2026-11-30T00:00:00Z')
    }
  })

  it('shows staff a day’s board in two requests a page, and marks 上门未遇', async () => {
    const walkIn = dataOf(await env.call(STAFF, 'eldercare', 'bookHomeService', { seniorId: 'senior-walkin', serviceId: 'home-cleaning', day: '2026-12-02', time: '09:00' }))
    expect(walkIn.bookedBy).toBe('孙丽代约')
    // staff booked for a senior with WeChat: the senior's own 我的 shows it
    expect(dataOf(await env.call('walkin-senior', 'account', 'listMyItems', {})).items[0]).toMatchObject({ title: '上门服务：赵桂芝 保洁' })
    const board = await env.counted(STAFF, 'eldercare', 'homeServiceBookings', { day: '2026-12-02', pageSize: 5 })
    expect(board.requests).toBeLessThanOrEqual(2)
    const page = dataOf(board.result)
    expect(page.items.map((x) => x.serviceName)).toEqual(['陪诊', '保洁'])
    expect(JSON.stringify(page)).not.toContain('心脏支架')
    dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: walkIn.id, status: 'confirmed', providerId: 'p-clean-2' }))
    // before the visit (Wednesday 09:00 Shanghai) neither 上门未遇 nor 已完成 can be marked
    for (const status of ['notHome', 'done'] as const) {
      expect(errorOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: walkIn.id, status }))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('还没到上门时间（12月2日 周三 09:00）') })
    }
    now = new Date('2026-12-02T00:59:00Z') // 08:59
    try {
      expect(errorOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: walkIn.id, status: 'notHome' })).code).toBe('CONFLICT')
      now = new Date('2026-12-02T01:20:00Z') // 09:20
      expect(dataOf(await env.call(STAFF, 'eldercare', 'updateHomeServiceBooking', { bookingId: walkIn.id, status: 'notHome' })).statusText).toBe('上门未遇')
    } finally {
      now = new Date('2026-11-30T00:00:00Z')
    }
  })
})

describe('cancelling', () => {
  it('lets the family cancel before the cutoff and gives the place back once', async () => {
    const b = dataOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, serviceId: 'home-haircut', time: '10:00' }))
    expect(errorOf(await env.call(STRANGER, 'eldercare', 'cancelHomeService', { bookingId: b.id })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call(FAMILY, 'eldercare', 'cancelHomeService', { bookingId: b.id })).status).toBe('cancelled')
    expect(dataOf(await env.call(FAMILY, 'eldercare', 'cancelHomeService', { bookingId: b.id })).status).toBe('cancelled')
    const [day] = env.cloud.store.find('home_service_days', { query: { _id: 'home-haircut_2026-12-01' } })
    expect((day.booked as Record<string, number>)['1000']).toBe(0)
    // and the same service can be booked again that day
    dataOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, serviceId: 'home-haircut', time: '10:30' }))
  })

  it('locks a booking for the family inside the cutoff, while staff may still cancel it and the family is told', async () => {
    // 王秀兰 holds three standing bookings: the most one senior may hold
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, serviceId: 'home-cleaning', time: '14:00' })).message).toBe('王秀兰已有 3 次未完成的上门服务，请完成或取消后再预约')
    const b = dataOf(await env.call(FAMILY, 'eldercare', 'bookHomeService', { ...bath, seniorId: 'senior-liu', serviceId: 'home-cleaning', time: '14:00' }))
    now = new Date('2026-12-01T04:00:00Z') // 12:00, two hours before
    try {
      const [seen] = dataOf(await env.call(FAMILY, 'eldercare', 'homeServiceBookings', { seniorId: 'senior-liu' })).items.filter((x) => x.id === b.id)
      expect(seen).toMatchObject({ canCancel: false, lockedText: '已临近上门时间，不能在线取消，如有变化请致电中心' })
      expect(errorOf(await env.call(FAMILY, 'eldercare', 'cancelHomeService', { bookingId: b.id }))).toMatchObject({ code: 'CONFLICT', message: '上门前 4 小时内不能在线取消，请致电中心' })
      env.grant(FAMILY, ['homeServiceProgress'])
      expect(dataOf(await env.call(STAFF, 'eldercare', 'cancelHomeService', { bookingId: b.id })).status).toBe('cancelled')
      expect(await env.deliver()).toBe(1)
    } finally {
      now = new Date('2026-11-30T00:00:00Z')
    }
  })
})

describe('the center told of bookings, and the board in Excel', () => {
  it('tells the center’s staff (not other centers’) when a family books, not when staff book themselves', async () => {
    env.grant(STAFF, ['homeServiceProgress'], 3)
    env.grant(OTHER_STAFF, ['homeServiceProgress'], 3)
    const told = () => env.cloud.store.find('outbox', { query: { touser: STAFF, templateId: 'TPL_HOME_SERVICE_PROGRESS' }, limit: 100 })
    const before = told().length
    const b = await env.counted(FAMILY, 'eldercare', 'bookHomeService', { seniorId: 'senior-liu', serviceId: 'home-haircut', day: '2026-12-03', time: '09:00' })
    expect(b.requests).toBeLessThanOrEqual(4)
    expect(await env.deliver()).toBe(1)
    const [notice] = told().slice(before)
    expect(notice).toMatchObject({
      page: '/centers/eldercare/pages/home-board/index?day=2026-12-03',
      data: { thing1: { value: '理发：刘德福' }, thing2: { value: '张晓燕代约，请派单' }, time3: { value: '2026-12-03 09:00' } },
    })
    for (const field of Object.values(notice.data as Record<string, { value: string }>)) expect(field.value.length).toBeLessThanOrEqual(20)
    // told once, however often the timer runs
    expect(await env.deliver()).toBe(0)
    expect(env.cloud.store.find('outbox', { query: { touser: OTHER_STAFF } })).toHaveLength(0)
    dataOf(await env.call(STAFF, 'eldercare', 'bookHomeService', { seniorId: 'senior-walkin', serviceId: 'home-haircut', day: '2026-12-03', time: '10:00' }))
    expect(await env.deliver()).toBe(0)
    expect(told().length).toBe(before + 1)
  })

  it('exports a day’s board as xlsx with Chinese headers, the phone masked, no ID number or health notes', async () => {
    const exported = await env.counted(STAFF, 'eldercare', 'exportHomeServiceBoard', { day: '2026-12-02' })
    expect(exported.requests).toBeLessThanOrEqual(3)
    const { url, rows } = dataOf(exported.result)
    expect(rows).toBe(2)
    const sheet = await readSheet(Buffer.from(await (await fetch(encodeURI(url))).arrayBuffer()), 'xlsx')
    expect(sheet.headers).toEqual(['日期', '时间', '服务', '老人', '上门地址', '电话', '优先', '服务人员', '状态', '预约人'])
    const walkIn = sheet.rows.find((r) => r.cells.老人 === '赵桂芝')?.cells
    expect(walkIn).toMatchObject({ 日期: '2026-12-02', 时间: '09:00', 服务: '保洁', 电话: '139****0009', 服务人员: '田玉兰', 状态: '上门未遇', 预约人: '孙丽代约' })
    const text = JSON.stringify(sheet)
    expect(text).not.toContain('13905310009')
    expect(text).not.toContain('370102')
    expect(text).not.toContain('心脏支架')
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'exportHomeServiceBoard', {})).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_STAFF, 'eldercare', 'exportHomeServiceBoard', {})).code).toBe('FORBIDDEN')
  })
})

describe('a senior booking for themselves', () => {
  it('says whose own booking it is: 「周淑英本人预约」', async () => {
    env.givenResident('self-senior', '周淑英')
    env.cloud.store.insert('seniors', [senior('senior-self', '周淑英', [], 'self-senior')])
    const own = dataOf(await env.call('self-senior', 'eldercare', 'bookHomeService', { seniorId: 'senior-self', serviceId: 'home-bath', day: '2026-12-10', time: '09:00' }))
    expect(own.bookedBy).toBe('周淑英本人预约')
  })
})
