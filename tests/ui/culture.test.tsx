import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import ActivityPage from '@/centers/culture/pages/activity'
import EditorPage from '@/centers/culture/pages/editor'
import CultureHome from '@/centers/culture/pages/index'
import RosterPage from '@/centers/culture/pages/roster'
import { fakeGateway } from '../support/fake-gateway'
import { phoneClockAt } from '../support/phone-clock'
import { resetTaro } from '../support/taro'

const profile = { name: '赵磊', community: '黄河西路第四社区', address: '6号楼', phone: null, birthYear: null }
const resident = { openid: 'li', profile: { ...profile, name: '李建国' }, roles: [{ role: 'resident' }] }
const reviewer = { openid: 'zhao', profile, roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'culture' }] }
const emptyPage = { items: [], page: 1, pageSize: 10, hasMore: false }

// Saturday 2026-12-05 09:00–11:00 in Shanghai; the phone's clock is pinned before it (beforeEach) and moved where a test needs
const detail = (over: Record<string, unknown> = {}) => ({
  id: 'act-1',
  title: '冬日暖阳手工编织课',
  orgName: '幸福夕阳服务中心',
  orgId: 'org-xingfu-xiyang',
  center: 'culture',
  brand: '四季的关怀',
  address: '文化综合服务中心一楼活动室',
  startAt: '2026-12-05T01:00:00.000Z',
  endAt: '2026-12-05T03:00:00.000Z',
  signupOpensAt: '2026-11-30T00:00:00.000Z',
  signupClosesAt: '2026-12-04T10:00:00.000Z',
  cancelDeadline: '2026-12-04T04:00:00.000Z',
  capacity: 20,
  placesLeft: 19,
  status: 'published',
  statusText: '已发布',
  description: '老师带大家编织围巾。',
  coverUrl: null,
  latitude: null,
  longitude: null,
  companionsAllowed: 0,
  minAge: null,
  maxAge: null,
  communities: [],
  questions: [],
  reviewNote: null,
  mine: null,
  venueCode: null,
  canManage: false,
  ...over,
})

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'li')
  // Monday 2026-11-30 10:00 in Shanghai: sign-up open, the activity ahead
  phoneClockAt(new Date('2026-11-30T02:00:00Z'))
})
afterEach(() => jest.useRealTimers())

describe('活动详情 page', () => {
  it('keeps 取消活动 in its own danger zone, away from 通过/退回 on the review page', async () => {
    resetTaro({ params: { id: 'act-1' } })
    fakeGateway(({ body }) => ({ ok: true, data: body.action === 'whoami' ? reviewer : detail({ status: 'reviewing', statusText: '待中心审核', canManage: true }) }))
    render(<ActivityPage />)
    const approve = await screen.findByRole('button', { name: '通过并发布' })
    const reviewCard = approve.closest('.card') as HTMLElement
    expect(within(reviewCard).queryByText(/取消/)).toBeNull()
    const danger = screen.getByRole('region', { name: '取消活动' })
    expect(within(danger).getByText(/不能恢复/)).toBeTruthy()
    const cancel = within(danger).getByRole('button', { name: '填写取消原因后可取消' })
    expect(cancel.hasAttribute('disabled')).toBe(true)
    fireEvent.change(within(danger).getByLabelText('取消原因（会告知报名居民）'), { target: { value: '因天气原因取消' } })
    expect(within(danger).getByRole('button', { name: '取消这个活动' }).hasAttribute('disabled')).toBe(false)
  })

  it('offers self check-in only in the window around the start, and says when it opens', async () => {
    resetTaro({ params: { id: 'act-1' } })
    const mine = { status: 'confirmed', statusText: '报名成功', seats: 1, position: null, checkInCode: 'ABC234', checkedIn: false, canCancel: true }
    fakeGateway(({ body }) => ({ ok: true, data: body.action === 'whoami' ? resident : detail({ mine }) }))
    // 07:59 on the day: a minute before it opens
    phoneClockAt(new Date('2026-12-04T23:59:00Z'))
    const before = render(<ActivityPage />)
    expect(await screen.findByText('签到时间：12月5日 周六 08:00 至 12月5日 周六 11:00（活动开始前 1 小时开放）')).toBeTruthy()
    expect(screen.queryByLabelText('现场签到码')).toBeNull()
    expect(screen.queryByRole('button', { name: '自助签到' })).toBeNull()
    before.unmount()
    // 08:30: open
    phoneClockAt(new Date('2026-12-05T00:30:00Z'))
    render(<ActivityPage />)
    expect(await screen.findByRole('button', { name: '自助签到' })).toBeTruthy()
    expect(screen.getByLabelText('现场签到码')).toBeTruthy()
    expect(screen.queryByText(/^签到时间：/)).toBeNull()
  })
})

describe('报名名单与签到 page', () => {
  it('states the check-in window and says a wrong code once, under the field', async () => {
    resetTaro({ params: { id: 'act-1' } })
    fakeGateway(({ body }) =>
      body.action === 'checkIn'
        ? { ok: false, error: { code: 'NOT_FOUND', message: '签到码无效，请核对后重新输入', fields: { code: '没有这个签到码，请核对居民出示的 6 位签到码' } } }
        : { ok: true, data: { ...emptyPage, pageSize: 20 } },
    )
    render(<RosterPage />)
    expect(await screen.findByText('签到时间：活动开始前 1 小时至活动结束')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('居民签到码'), { target: { value: 'ZZZZZZ' } })
    fireEvent.click(screen.getByRole('button', { name: '签到' }))
    expect(await screen.findByText('没有这个签到码，请核对居民出示的 6 位签到码')).toBeTruthy()
    expect(screen.queryByText('签到码无效，请核对后重新输入')).toBeNull()
  })
})

describe('exporting the roster', () => {
  it('opens the xlsx at once (a download in the browser) and keeps the link with a copy button', async () => {
    resetTaro({ params: { id: 'act-1' } })
    const url = '/files/exports/signups/roster.xlsx'
    fakeGateway(({ body }) => (body.action === 'exportSignUps' ? { ok: true, data: { url, rows: 12 } } : { ok: true, data: { ...emptyPage, pageSize: 20 } }))
    const opened: string[] = []
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      opened.push(this.getAttribute('href') ?? '')
    })
    render(<RosterPage />)
    fireEvent.click(await screen.findByRole('button', { name: '导出名单（Excel）' }))
    expect(await screen.findByText('已导出 12 条记录。表格已开始下载，可用 Excel 或 WPS 打开')).toBeTruthy()
    expect(opened).toEqual([url])
    expect(screen.getByText(url)).toBeTruthy()
    expect(screen.getByRole('button', { name: '复制下载链接' })).toBeTruthy()
    click.mockRestore()
  })
})

describe('文化活动 home', () => {
  it('shows the list switch as tabs, apart from the filter chips', async () => {
    resetTaro()
    fakeGateway(({ body }) => ({ ok: true, data: body.action === 'whoami' ? reviewer : emptyPage }))
    render(<CultureHome />)
    const tabs = await screen.findByRole('group', { name: '选择列表' })
    expect(within(tabs).getByRole('button', { name: '待审核' }).className).toContain('view-tabs__tab')
    expect(within(tabs).getByRole('button', { name: '近期活动' }).className).not.toContain('choice-button')
    const filters = screen.getByRole('group', { name: '筛选活动' })
    expect(within(filters).getByRole('button', { name: '只看有名额' }).className).toContain('choice-button')
    expect(within(filters).queryByRole('button', { name: '待审核' })).toBeNull()
  })
})

describe('发布活动 editor', () => {
  it('names a wrong order of times on the first save, and clears it as the person corrects it', async () => {
    resetTaro()
    const sent = fakeGateway(({ body }) =>
      body.action === 'whoami' ? { ok: true, data: { ...reviewer, roles: [...reviewer.roles, { role: 'orgStaff', orgId: 'org-xingfu-xiyang' }] } } : { ok: true, data: { id: 'org-xingfu-xiyang', name: '幸福夕阳服务中心' } },
    )
    render(<EditorPage />)
    const set = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } })
    fireEvent.change(await screen.findByLabelText('活动名称'), { target: { value: '编织课' } })
    set('开始时间', '2099-12-05')
    set('结束时间', '2099-12-04')
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }))
    expect(await screen.findByText('结束时间应晚于开始时间')).toBeTruthy()
    set('结束时间', '2099-12-06')
    await waitFor(() => expect(screen.queryByText('结束时间应晚于开始时间')).toBeNull())
    expect(sent.some((c) => c.body.action === 'createActivity')).toBe(false)
  })
})
