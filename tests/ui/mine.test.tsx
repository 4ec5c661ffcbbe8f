import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Mine from '@/pages/mine'
import type { MyItem } from '@/shared/contracts/account'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const me = { openid: 'persona-resident-wang', profile: { name: '王秀兰', community: '黄河西路第二社区', address: '5号楼', phone: null }, roles: [{ role: 'resident' }] }

const item = (n: number): MyItem => ({
  id: `i${n}`,
  center: 'affairs',
  kind: 'appointment',
  title: `窗口预约 ${n}`,
  status: 'booked',
  statusText: '已预约',
  nextAt: '2026-12-01T01:30:00.000Z',
  whenText: '12月1日 周二 09:30',
  place: '街道社区事务受理服务中心',
  link: `/centers/affairs/pages/index/index?id=${n}`,
  updatedAt: '2026-11-27T01:00:00.000Z',
})

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'persona-resident-wang')
})

describe('我的 page', () => {
  it('opens with the person’s list, then who they are and 长辈版, so what they did is in the first screen', async () => {
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: me } : { ok: true, data: { items: [item(1)], page: 1, pageSize: 20, hasMore: false } }))
    render(<Mine />)
    const row = await screen.findByText(/窗口预约 1/)
    const person = await screen.findByText('王秀兰')
    const toggle = screen.getByRole('button', { name: /长辈版/ })
    // DOCUMENT_POSITION_FOLLOWING: the second comes after the first
    expect(row.compareDocumentPosition(person) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(person.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('shows the person and an empty state that says what to do', async () => {
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: me } : { ok: true, data: { items: [], page: 1, pageSize: 20, hasMore: false } }))
    render(<Mine />)
    expect(await screen.findByText('王秀兰')).toBeTruthy()
    expect(await screen.findByText('还没有办理记录')).toBeTruthy()
  })

  it('lists items with their status in words, a page at a time', async () => {
    const sent = fakeGateway(({ body }) => {
      if (body.action === 'whoami') return { ok: true, data: me }
      const page = Number(body.input.page)
      return { ok: true, data: { items: page === 1 ? [item(1), item(2)] : [item(3)], page, pageSize: 20, hasMore: page === 1 } }
    })
    render(<Mine />)
    expect(await screen.findByRole('button', { name: /窗口预约 1.*时间：12月1日 周二 09:30.*地点：街道社区事务受理服务中心.*状态：已预约/ })).toBeTruthy()
    expect(screen.getAllByText('时间：12月1日 周二 09:30')).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
    expect(await screen.findByText('窗口预约 3')).toBeTruthy()
    expect(screen.getByText('窗口预约 1')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(sent.filter((c) => c.body.action === 'listMyItems').map((c) => c.body.input.page)).toEqual([1, 2])
    fireEvent.click(screen.getByText('窗口预约 3'))
    expect(navigations).toEqual(['/centers/affairs/pages/index/index?id=3'])
  })

  it('switches to what lies ahead', async () => {
    const sent = fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: me } : { ok: true, data: { items: [], page: 1, pageSize: 20, hasMore: false } }))
    render(<Mine />)
    await screen.findByText('还没有办理记录')
    fireEvent.click(screen.getByRole('button', { name: '即将到来' }))
    expect(await screen.findByText('近期没有待办的预约或活动')).toBeTruthy()
    expect(sent.filter((c) => c.body.action === 'listMyItems').map((c) => c.body.input.view)).toEqual(['recent', 'upcoming'])
  })

  it('explains a failure and loads again on request', async () => {
    let fail = true
    fakeGateway(({ body }) => {
      if (body.action === 'whoami') return { ok: true, data: me }
      if (fail) return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
      return { ok: true, data: { items: [item(7)], page: 1, pageSize: 20, hasMore: false } }
    })
    render(<Mine />)
    expect(await screen.findByText('出错了：系统繁忙，请稍后再试')).toBeTruthy()
    fail = false
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }))
    await waitFor(() => expect(screen.getByText('窗口预约 7')).toBeTruthy())
  })

  it('shows one clear row per item: a cancelled booking keeps its date, the place is not in the status, no center name', async () => {
    const cancelled: MyItem = { ...item(9), title: '窗口预约：居住证办理', status: 'cancelled', statusText: '已取消（本人取消）', nextAt: null }
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: me } : { ok: true, data: { items: [cancelled], page: 1, pageSize: 20, hasMore: false } }))
    render(<Mine />)
    const row = await screen.findByRole('button', { name: /窗口预约：居住证办理/ })
    expect(row.textContent).toBe('窗口预约：居住证办理时间：12月1日 周二 09:30地点：街道社区事务受理服务中心状态：已取消（本人取消）')
    expect(screen.getByText('状态：已取消（本人取消）').textContent).not.toContain('中心')
    expect(screen.queryByText('社区事务受理服务中心')).toBeNull()
  })

  it('puts 个人资料 and the other entries on one row, so 我的办事 starts sooner', async () => {
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: { ...me, roles: [...me.roles, { role: 'admin' }] } } : { ok: true, data: { items: [], page: 1, pageSize: 20, hasMore: false } }))
    render(<Mine />)
    const profile = await screen.findByRole('button', { name: '修改个人资料' })
    const roles = screen.getByRole('button', { name: '人员与角色管理' })
    expect(profile.parentElement).toBe(roles.parentElement)
    expect(profile.parentElement?.className).toBe('mine-entries')
  })
})
