import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import NewReportPage from '@/centers/governance/pages/new'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'


const me = { openid: 'resident-li', profile: { name: '李建国', community: '黄河西路第一社区', address: '17号楼3单元402', phone: null, birthYear: null }, roles: [{ role: 'resident' }] }
const nearby = { id: 'r-near', category: '环境卫生', description: '垃圾桶满溢', statusText: '已派单，待处置人员受理', placeName: '第一社区17号楼附近', meters: null, followerCount: 2, createdAt: '2026-11-30T01:00:00.000Z', mine: false }

function gateway() {
  return fakeGateway((call) => {
    if (call.fn === '_subscribe') return { ok: true, data: null }
    if (call.body.action === 'whoami') return { ok: true, data: me }
    if (call.body.action === 'nearbyReports') return { ok: true, data: { items: [nearby] } }
    if (call.body.action === 'followReport') return { ok: true, data: { followerCount: 3, following: true } }
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙' } }
  })
}

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'resident-li')
  resetTaro()
})

describe('随手拍 page', () => {
  it('reports at the resident’s own building and offers the same problem nearby to follow instead', async () => {
    const sent = gateway()
    render(<NewReportPage />)
    expect(await screen.findByText('我的楼栋：第一社区 17号楼')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '环境卫生' }))
    await waitFor(() => expect(sent.some((c) => c.body.action === 'nearbyReports')).toBe(true))
    expect(sent.find((c) => c.body.action === 'nearbyReports')?.body.input).toEqual({ category: '环境卫生', community: '黄河西路第一社区', point: null, building: '17号楼' })
    fireEvent.click(await screen.findByRole('button', { name: '关注此问题：垃圾桶满溢' }))
    await waitFor(() => expect(navigations.some((n) => n.includes('/centers/governance/pages/report/index?id=r-near'))).toBe(true))
    expect(sent.filter((c) => c.body.action === 'report')).toEqual([])
  })

  it('shows the same problem nearby right under the category, before the resident writes it all again', async () => {
    gateway()
    render(<NewReportPage />)
    fireEvent.click(await screen.findByRole('button', { name: '环境卫生' }))
    const follow = await screen.findByRole('button', { name: '关注此问题：垃圾桶满溢' })
    const description = screen.getByLabelText('问题描述')
    expect(follow.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('leads a resident without an address to 个人资料 from the form', async () => {
    fakeGateway((call) => (call.body.action === 'whoami' ? { ok: true, data: { ...me, profile: null } } : { ok: true, data: { items: [] } }))
    render(<NewReportPage />)
    expect(await screen.findByText('请先完善个人资料（所在社区和地址）')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '去填写所在社区和地址' }))
    expect(navigations).toContain('/account/pages/profile/index')
  })

  it('asks for a category and a description before sending anything', async () => {
    const sent = gateway()
    render(<NewReportPage />)
    fireEvent.click(await screen.findByRole('button', { name: '提交上报' }))
    expect(await screen.findByText('请选择问题类别')).toBeTruthy()
    expect(screen.getByText('请填写问题描述')).toBeTruthy()
    expect(sent.filter((c) => c.body.action === 'report' || c.fn === '_subscribe')).toEqual([])
  })
})
