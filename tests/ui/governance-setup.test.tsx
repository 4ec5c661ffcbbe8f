import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import SetupPage from '@/centers/governance/pages/setup'
import { DEFAULT_SETTINGS } from '@/shared/domain/governance/deadlines'
import { fakeGateway } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const view = (grids: unknown[], people: unknown[] = []) => ({
  grids,
  teams: [{ id: 'team-wuye', name: '物业联合服务队', kind: '物业管理', categories: ['物业管理'], members: [] }],
  deadlines: { settings: DEFAULT_SETTINGS, corrections: {} },
  people,
})
const existing = { id: 'grid-1-1', name: '第一社区第一网格', community: '黄河西路第一社区', buildings: ['1号楼'], center: null, workerId: 'w-1', workerName: '陈卫东' }

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'command-gao')
  resetTaro()
})

describe('网格、队伍与时限 page', () => {
  it('creates a grid with its buildings and a grid worker found by name', async () => {
    const sent = fakeGateway((call) => {
      const input = call.body.input as { keyword?: string }
      if (call.body.action === 'listGrids' && input.keyword) return { ok: true, data: view([existing], [{ id: 'w-2', name: '郑强', maskedPhone: '139****0002', community: '黄河西路第一社区' }]) }
      if (call.body.action === 'listGrids') return { ok: true, data: view([existing]) }
      if (call.body.action === 'setGrids') return { ok: true, data: view([existing, { ...existing, id: 'grid-new', name: '第一社区第三网格', buildings: ['3号楼', '4号楼'], workerId: 'w-2', workerName: '郑强' }]) }
      return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙' } }
    })
    render(<SetupPage />)
    fireEvent.click(await screen.findByRole('button', { name: '新建网格' }))
    fireEvent.click(screen.getByRole('button', { name: '第一社区' }))
    fireEvent.change(screen.getByLabelText('网格名称'), { target: { value: '第一社区第三网格' } })
    fireEvent.change(screen.getByLabelText('楼栋（0 栋）'), { target: { value: '3号楼、4号楼' } })
    fireEvent.change(screen.getByLabelText('选择网格员'), { target: { value: '郑' } })
    fireEvent.click(screen.getByRole('button', { name: '查找' }))
    fireEvent.click(await screen.findByRole('button', { name: '选择 郑强' }))
    expect(screen.getByText('网格员：郑强')).toBeTruthy()
    fireEvent.click(screen.getAllByRole('button', { name: '新建网格' }).at(-1) as HTMLElement)
    await waitFor(() => expect(sent.some((c) => c.body.action === 'setGrids')).toBe(true))
    expect(sent.find((c) => c.body.action === 'setGrids')?.body.input).toEqual({
      community: '黄河西路第一社区',
      grids: [
        { id: 'grid-1-1', name: '第一社区第一网格', buildings: ['1号楼'], center: null, workerId: 'w-1' },
        { name: '第一社区第三网格', buildings: ['3号楼', '4号楼'], center: null, workerId: 'w-2' },
      ],
    })
    expect(await screen.findByText('第一社区 · 第一社区第三网格')).toBeTruthy()
  })
})
