import { buildingOf, type Grid, routeReport, type Team } from '@/shared/domain/governance/routing'

const grid = (id: string, community: string, buildings: string[], center: Grid['center'] = null): Grid => ({ id, name: id, community, buildings, center, workerId: `w-${id}`, workerName: '郑强' })
const GRIDS = [
  grid('g1', '黄河西路第一社区', ['1号楼', '2号楼'], { lat: 40.0, lng: 116.0 }),
  grid('g2', '黄河西路第一社区', ['3号楼'], { lat: 40.002, lng: 116.0 }),
  grid('g6', '黄河西路第六社区', ['1号楼']),
]
const TEAMS: Team[] = [{ id: 'wy', name: '物业联合服务队', kind: '物业管理', categories: ['物业管理'], memberIds: ['m1', 'm2'] }]

describe('routing', () => {
  it('reads the building from an address', () => {
    expect(buildingOf('3号楼2单元301')).toBe('3号楼')
    expect(buildingOf('5栋')).toBe('5号楼')
    expect(buildingOf('小区东门')).toBeNull()
  })

  it('sends a report to the grid worker of the grid its building is in', () => {
    const to = routeReport('环境卫生', { community: '黄河西路第一社区', building: '3号楼', point: null }, 'grid', GRIDS, TEAMS)
    expect(to).toMatchObject({ kind: 'grid', id: 'g2', handlerIds: ['w-g2'], teamKey: 'grid' })
  })

  it('sends a report picked on the map to the nearest grid of its community', () => {
    const to = routeReport('市政设施', { community: '黄河西路第一社区', building: null, point: { lat: 40.0018, lng: 116.0001 } }, 'grid', GRIDS, TEAMS)
    expect(to?.id).toBe('g2')
  })

  it('sends a category the street gives to a team straight to that team', () => {
    const to = routeReport('物业管理', { community: '黄河西路第一社区', building: '1号楼', point: null }, 'team', GRIDS, TEAMS)
    expect(to).toMatchObject({ kind: 'team', id: 'wy', handlerIds: ['m1', 'm2'], teamKey: 'team_wy' })
  })

  it('falls back to the team when no grid covers the place, and to the command staff when nothing does', () => {
    expect(routeReport('物业管理', { community: '黄河西路第三社区', building: null, point: null }, 'grid', GRIDS, TEAMS)?.id).toBe('wy')
    expect(routeReport('环境卫生', { community: '黄河西路第三社区', building: null, point: null }, 'grid', GRIDS, TEAMS)).toBeNull()
  })
})
