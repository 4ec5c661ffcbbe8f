import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import ReportPage from '@/centers/governance/pages/report'
import TasksPage from '@/centers/governance/pages/tasks'
import { fakeGateway } from '../support/fake-gateway'
import { resetTaro, showAgain } from '../support/taro'

const summary = {
  id: 'r1',
  category: '市政设施',
  description: '13号楼前路灯不亮',
  status: 'assigned',
  statusText: '已派单，待处置人员受理',
  urgent: false,
  public: true,
  community: '黄河西路第一社区',
  placeName: '第一社区13号楼附近',
  createdAt: '2026-11-30T00:00:00.000Z',
  followerCount: 0,
  overdue: false,
  dueAt: '2026-12-01T16:00:00.000Z',
  assignee: { kind: 'grid', id: 'grid-1-1', name: '第一社区第一网格（网格员 陈卫东）' },
}
const detail = {
  ...summary,
  status: 'accepted',
  statusText: '已受理',
  point: null,
  building: '13号楼',
  photoUrls: [],
  reporterName: '王秀兰',
  reporterPhone: null,
  respondBy: '2026-12-01T16:00:00.000Z',
  resolveBy: '2026-12-09T16:00:00.000Z',
  plannedAt: null,
  disposal: null,
  closeReason: null,
  closeNote: null,
  responsible: null,
  mergedInto: null,
  rating: null,
  timeline: [],
  viewer: { isReporter: false, isFollower: false, isHandler: true, isCommand: false },
  moves: ['update', 'dispose', 'close'],
}

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'persona-grid-chen')
})

describe('a report in the handler’s hands', () => {
  beforeEach(() => resetTaro({ params: { id: 'r1' } }))
  const gateway = () =>
    fakeGateway((call) => {
      if (call.fn === '_subscribe') return { ok: true, data: null }
      if (call.body.action === 'getReport') return { ok: true, data: detail }
      return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙' } }
    })

  it('asks who is responsible before asking to confirm closing as not ours, and sends nothing', async () => {
    const sent = gateway()
    render(<ReportPage />)
    fireEvent.click(await screen.findByRole('button', { name: '不属于本街道职责' }))
    fireEvent.click(screen.getByRole('button', { name: '关闭此问题' }))
    expect(await screen.findByText('请写明责任单位及联系方式，方便居民联系')).toBeTruthy()
    expect(screen.queryByText('关闭此问题？')).toBeNull()
    expect(sent.filter((c) => c.body.action === 'closeReport' || c.fn === '_subscribe')).toEqual([])
  })

  it('says why closing cannot be tapped before a reason is chosen', async () => {
    gateway()
    render(<ReportPage />)
    expect(await screen.findByText('请先选择关闭原因')).toBeTruthy()
  })

  it('asks for the planned date in words, not as a badly written time', async () => {
    const sent = gateway()
    render(<ReportPage />)
    fireEvent.change(await screen.findByLabelText('处置进展'), { target: { value: '已联系供电所' } })
    fireEvent.click(screen.getByRole('button', { name: '保存进度' }))
    expect(await screen.findByText('请选择计划完成的日期和时间')).toBeTruthy()
    expect(screen.queryByText('时间格式不正确')).toBeNull()
    expect(sent.filter((c) => c.body.action === 'updateReport')).toEqual([])
  })
})

describe('the handler’s task list', () => {
  it('shows a report’s new status when the handler comes back from it', async () => {
    resetTaro({ params: { mine: '1' } })
    let status = { status: 'assigned', statusText: '已派单，待处置人员受理' }
    fakeGateway((call) => {
      if (call.body.action === 'whoami') return { ok: true, data: { openid: 'persona-grid-chen', profile: null, roles: [{ role: 'gridWorker' }] } }
      if (call.body.action === 'listReports') return { ok: true, data: { items: [{ ...summary, ...status }], hasMore: false, sheet: null } }
      return { ok: true, data: null }
    })
    render(<TasksPage />)
    expect(await screen.findByText('状态：已派单，待处置人员受理')).toBeTruthy()
    status = { status: 'disposed', statusText: '已处置，待居民确认' }
    act(() => showAgain())
    await waitFor(() => expect(screen.getByText('状态：已处置，待居民确认')).toBeTruthy())
  })
})
