import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ApplicantsPage from '@/centers/employment/pages/applicants'
import StaffPage from '@/centers/employment/pages/staff'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const empty = { ok: true as const, data: { items: [], page: 1, pageSize: 10, hasMore: false } }
const sheet = (rows: number) => ({ ok: true as const, data: { url: 'http://127.0.0.1/files/export.xlsx', rows } })

/** the center's staff: whoami says so, every list answers, the exports answer a link */
function staffGateway() {
  return fakeGateway(({ body }: SentCall) => {
    if (body.action === 'whoami') return { ok: true, data: { openid: 'persona-staff-employment', profile: null, roles: [{ role: 'centerStaff', center: 'employment' }] } }
    if (body.action.startsWith('export')) return sheet(3)
    return empty
  })
}

beforeEach(() => {
  resetTaro({ params: { jobId: 'job-1' } })
  window.localStorage.setItem('localcloud.openid', 'persona-staff-employment')
})

describe('创业就业 exports (the shared 导出 button)', () => {
  it('keeps the words of the registers’ buttons and exports the register each one names', async () => {
    const sent = staffGateway()
    render(<StaffPage />)
    fireEvent.click(await screen.findByRole('button', { name: '导出表格' }))
    fireEvent.click(screen.getByRole('button', { name: '导出单位名录（Excel）' }))
    fireEvent.click(screen.getByRole('button', { name: '导出岗位台账（Excel）' }))
    await waitFor(() => expect(sent.filter((c) => c.body.action.startsWith('export')).map((c) => c.body.action)).toEqual(['exportEmployers', 'exportJobs']))
    expect(await screen.findByText(/已导出 3 行。表格已开始下载/)).toBeTruthy()
  })

  it('exports the applicants of the posting from its 应聘者 page', async () => {
    const sent = staffGateway()
    render(<ApplicantsPage />)
    fireEvent.click(await screen.findByRole('button', { name: '导出应聘名单（Excel）' }))
    await waitFor(() => expect(sent.find((c) => c.body.action === 'exportApplicants')?.body.input).toEqual({ jobId: 'job-1' }))
  })
})
