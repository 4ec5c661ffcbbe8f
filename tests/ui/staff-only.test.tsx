/**
 * Staff pages (workbenches, boards, consoles) opened by a plain resident who typed the address: the page says
 * 没有权限 with who it is for and the way back — never a blank page, a spinner that never ends, or 出错了.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import MenuPage from '@/centers/eldercare/pages/menu'
import ApplicantsPage from '@/centers/employment/pages/applicants'
import GovernanceHome from '@/centers/governance/pages/index'
import TasksPage from '@/centers/governance/pages/tasks'
import OpinionBoardPage from '@/centers/residents/pages/board'
import { setElderMode } from '@/services/display'
import type { Role } from '@/shared/domain/roles'
import type { CloudResult } from '@/shared/result'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const refused = { ok: false as const, error: { code: 'FORBIDDEN' as const, message: '您没有权限进行此操作' } }
const empty = { ok: true as const, data: { items: [], page: 1, pageSize: 20, hasMore: false } }

/** answers as the server does: whoami with the person's roles; staff actions refused unless `staff` */
function gatewayFor(roles: Role[], staff: boolean) {
  return fakeGateway(({ body }: SentCall): CloudResult<unknown> => {
    if (body.action === 'whoami') return { ok: true, data: { openid: 'persona-resident', profile: null, roles } }
    return staff ? empty : refused
  })
}

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'persona-resident')
})

describe.each([
  ['标准版', false],
  ['长辈版', true],
])('社情民意工作台 opened by a resident (%s)', (_mode, elder) => {
  beforeEach(() => act(() => setElderMode(elder)))
  afterAll(() => act(() => setElderMode(false)))

  it('says 没有权限, who the board is for and what to do instead, and leads back to the center', async () => {
    gatewayFor([{ role: 'resident' }], false)
    render(<OpinionBoardPage />)
    expect(await screen.findByText('没有权限查看社情民意工作台')).toBeTruthy()
    expect(screen.getByText(/只供居民服务中心的工作人员使用.*反映意见建议/)).toBeTruthy()
    expect(screen.queryByText(/出错了/)).toBeNull()
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '回到居民服务中心首页' }))
    expect(navigations).toEqual(['redirect:/centers/residents/pages/index/index'])
  })
})

describe('staff pages and who may use them', () => {
  it('shows the board to the center’s staff', async () => {
    gatewayFor([{ role: 'resident' }, { role: 'centerStaff', center: 'residents' }], true)
    render(<OpinionBoardPage />)
    expect(await screen.findByText('没有符合条件的意见')).toBeTruthy()
    expect(screen.queryByText(/没有权限/)).toBeNull()
  })

  it('turns a resident away from a form the server would refuse only on submit (发布菜单)', async () => {
    const sent = gatewayFor([{ role: 'resident' }], false)
    render(<MenuPage />)
    expect(await screen.findByText('没有权限发布菜单')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /发布/ })).toBeNull()
    expect(sent.map((c) => c.body.action)).toEqual(['whoami'])
  })

  it('says 没有权限 when only the server can tell (the applicants of another employer’s posting, which it calls not found)', async () => {
    resetTaro({ params: { jobId: 'job-1' } })
    fakeGateway(() => ({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到该岗位' } }))
    render(<ApplicantsPage />)
    expect(await screen.findByText('没有权限查看应聘者名单')).toBeTruthy()
    expect(screen.queryByText(/出错了/)).toBeNull()
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull()
  })

  it('turns a resident away from 问题处置 and shows a team member their queue', async () => {
    resetTaro({ params: { mine: '1' } })
    gatewayFor([{ role: 'resident' }], false)
    const { unmount } = render(<TasksPage />)
    expect(await screen.findByText('没有权限查看问题处置')).toBeTruthy()
    expect(screen.getByText(/「我的上报和关注」/)).toBeTruthy()
    unmount()
    resetTaro({ params: { mine: '1' } })
    gatewayFor([{ role: 'resident' }, { role: 'teamMember' }], true)
    render(<TasksPage />)
    expect(await screen.findByText('没有符合条件的问题')).toBeTruthy()
    expect(screen.queryByText(/没有权限/)).toBeNull()
  })

  it('offers 我的处置任务 on the governance home to a team member, not to a plain resident', async () => {
    gatewayFor([{ role: 'resident' }, { role: 'teamMember' }], true)
    const { unmount } = render(<GovernanceHome />)
    expect(await screen.findByRole('button', { name: '我的处置任务' })).toBeTruthy()
    unmount()
    gatewayFor([{ role: 'resident' }], true)
    render(<GovernanceHome />)
    expect(await screen.findByText('您还没有上报或关注问题')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '我的处置任务' })).toBeNull()
  })
})
