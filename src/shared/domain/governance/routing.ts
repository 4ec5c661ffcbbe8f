/**
 * Automatic routing (网格化管理): a new report goes to the grid worker of the grid its location is in, or to the
 * team its category belongs to when the street's settings send that category to a team first. Nothing found:
 * it waits for the command staff to dispatch it by hand. Pure.
 */
import { type GeoPoint, metersBetween } from './nearby'
import type { ReportCategory } from './reports'

export interface Grid {
  id: string
  name: string
  community: string
  /** buildings as residents write them in addresses, e.g. '3号楼' */
  buildings: readonly string[]
  /** the middle of the grid, when the street has placed it on the map */
  center: GeoPoint | null
  workerId: string
  workerName: string
}

export interface Team {
  id: string
  name: string
  kind: string
  categories: readonly ReportCategory[]
  memberIds: readonly string[]
}

/** Per category: the grid worker first (first responder), or the category's team first. */
export type RouteFirst = 'grid' | 'team'

export interface Place {
  community: string
  building: string | null
  point: GeoPoint | null
}

export type Assignee = { kind: 'grid' | 'team'; id: string; name: string; handlerIds: string[]; teamKey: string; teamName: string }

/** The building of an address as residents write it: '3号楼2单元301' → '3号楼'. */
export function buildingOf(address: string | null | undefined): string | null {
  const m = /(\d+)\s*(号楼|栋|幢)/.exec(address ?? '')
  return m ? `${m[1]}号楼` : null
}

/** The grid a place is in: by building in its community, else the nearest placed grid of the community (or of the street). */
export function gridFor(place: Place, grids: readonly Grid[]): Grid | null {
  const own = grids.filter((g) => g.community === place.community)
  if (place.building) {
    const byBuilding = own.find((g) => g.buildings.includes(place.building as string))
    if (byBuilding) return byBuilding
  }
  if (place.point) {
    const point = place.point
    const placed = (own.length ? own : grids).filter((g) => g.center)
    placed.sort((a, b) => metersBetween(point, a.center as GeoPoint) - metersBetween(point, b.center as GeoPoint))
    if (placed[0]) return placed[0]
  }
  return own[0] ?? null
}

export const gridAssignee = (g: Grid): Assignee => ({
  kind: 'grid',
  id: g.id,
  name: `${g.name}（网格员 ${g.workerName}）`,
  handlerIds: [g.workerId],
  teamKey: 'grid',
  teamName: '网格员',
})

export const teamAssignee = (t: Team): Assignee => ({ kind: 'team', id: t.id, name: t.name, handlerIds: [...t.memberIds], teamKey: `team_${t.id}`, teamName: t.name })

/** Where a new report goes; null: to the command staff, who dispatch it. */
export function routeReport(category: ReportCategory, place: Place, first: RouteFirst, grids: readonly Grid[], teams: readonly Team[]): Assignee | null {
  const team = teams.find((t) => t.categories.includes(category) && t.memberIds.length > 0)
  if (first === 'team' && team) return teamAssignee(team)
  const grid = gridFor(place, grids)
  if (grid) return gridAssignee(grid)
  return team ? teamAssignee(team) : null
}
