import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import HomeBoardPage from '@/centers/eldercare/pages/home-board'
import HomeServicesPage from '@/centers/eldercare/pages/home-services'
import { setElderMode } from '@/services/display'
import type { SentCall } from '../support/fake-gateway'
import { fakeGateway } from '../support/fake-gateway'
import { phoneClockAt } from '../support/phone-clock'
import { navigations, resetTaro } from '../support/taro'

const providers = [
  { id: 'p-bath-1', name: '刘芳', weekdays: [1, 3, 5], scheduleText: '周一、周三、周五' },
  { id: 'p-bath-2', name: '马丽', weekdays: [2, 4], scheduleText: '周二、周四' },
]
const bath = { id: 'home-bath', name: '助浴', summary: '两名护理员上门协助洗浴', minutes: 60, priceText: '每次 30 元', providers }
const cleaning = { id: 'home-cleaning', name: '保洁', summary: '居室清扫', minutes: 120, priceText: '每次 40 元', providers: [] }
const days = [
  {
    day: '2026-12-01',
    dayText: '12月1日 周二',
    closedReason: null,
    slots: [
      { time: '09:00', start: '2026-12-01T01:00:00.000Z', state: 'full', available: 0 },
      { time: '10:00', start: '2026-12-01T02:00:00.000Z', state: 'open', available: 1 },
    ],
  },
  { day: '2026-12-02', dayText: '12月2日 周三', closedReason: null, slots: [{ time: '09:00', start: '2026-12-02T01:00:00.000Z', state: 'open', available: 1 }] },
  { day: '2026-12-05', dayText: '12月5日 周六', closedReason: '当天没有服务人员排班', slots: [] },
]
const booking = (over: Record<string, unknown> = {}) => ({
  id: 'hb-1',
  serviceId: 'home-bath',
  serviceName: '助浴',
  seniorId: 'senior-wang',
  seniorName: '王秀兰',
  address: '黄河西路第二社区5号楼302',
  marks: ['独居'],
  day: '2026-12-01',
  time: '10:00',
  start: '2026-12-01T02:00:00.000Z',
  whenText: '12月1日 周二 10:00',
  status: 'booked',
  statusText: '待中心确认',
  providerId: null,
  providerName: null,
  bookedBy: '张晓燕代约',
  steps: [{ text: '已预约，等待中心确认', atText: '11月30日 周一 08:00', by: '家属张晓燕' }],
  canCancel: true,
  lockedText: null,
  ...over,
})
const page = <T,>(items: T[], hasMore = false) => ({ ok: true as const, data: { items, page: 1, pageSize: 5, hasMore } })

function familyGateway(bookings: ReturnType<typeof booking>[]) {
  return fakeGateway((call: SentCall) => {
    const { action, input } = call.body
    if (action === 'listHomeServices') return input.serviceId ? { ok: true, data: { ...page([bath]).data, days } } : { ok: true, data: { ...page([bath, cleaning]).data, days: null } }
    if (action === 'homeServiceBookings') return { ok: true, data: { ...page(bookings, input.page === 1 && bookings.length > 0).data, seniorName: '王秀兰' } }
    if (action === 'bookHomeService') return { ok: true, data: booking() }
    if (action === 'cancelHomeService') return { ok: true, data: booking({ status: 'cancelled', statusText: '已取消', canCancel: false }) }
    return { ok: true, data: null }
  })
}

beforeEach(() => {
  resetTaro({ params: { seniorId: 'senior-wang' } })
  window.localStorage.setItem('localcloud.openid', 'family-zhang')
})

describe.each([
  ['标准版', false],
  ['长辈版', true],
])('上门服务 page (%s)', (_mode, elder) => {
  beforeEach(() => act(() => setElderMode(elder)))
  afterAll(() => act(() => setElderMode(false)))

  it('books a free slot of the chosen service for the senior, asking for the progress notice at the tap', async () => {
    const sent = familyGateway([])
    const { container } = render(<HomeServicesPage />)
    expect(container.querySelector(elder ? '.screen--elder' : '.screen:not(.screen--elder)')).not.toBeNull()
    expect(await screen.findByText('还没有预约上门服务')).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: '预约助浴' }))
    expect(await screen.findByText('服务人员：刘芳（周一、周三、周五）；马丽（周二、周四）')).toBeTruthy()
    // a day with nobody on duty is not offered; a full slot says so in words and cannot be chosen
    expect(screen.queryByRole('button', { name: '12月5日 周六' })).toBeNull()
    expect((screen.getByRole('button', { name: /09:00 已约满/ }) as HTMLButtonElement).disabled).toBe(true)
    const send = screen.getByRole('button', { name: /请选择日期和时段/ })
    expect(send.getAttribute('aria-disabled') === 'true' || (send as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: '10:00 余 1' }))
    fireEvent.click(screen.getByRole('button', { name: '预约 12月1日 周二 10:00 助浴' }))
    await waitFor(() => expect(sent.some((c) => c.body.action === 'bookHomeService')).toBe(true))
    expect(sent.find((c) => c.body.action === 'bookHomeService')?.body.input).toEqual({ seniorId: 'senior-wang', serviceId: 'home-bath', day: '2026-12-01', time: '10:00' })
    const subscribe = sent.findIndex((c) => c.fn === '_subscribe')
    expect(subscribe).toBeGreaterThanOrEqual(0)
    expect(subscribe).toBeLessThan(sent.findIndex((c) => c.body.action === 'bookHomeService'))
  })

  it('shows each step with who took it, and asks before cancelling', async () => {
    const sent = familyGateway([booking({ status: 'confirmed', statusText: '已派马丽上门', steps: [...booking().steps, { text: '已派马丽上门', atText: '11月30日 周一 09:10', by: '中心孙丽' }] })])
    render(<HomeServicesPage />)
    expect(await screen.findByText('已派马丽上门', { selector: '.status-text' })).toBeTruthy()
    expect(screen.getByText(/11月30日 周一 09:10 已派马丽上门（中心孙丽）/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '取消助浴（12月1日 周二 10:00）' }))
    const dialog = await screen.findByRole('alertdialog', { name: '取消这次上门服务？' })
    fireEvent.click(within(dialog).getByRole('button', { name: '再想想' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(sent.some((c) => c.body.action === 'cancelHomeService')).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: '取消助浴（12月1日 周二 10:00）' }))
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '确定取消' }))
    await waitFor(() => expect(sent.find((c) => c.body.action === 'cancelHomeService')?.body.input).toEqual({ bookingId: 'hb-1' }))
  })

  it('says whom it books for, and marks the chosen day and time with ✓, not colour alone', async () => {
    familyGateway([])
    render(<HomeServicesPage />)
    expect(await screen.findByText('为 王秀兰 预约')).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: '预约助浴' }))
    expect(await screen.findByRole('button', { name: '✓ 12月1日 周二' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '12月2日 周三' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '10:00 余 1' }))
    expect(screen.getByRole('button', { name: '✓ 10:00 余 1' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('puts each step of a booking on its own line', async () => {
    familyGateway([booking({ status: 'confirmed', statusText: '已派马丽上门', steps: [...booking().steps, { text: '已派马丽上门', atText: '11月30日 周一 09:10', by: '中心孙丽' }] })])
    render(<HomeServicesPage />)
    const steps = within(await screen.findByLabelText('办理进度')).getAllByRole('listitem')
    expect(steps.map((li) => li.textContent)).toEqual(['11月30日 周一 08:00 已预约，等待中心确认（家属张晓燕）', '11月30日 周一 09:10 已派马丽上门（中心孙丽）'])
  })

  it('pages through the bookings and explains a locked one', async () => {
    const sent = familyGateway([booking({ canCancel: false, lockedText: '已临近上门时间，不能在线取消，如有变化请致电中心' })])
    render(<HomeServicesPage />)
    expect(await screen.findByText('已临近上门时间，不能在线取消，如有变化请致电中心')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^取消助浴/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
    await waitFor(() => expect(sent.filter((c) => c.body.action === 'homeServiceBookings').map((c) => c.body.input.page)).toEqual([1, 2]))
  })
})

describe('上门服务 opened without a senior one may book for', () => {
  it('sends the person back to choose a senior when none is named, without an error', async () => {
    resetTaro({ params: {} })
    const sent = familyGateway([])
    render(<HomeServicesPage />)
    expect(await screen.findByText('请先选择要预约的老人')).toBeTruthy()
    expect(screen.queryByText(/出错了/)).toBeNull()
    expect(screen.queryByRole('button', { name: '预约助浴' })).toBeNull()
    expect(sent.some((c) => c.body.action === 'homeServiceBookings')).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: '去选择老人' }))
    expect(navigations).toContain('redirect:/centers/eldercare/pages/index/index')
  })

  it('tells a resident not linked to the senior how to link, before anything can be picked', async () => {
    fakeGateway((call: SentCall) => {
      if (call.body.action === 'homeServiceBookings') return { ok: false, error: { code: 'FORBIDDEN', message: '您还没有关联这位老人，请先申请关联，经老人或中心确认后再操作' } }
      if (call.body.action === 'listHomeServices') return { ok: true, data: { ...page([bath]).data, days: null } }
      return { ok: true, data: null }
    })
    render(<HomeServicesPage />)
    expect(await screen.findByText('您还没有关联这位老人')).toBeTruthy()
    expect(screen.getByText(/填写老人的姓名和手机号申请关联/)).toBeTruthy()
    expect(screen.queryByText(/出错了/)).toBeNull()
    expect(screen.queryByRole('button', { name: '预约助浴' })).toBeNull()
    expect(screen.getByRole('button', { name: '去申请关联' })).toBeTruthy()
  })
})

describe('上门服务单 page (staff)', () => {
  beforeEach(() => {
    window.localStorage.setItem('localcloud.openid', 'staff-sun')
    // the staff's phone reads 09:30 on Tuesday 12-01, half an hour before 王秀兰's bath
    phoneClockAt(new Date('2026-12-01T01:30:00Z'))
  })
  afterEach(() => jest.useRealTimers())

  function staffGateway(items: ReturnType<typeof booking>[]) {
    return fakeGateway((call: SentCall) => {
      const { action, input } = call.body
      if (action === 'listHomeServices') return { ok: true, data: { ...page([bath, cleaning]).data, days: null } }
      if (action === 'homeServiceBookings') return { ok: true, data: { ...page(items).data, seniorName: null } }
      if (action === 'updateHomeServiceBooking') return { ok: true, data: booking({ status: input.status }) }
      if (action === 'exportHomeServiceBoard') return { ok: true, data: { url: 'http://127.0.0.1/exports/home-services/board.xlsx', rows: 2 } }
      return { ok: true, data: null }
    })
  }

  it('offers only the providers on duty that day and sends the one chosen', async () => {
    const sent = staffGateway([booking()])
    render(<HomeBoardPage />)
    expect(await screen.findByText('上门地址：黄河西路第二社区5号楼302')).toBeTruthy()
    // Tuesday: 马丽 works, 刘芳 does not
    expect(await screen.findByRole('button', { name: '马丽' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '刘芳' })).toBeNull()
    const confirm = screen.getByRole('button', { name: '为王秀兰派单' })
    expect(confirm.getAttribute('aria-disabled') === 'true' || (confirm as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: '马丽' }))
    fireEvent.click(screen.getByRole('button', { name: '为王秀兰派单' }))
    await waitFor(() => expect(sent.find((c) => c.body.action === 'updateHomeServiceBooking')?.body.input).toEqual({ bookingId: 'hb-1', status: 'confirmed', providerId: 'p-bath-2' }))
  })

  it('asks before 上门未遇 and before cancelling', async () => {
    // 10:05: the visit has begun
    phoneClockAt(new Date('2026-12-01T02:05:00Z'))
    const sent = staffGateway([booking({ status: 'confirmed', statusText: '已派马丽上门', providerId: 'p-bath-2', providerName: '马丽' })])
    render(<HomeBoardPage />)
    fireEvent.click(await screen.findByRole('button', { name: '王秀兰上门未遇' }))
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: '标记为上门未遇？' })).getByRole('button', { name: '再想想' }))
    fireEvent.click(screen.getByRole('button', { name: '取消王秀兰的助浴' }))
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: '取消这次上门服务？' })).getByRole('button', { name: '确定取消' }))
    await waitFor(() => expect(sent.filter((c) => c.body.action === 'updateHomeServiceBooking').map((c) => c.body.input.status)).toEqual(['cancelled']))
  })

  it('offers 已完成 and 上门未遇 only once the visit has begun, saying why', async () => {
    staffGateway([booking({ status: 'confirmed', statusText: '已派马丽上门', providerId: 'p-bath-2', providerName: '马丽' })])
    const early = render(<HomeBoardPage />)
    expect(await screen.findByText('还没到上门时间（12月1日 周二 10:00），上门后才能标记「已完成」或「上门未遇」')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '王秀兰上门未遇' })).toBeNull()
    expect(screen.queryByRole('button', { name: '王秀兰的服务已完成' })).toBeNull()
    expect(screen.getByRole('button', { name: '取消王秀兰的助浴' })).toBeTruthy()
    early.unmount()
    // 10:00: the visit begins
    phoneClockAt(new Date('2026-12-01T02:00:00Z'))
    render(<HomeBoardPage />)
    expect(await screen.findByRole('button', { name: '王秀兰的服务已完成' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '王秀兰上门未遇' })).toBeTruthy()
    expect(screen.queryByText(/^还没到上门时间/)).toBeNull()
  })

  it('shows the saved provider chosen, and asks for another one to 改派', async () => {
    staffGateway([booking({ status: 'confirmed', statusText: '已派马丽上门', providerId: 'p-bath-2', providerName: '马丽' })])
    render(<HomeBoardPage />)
    expect((await screen.findByRole('button', { name: '✓ 马丽' })).getAttribute('aria-pressed')).toBe('true')
    const change = screen.getByRole('button', { name: '为王秀兰派单' })
    expect(change.textContent).toBe('改派')
    expect((change as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('请选择另一位服务人员')).toBeTruthy()
    expect(screen.queryByText('请先选择服务人员')).toBeNull()
  })

  it('tells anyone but staff they have no permission, not an error', async () => {
    window.localStorage.setItem('localcloud.openid', 'family-zhang')
    fakeGateway((call: SentCall) => {
      if (call.body.action === 'homeServiceBookings') return { ok: false, error: { code: 'FORBIDDEN', message: '没有权限：上门服务单只有中心工作人员可以查看' } }
      if (call.body.action === 'listHomeServices') return { ok: true, data: { ...page([bath]).data, days: null } }
      return { ok: true, data: null }
    })
    render(<HomeBoardPage />)
    expect(await screen.findByText('没有权限查看上门服务单')).toBeTruthy()
    expect(screen.queryByText(/出错了/)).toBeNull()
    expect(screen.queryByText('请选择要查看的老人')).toBeNull()
  })

  it('says when a day has no home services', async () => {
    staffGateway([])
    render(<HomeBoardPage />)
    expect(await screen.findByText('这一天没有上门服务预约')).toBeTruthy()
  })

  it('opens on the day a notice names, and exports that day’s board to Excel', async () => {
    resetTaro({ params: { day: '2026-12-01' } })
    const sent = staffGateway([booking()])
    render(<HomeBoardPage />)
    expect(await screen.findByText('12月1日 周二 上门服务')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }))
    expect(await screen.findByText(/已导出 2 条预约/)).toBeTruthy()
    expect(sent.find((c) => c.body.action === 'exportHomeServiceBoard')?.body.input).toEqual({ day: '2026-12-01' })
    expect(screen.getByText(/下载链接（1 小时内有效）/)).toBeTruthy()
  })
})
