import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MemberBoard } from '@/centers/party/components/member-board'
import VolunteerStaffPage from '@/centers/party/pages/volunteer-staff'
import WishPage from '@/centers/party/pages/wish'
import { fakeGateway } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const emptyPage = { items: [], page: 1, pageSize: 10, hasMore: false }

/** Clicks on download links (the browser's way of opening an xlsx), recorded instead of followed. */
function downloads() {
  const opened: string[] = []
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    opened.push(this.getAttribute('href') ?? '')
  })
  return { opened, restore: () => click.mockRestore() }
}

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'persona-party-jia')
})

describe('party staff exports', () => {
  it('exports the volunteers with their hours from the volunteers page', async () => {
    const url = '/files/exports/party/volunteers/list.xlsx'
    const sent = fakeGateway(({ body }) => (body.action === 'exportVolunteers' ? { ok: true, data: { url, rows: 3000 } } : { ok: true, data: emptyPage }))
    const d = downloads()
    render(<VolunteerStaffPage />)
    fireEvent.click(await screen.findByRole('button', { name: '导出志愿者名册（含服务时长）为 Excel 表格' }))
    expect(await screen.findByText(/已导出 3000 行/)).toBeTruthy()
    expect(sent.find((c) => c.body.action === 'exportVolunteers')?.body.input).toEqual({})
    expect(d.opened).toEqual([url])
    d.restore()
  })

  it('exports the members who reported to the community on screen, or every member from the pending view', async () => {
    const url = '/files/exports/party/members/list.xlsx'
    const sent = fakeGateway(({ body }) => (body.action === 'exportMembers' ? { ok: true, data: { url, rows: 42 } } : { ok: true, data: { ...emptyPage, pageSize: 20 } }))
    const d = downloads()
    render(<MemberBoard />)
    fireEvent.click(await screen.findByRole('button', { name: '导出全部党员名册为 Excel 表格' }))
    await waitFor(() => expect(d.opened).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: '第三社区报到' }))
    fireEvent.click(await screen.findByRole('button', { name: '导出第三社区报到党员名册为 Excel 表格' }))
    await waitFor(() => expect(d.opened).toHaveLength(2))
    expect(sent.filter((c) => c.body.action === 'exportMembers').map((c) => c.body.input)).toEqual([{}, { reportedCommunity: '黄河西路第三社区' }])
    expect(d.opened).toEqual([url, url])
    d.restore()
  })
})

describe('a wish vetted by community staff', () => {
  it('asks the staff member to allow the notice that the wish was delivered before approving it', async () => {
    resetTaro({ params: { id: 'wish-1' } })
    const wish = {
      id: 'wish-1',
      community: '黄河西路第三社区',
      who: '第三社区 一位独居老人',
      title: '一台收音机',
      description: '老人眼睛不好，想听广播',
      budgetText: '预算 80 元',
      hours: 1,
      status: 'vetting',
      statusText: '待社区审核',
      claimDeadline: null,
      claimedByMe: false,
      mine: false,
      deliveryNote: null,
      handOver: '第三社区党群服务站',
      needy: { name: '刘桂芳', address: '12号楼3单元201', phone: null },
      claimerName: null,
      photoUrls: [],
      refusedReason: null,
      canManage: true,
    }
    const sent = fakeGateway((call) => {
      if (call.fn === '_subscribe') return { ok: true, data: null }
      return { ok: true, data: call.body.action === 'vetWish' ? { ...wish, status: 'open', statusText: '待认领' } : wish }
    })
    render(<WishPage />)
    fireEvent.click(await screen.findByRole('button', { name: '审核通过并公布' }))
    await waitFor(() => expect(sent.some((c) => c.body.action === 'vetWish')).toBe(true))
    expect(sent.filter((c) => c.fn === '_subscribe' || c.body.action === 'vetWish').map((c) => c.fn)).toEqual(['_subscribe', 'party'])
  })
})
