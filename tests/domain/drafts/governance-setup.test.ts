import { amountOf, buildingsOf, gridDraftOf, NEW_GRID, NEW_TEAM, spanOf, teamDraftOf, toDeadlinesInput, toGridsInputWith, toGridsInputWithout, toTeamsInputWith, toTeamsInputWithout, withSpan } from '@/centers/governance/pages/setup/draft'
import { DEFAULT_SETTINGS } from '@/shared/domain/governance/deadlines'

describe('the deadline settings form', () => {
  it('changes one span of a category and keeps the others', () => {
    const next = withSpan(DEFAULT_SETTINGS.安全隐患, 'ordinary.respond', { amount: 4, unit: 'workingHours' })
    expect(spanOf(next, 'ordinary.respond')).toEqual({ amount: 4, unit: 'workingHours' })
    expect(spanOf(next, 'urgent.respond')).toEqual({ amount: 2, unit: 'hours' })
  })

  it('reads typed amounts as whole numbers, and nothing as 0 for the contract to refuse', () => {
    expect(amountOf('12')).toBe(12)
    expect(amountOf('')).toBe(0)
  })

  it('saves only the category edited', () => {
    expect(Object.keys(toDeadlinesInput('环境卫生', DEFAULT_SETTINGS.环境卫生).settings)).toEqual(['环境卫生'])
  })
})

type Grids = Parameters<typeof toGridsInputWith>[0]
type Teams = Parameters<typeof toTeamsInputWith>[0]
const grid = (id: string, community: string, buildings: string[]) => ({ id, name: `${id}网格`, community, buildings, center: null, workerId: `w-${id}`, workerName: `网格员${id}` })
const GRIDS: Grids = [grid('a', '黄河西路第一社区', ['1号楼']), grid('b', '黄河西路第一社区', ['2号楼']), grid('c', '黄河西路第二社区', ['1号楼'])]
const TEAMS: Teams = [{ id: 't1', name: '物业队', kind: '物业管理', categories: ['物业管理'], members: [{ id: 'p1', name: '甲' }] }]

describe('the grid form', () => {
  it('reads buildings typed with 、, commas or spaces, each once', () => {
    expect(buildingsOf('1号楼、2号楼,3号楼 ，4号楼  1号楼')).toEqual(['1号楼', '2号楼', '3号楼', '4号楼'])
  })

  it('adds a new grid to its community’s list and leaves other communities alone', () => {
    const input = toGridsInputWith(GRIDS, { ...NEW_GRID, community: '黄河西路第一社区', name: '三网格', buildingsText: '3号楼、4号楼', worker: { id: 'w-new', name: '新' } })
    expect(input).toEqual({
      community: '黄河西路第一社区',
      grids: [
        { id: 'a', name: 'a网格', buildings: ['1号楼'], center: null, workerId: 'w-a' },
        { id: 'b', name: 'b网格', buildings: ['2号楼'], center: null, workerId: 'w-b' },
        { name: '三网格', buildings: ['3号楼', '4号楼'], center: null, workerId: 'w-new' },
      ],
    })
  })

  it('saves an edited grid in its place, and removes one by leaving it out', () => {
    const edited = toGridsInputWith(GRIDS, { ...gridDraftOf(GRIDS[1]), buildingsText: '2号楼、5号楼' })
    expect('grids' in edited && edited.grids[1]).toEqual({ id: 'b', name: 'b网格', buildings: ['2号楼', '5号楼'], center: null, workerId: 'w-b' })
    expect(toGridsInputWithout(GRIDS, 'a')?.grids.map((g) => g.id)).toEqual(['b'])
  })

  it('asks for the community and the grid worker before saving', () => {
    expect(toGridsInputWith(GRIDS, { ...NEW_GRID, name: 'x', buildingsText: '1号楼' })).toEqual({ problem: '请选择网格所在的社区' })
    expect(toGridsInputWith(GRIDS, { ...NEW_GRID, community: '黄河西路第一社区', name: 'x', buildingsText: '1号楼' })).toEqual({ problem: '请为网格选择网格员' })
  })
})

describe('the team form', () => {
  it('adds a new team without members and keeps the others as they are', () => {
    const input = toTeamsInputWith(TEAMS, { ...NEW_TEAM, name: '志愿队', kind: '志愿者', categories: ['其他'] })
    expect(input).toEqual({ teams: [{ id: 't1', name: '物业队', kind: '物业管理', categories: ['物业管理'], memberIds: ['p1'] }, { name: '志愿队', kind: '志愿者', categories: ['其他'], memberIds: [] }] })
  })

  it('edits a team’s name and categories and keeps its members; removes a team by leaving it out', () => {
    const input = toTeamsInputWith(TEAMS, { ...teamDraftOf(TEAMS[0]), name: '物业联合队', categories: [] })
    expect(input).toEqual({ teams: [{ id: 't1', name: '物业联合队', kind: '物业管理', categories: [], memberIds: ['p1'] }] })
    expect(toTeamsInputWithout(TEAMS, 't1')).toEqual({ teams: [] })
  })
})
