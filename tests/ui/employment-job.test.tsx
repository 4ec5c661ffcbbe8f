import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import JobPage from '@/centers/employment/pages/job'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const job: Record<string, unknown> = {
  id: 'job-baojie',
  title: '招聘保洁员',
  employerName: '黄河西路物业服务有限公司',
  employerVerified: true,
  employmentType: 'FULL_TIME',
  employmentTypeText: '全职',
  salaryText: '2800–3500 元/月',
  community: '黄河西路第四社区',
  tags: ['适合40/50人员'],
  datePosted: '2026-11-30T00:00:00.000Z',
  validThrough: '2026-12-30',
  status: 'published',
  statusText: '招聘中',
  description: '负责小区楼道保洁',
  education: '不限',
  experience: '身体健康',
  openings: 2,
  address: '黄河西路 88 号',
  salaryMin: 2800,
  salaryMax: 3500,
  salaryUnit: 'MONTH',
  workHours: '8:00–17:00',
  staffReason: null,
  mine: false,
  myApplication: null,
  applicants: null,
}

function gateway(over: Record<string, unknown> = {}, apply: () => unknown = () => ({ ok: true, data: {} })) {
  return fakeGateway((call: SentCall) => {
    if (call.fn === '_subscribe') return { ok: true, data: null }
    if (call.body.action === 'apply') return apply() as never
    if (call.body.action === 'reportJob') return { ok: true, data: { done: true } }
    return { ok: true, data: { ...job, ...over } }
  })
}

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'seeker')
  resetTaro({ params: { id: 'job-baojie' } })
})

describe('岗位详情 page', () => {
  it('shows every fact the rule requires and the verified label in words', async () => {
    gateway()
    render(<JobPage />)
    expect(await screen.findByText('2800–3500 元/月')).toBeTruthy()
    expect(screen.getByText(/✓已认证单位/)).toBeTruthy()
    expect(screen.getByText('全职 · 2 人')).toBeTruthy()
    expect(screen.getByText(/12月30日 .* 截止/)).toBeTruthy()
  })

  it('asks for the progress notice at 投递简历, before the application is sent', async () => {
    const sent = gateway()
    render(<JobPage />)
    expect(await screen.findByText(/「求职进度通知」/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '投递简历' }))
    await waitFor(() => expect(sent.some((c) => c.body.action === 'apply')).toBe(true))
    expect(sent.filter((c) => c.fn === '_subscribe' || c.body.action === 'apply').map((c) => c.fn)).toEqual(['_subscribe', 'employment'])
  })

  it('offers the way to the résumé when applying needs one', async () => {
    gateway({}, () => ({ ok: false, error: { code: 'CONFLICT', message: '请先填写「我的简历」，用人单位会看到简历' } }))
    render(<JobPage />)
    fireEvent.click(await screen.findByRole('button', { name: '投递简历' }))
    expect(await screen.findByRole('button', { name: '去填写我的简历' })).toBeTruthy()
  })

  it('asks for the outcome notice at 提交举报, then points to 我的举报', async () => {
    const sent = gateway()
    render(<JobPage />)
    fireEvent.click(await screen.findByRole('button', { name: '举报此岗位' }))
    expect(screen.getByText(/「举报处理结果通知」/)).toBeTruthy()
    fireEvent.change(screen.getByLabelText('举报理由'), { target: { value: '面试时要求交服装费' } })
    fireEvent.click(screen.getByRole('button', { name: '提交举报' }))
    expect(await screen.findByText('举报已提交，中心核实后会告诉您结果。')).toBeTruthy()
    expect(sent.filter((c) => c.fn === '_subscribe' || c.body.action === 'reportJob').map((c) => c.fn)).toEqual(['_subscribe', 'employment'])
    expect(sent.find((c) => c.body.action === 'reportJob')?.body.input).toEqual({ jobId: 'job-baojie', reason: '面试时要求交服装费' })
    expect(screen.getByRole('button', { name: '查看我的举报' })).toBeTruthy()
  })

  it('gives the employer its own tools and the reason staff took a posting down', async () => {
    gateway({ mine: true, status: 'takenDown', statusText: '已被中心下架', staffReason: '经核实收取服装费', applicants: 3 })
    render(<JobPage />)
    expect(await screen.findByText('中心说明：经核实收取服装费')).toBeTruthy()
    expect(screen.getByRole('button', { name: '查看应聘者（3）' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '投递简历' })).toBeNull()
    expect(screen.queryByRole('button', { name: '结束招聘' })).toBeNull()
  })
})
