import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import BookPage from '@/centers/affairs/pages/book'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const service = {
  id: 'svc-juzhuzheng',
  name: '居住证办理',
  category: '户籍居住',
  handledAt: 'street',
  delegable: true,
  promisedDays: 15,
  fee: '免费',
  who: '非本市户籍人员',
  materials: [{ name: '居民身份证', note: '原件+复印件' }],
  places: [
    { id: 'hall', name: '街道社区事务受理服务中心', kind: 'hall', community: null, address: '一楼大厅' },
    { id: 'station-1', name: '第一社区居民服务站', kind: 'station', community: '黄河西路第一社区', address: '居委会一楼' },
  ],
}
const me = { openid: 'visitor-1', profile: { name: '李建国', community: '黄河西路第一社区', address: '3号楼', phone: null, birthYear: null }, roles: [{ role: 'resident' }] }
const slots = (available: number) => ({
  place: service.places[0],
  slotMinutes: 30,
  days: [
    {
      day: '2026-12-01',
      closedReason: null,
      slots: [
        { time: '09:00', start: '2026-12-01T01:00:00.000Z', state: available ? 'open' : 'full', available },
        { time: '09:30', start: '2026-12-01T01:30:00.000Z', state: 'open', available: 3 },
      ],
    },
  ],
})

beforeEach(() => {
  resetTaro({ params: { serviceId: 'svc-juzhuzheng' } })
  window.localStorage.setItem('localcloud.openid', 'visitor-1')
})

describe('预约办理 page', () => {
  it('says when a slot was just taken, refreshes what is left and keeps the place and day chosen', async () => {
    let listed = 0
    const sent = fakeGateway(({ body }) => {
      if (body.action === 'getService') return { ok: true, data: service }
      if (body.action === 'whoami') return { ok: true, data: me }
      if (body.action === 'listSlots') return { ok: true, data: slots(listed++ === 0 ? 1 : 0) }
      return { ok: false, error: { code: 'FULL', message: '该时段已约满，请选择其他时段' } }
    })
    render(<BookPage />)
    fireEvent.click(await screen.findByRole('button', { name: /09:00.*剩 1 个名额/ }))
    fireEvent.click(screen.getByRole('button', { name: '确认预约 12月1日 09:00' }))
    expect(await screen.findByText('该时段已约满，请选择其他时段')).toBeTruthy()
    await waitFor(() => expect(screen.getByRole('button', { name: /09:00.*已满/ }).hasAttribute('disabled')).toBe(true))
    expect(screen.getByRole('button', { name: '请先选择时段' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '街道社区事务受理服务中心' }).getAttribute('aria-pressed')).toBe('true')
    const booking = sent.find((c) => c.body.action === 'book')
    expect(booking?.body.input).toEqual({ serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-01', time: '09:00' })
    expect(navigations).toEqual([])
  })

  it('names today on the date tile and keeps slots (时段) and places (名额) apart in words', async () => {
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: me } : body.action === 'getService' ? { ok: true, data: service } : { ok: true, data: slots(3) }))
    render(<BookPage />)
    expect(await screen.findByRole('button', { name: /12月1日.*今天.*可预约/ })).toBeTruthy()
    expect(screen.getAllByRole('button', { name: /剩 3 个名额/ })).toHaveLength(2)
    expect(screen.queryByText(/可约 \d/)).toBeNull()
  })

  it('asks a resident without a profile to complete it before choosing a slot', async () => {
    fakeGateway(({ body }) => (body.action === 'whoami' ? { ok: true, data: { ...me, profile: null } } : body.action === 'getService' ? { ok: true, data: service } : { ok: true, data: slots(3) }))
    render(<BookPage />)
    fireEvent.click(await screen.findByRole('button', { name: '去完善个人资料' }))
    expect(navigations).toEqual(['/account/pages/profile/index'])
  })
})
