import { fireEvent, render, screen } from '@testing-library/react'
import BookingsPage from '@/centers/affairs/pages/bookings'
import Mine from '@/pages/mine'
import { wayBack } from '@/components/page-bar/types'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

// as centers/affairs/pages/bookings/index.config.ts declares it
const bookings = { route: 'centers/affairs/pages/bookings/index', config: { navigationBarTitleText: '我的预约' } }
const none = { ok: true as const, data: { items: [], page: 1, pageSize: 10, hasMore: false } }

beforeEach(() => window.localStorage.setItem('localcloud.openid', 'visitor-1'))

describe('the page bar (H5)', () => {
  it('shows the page’s own title and goes back one page', async () => {
    resetTaro({ page: bookings, pagesOpen: 3 })
    fakeGateway(() => none)
    render(<BookingsPage />)
    expect(screen.getByRole('heading', { level: 1, name: '我的预约' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '返回' }))
    expect(navigations).toEqual(['back'])
    await screen.findByText('还没有窗口预约')
  })

  it('offers the home page when the page was opened directly, with nothing to go back to', async () => {
    resetTaro({ page: bookings, pagesOpen: 1 })
    fakeGateway(() => none)
    render(<BookingsPage />)
    fireEvent.click(screen.getByRole('button', { name: '首页' }))
    expect(navigations).toEqual(['relaunch:/pages/home/index'])
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull()
    await screen.findByText('还没有窗口预约')
  })

  it('shows only the title on a tab page', async () => {
    resetTaro({ page: { route: 'pages/mine/index', config: { navigationBarTitleText: '我的' } }, pagesOpen: 1 })
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: { openid: 'visitor-1', profile: null, roles: [{ role: 'resident' }] } } : { ...none, data: { ...none.data, pageSize: 20 } }))
    render(<Mine />)
    expect(screen.getByRole('heading', { level: 1, name: '我的' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull()
    expect(screen.queryByRole('button', { name: '首页' })).toBeNull()
    await screen.findByText('还没有办理记录')
  })

  it('decides the way back from the page and the pages under it', () => {
    expect(wayBack('/pages/home/index?stamp=1', 1)).toBe('none')
    expect(wayBack('centers/culture/pages/activity/index', 2)).toBe('back')
    expect(wayBack('/centers/culture/pages/activity/index?id=a', 1)).toBe('home')
  })
})
