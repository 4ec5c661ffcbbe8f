import { fireEvent, render, screen } from '@testing-library/react'
import MyBookingsPage from '@/centers/affairs/pages/bookings'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const booking = (over: Record<string, unknown>) => ({
  id: 'b1',
  serviceId: 'svc-juzhuzheng',
  serviceName: '居住证办理',
  placeId: 'hall',
  placeName: '街道社区事务受理服务中心',
  address: '一楼大厅',
  day: '2026-12-01',
  time: '09:00',
  start: '2026-12-01T01:00:00.000Z',
  status: 'booked',
  statusText: '已预约',
  queueNo: null,
  window: null,
  materials: [{ name: '居民身份证', note: '原件' }],
  canCancel: true,
  ...over,
})

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'visitor-1')
})

describe('我的预约 page', () => {
  it('offers 重新预约 on a cancelled booking, straight to the same service’s slots', async () => {
    fakeGateway(() => ({ ok: true, data: { items: [booking({ status: 'cancelled', statusText: '已取消（本人取消）', canCancel: false })], page: 1, pageSize: 10, hasMore: false } }))
    render(<MyBookingsPage />)
    fireEvent.click(await screen.findByRole('button', { name: '重新预约' }))
    expect(navigations).toEqual(['/centers/affairs/pages/book/index?serviceId=svc-juzhuzheng'])
  })

  it('offers no 重新预约 while the booking stands', async () => {
    fakeGateway(() => ({ ok: true, data: { items: [booking({})], page: 1, pageSize: 10, hasMore: false } }))
    render(<MyBookingsPage />)
    expect(await screen.findByRole('button', { name: '取消预约' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '重新预约' })).toBeNull()
  })
})
