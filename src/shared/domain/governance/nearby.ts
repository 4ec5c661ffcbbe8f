/**
 * "Same problem? follow it": open reports of the same category within ~50 m. The distance rule is pure; the
 * query side reads a few map cells through one index (category, open, cell), then this rule keeps those truly near.
 */
export interface GeoPoint {
  lat: number
  lng: number
}

export const NEARBY_METERS = 50

const EARTH_RADIUS = 6_371_000
const rad = (d: number) => (d * Math.PI) / 180

/** Great-circle distance in metres (haversine). */
export function metersBetween(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Cells of 0.001° (≈ 111 m north–south, ≈ 95 m east–west here): anything within 50 m is in the 3×3 around. */
const CELL = 0.001

export function cellOf(p: GeoPoint): string {
  return `${Math.floor(p.lat / CELL)}:${Math.floor(p.lng / CELL)}`
}

/** A report located only by its building (no map pick) shares a cell with the building's other reports. */
export function buildingCell(community: string, building: string): string {
  return `b:${community}:${building}`
}

/** The cells a query reads for reports near a place: the 3×3 map cells around the point, and the building's cell. */
export function cellsNear(point: GeoPoint | null, community: string, building: string | null): string[] {
  const cells: string[] = []
  if (point) {
    const lat = Math.floor(point.lat / CELL)
    const lng = Math.floor(point.lng / CELL)
    for (const dy of [-1, 0, 1]) for (const dx of [-1, 0, 1]) cells.push(`${lat + dy}:${lng + dx}`)
  }
  if (building) cells.push(buildingCell(community, building))
  return cells
}

export interface Located {
  point: GeoPoint | null
  community: string
  building: string | null
}

/** Near enough to be the same problem: within 50 m on the map, or (without a map pick) the same building. */
export function isNear(a: Located, b: Located): boolean {
  if (a.point && b.point) return metersBetween(a.point, b.point) <= NEARBY_METERS
  return !!a.building && a.building === b.building && a.community === b.community
}
