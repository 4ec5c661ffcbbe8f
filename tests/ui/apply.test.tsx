import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import ApplyPage from '@/centers/affairs/pages/apply'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { navigations, resetTaro, showAgain } from '../support/taro'

const service = {
  id: 'svc-laonian-youdai',
  name: '老年人优待证',
  category: '老龄残联',
  handledAt: 'community',
  delegable: true,
  promisedDays: 5,
  fee: '免费',
  who: '60 周岁以上老人',
  materials: [
    { name: '老人身份证', note: '原件+复印件' },
    { name: '近期一寸彩色照片', note: '1 张' },
    { name: '代办人身份证', note: '子女代办时提供，原件', required: false },
  ],
  places: [{ id: 'station-2', name: '第二社区居民服务站', kind: 'station', community: '黄河西路第二社区', address: '居委会一楼' }],
}
const profile = { name: '王秀兰', community: '黄河西路第二社区', address: '5号楼', phone: null, birthYear: 1950 }
const me = { openid: 'resident-wang', profile, roles: [{ role: 'resident' }] }
const photo = (n: number) => `cloud://local-env.local/uploads/applicationMaterial/${String(n).repeat(32)}.jpg`
const returned = {
  id: 'app-1',
  serviceId: 'svc-laonian-youdai',
  serviceName: '老年人优待证',
  stationId: 'station-2',
  stationName: '第二社区居民服务站',
  community: '黄河西路第二社区',
  applicantName: '王秀兰',
  status: 'returned',
  statusText: '已退回，请补正材料',
  submittedAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
  daysOpen: 0,
  onBehalf: false,
  handledAt: 'community',
  fields: [{ label: '申请说明', value: '本人申请优待证' }],
  materialUrls: ['/files/1.jpg', '/files/2.jpg'],
  materialFiles: [photo(1), photo(2)],
  materialOf: ['老人身份证', '近期一寸彩色照片'],
  note: null,
  missing: ['一寸彩色照片（更清晰的）'],
  timeline: [{ at: '2026-11-30T02:00:00.000Z', status: 'returned', text: '退回补正', by: '第二社区居民服务站 陈敏', reason: '照片不清晰', missing: ['一寸彩色照片（更清晰的）'] }],
}

function gateway(over: (call: SentCall) => unknown = () => undefined) {
  return fakeGateway((call) => {
    const replied = over(call)
    if (replied) return replied as never
    if (call.fn === '_subscribe') return { ok: true, data: null }
    if (call.body.action === 'getService') return { ok: true, data: service }
    if (call.body.action === 'whoami') return { ok: true, data: me }
    if (call.body.action === 'getApplication') return { ok: true, data: returned }
    return { ok: true, data: { ...returned, status: 'submitted' } }
  })
}

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'resident-wang')
})

describe('在线申请 page', () => {
  it('starts a resubmission from the photos already sent, shows them and sends them again with the new description', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai', applicationId: 'app-1' } })
    const sent = gateway()
    render(<ApplyPage />)
    expect(await screen.findByText('材料照片（2/9）')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '查看大图：老人身份证第 1 张' }))
    expect(navigations).toEqual(['preview:/files/1.jpg'])
    fireEvent.click(screen.getByRole('button', { name: '补正后重新提交' }))
    await waitFor(() => expect(sent.some((c) => c.body.action === 'submitApplication')).toBe(true))
    const submitted = sent.find((c) => c.body.action === 'submitApplication')
    expect(submitted?.body.input).toMatchObject({ applicationId: 'app-1', materialFiles: [photo(1), photo(2)], materialOf: ['老人身份证', '近期一寸彩色照片'] })
  })

  it('names the required materials still missing and sends nothing until they are there', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai' } })
    const sent = gateway()
    render(<ApplyPage />)
    fireEvent.change(await screen.findByLabelText('申请说明'), { target: { value: '申请优待证' } })
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }))
    expect(await screen.findByText('还缺：老人身份证、近期一寸彩色照片')).toBeTruthy()
    expect(screen.getByText('老人身份证（必需）')).toBeTruthy()
    expect(screen.getByText('代办人身份证（如适用）')).toBeTruthy()
    expect(sent.filter((c) => c.body.action === 'submitApplication' || c.fn === '_subscribe')).toEqual([])
  })

  it('says in plain words that the description is missing', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai', applicationId: 'app-1' } })
    gateway()
    render(<ApplyPage />)
    fireEvent.change(await screen.findByLabelText('申请说明'), { target: { value: ' ' } })
    fireEvent.click(screen.getByRole('button', { name: '补正后重新提交' }))
    expect(await screen.findByText('请填写申请说明')).toBeTruthy()
    expect(screen.queryByText(/填写填写/)).toBeNull()
  })

  it('asks for the progress notice at 提交申请, before the application is sent, and says so on the page', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai', applicationId: 'app-1' } })
    const sent = gateway()
    render(<ApplyPage />)
    expect(await screen.findByText(/「办理进度通知」/)).toBeTruthy()
    expect(sent.some((c) => c.fn === '_subscribe')).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: '补正后重新提交' }))
    await waitFor(() => expect(sent.some((c) => c.body.action === 'submitApplication')).toBe(true))
    const order = sent.filter((c) => c.fn === '_subscribe' || c.body.action === 'submitApplication').map((c) => c.fn)
    expect(order).toEqual(['_subscribe', 'affairs'])
    expect(sent.find((c) => c.fn === '_subscribe')?.body).toEqual({ templateIds: ['TPL_APPLICATION_PROGRESS'] })
  })

  it('lets the form through once the profile is filled in and the person comes back', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai' } })
    let filled = false
    gateway((call) => (call.body.action === 'whoami' ? { ok: true, data: { ...me, profile: filled ? profile : null } } : undefined))
    render(<ApplyPage />)
    fireEvent.click(await screen.findByRole('button', { name: '去完善个人资料' }))
    filled = true
    await act(async () => showAgain())
    expect(await screen.findByText('申请人：王秀兰')).toBeTruthy()
  })

  it('takes 申请说明 in a box of several lines', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai' } })
    gateway()
    render(<ApplyPage />)
    expect((await screen.findByLabelText('申请说明')).tagName).toBe('TEXTAREA')
  })

  it('names the network when a photo cannot be sent offline, not 系统繁忙', async () => {
    resetTaro({ params: { serviceId: 'svc-laonian-youdai' } })
    window.localStorage.setItem('privacy.agreed', '1')
    gateway((call) => (call.body.action === 'prepareUpload' ? { ok: true, data: { cloudPaths: ['uploads/applicationMaterial/a.jpg'] } } : undefined))
    const answer = global.fetch
    // the upload itself goes out as a file: the connection drops there
    global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url).startsWith('/api/_upload')) throw new TypeError('Failed to fetch')
      return answer(url, init)
    }) as typeof fetch
    const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: [new File(['x'], 'id.jpg', { type: 'image/jpeg' })] })
      this.onchange?.(new Event('change'))
    })
    render(<ApplyPage />)
    fireEvent.click(await screen.findByRole('button', { name: '添加照片：老人身份证' }))
    expect(await screen.findByText('照片上传失败：网络不可用，请检查网络后重试')).toBeTruthy()
    expect(screen.queryByText(/系统繁忙/)).toBeNull()
    click.mockRestore()
  })
})
