import { cellOf, cellsNear, isNear, metersBetween } from '@/shared/domain/governance/nearby'

const here = { lat: 31.2304, lng: 121.4737 }
/** about `m` metres north of `p` */
const north = (p: typeof here, m: number) => ({ lat: p.lat + m / 111_195, lng: p.lng })

describe('nearby reports', () => {
  it('measures 50 m as 50 m', () => {
    expect(Math.round(metersBetween(here, north(here, 50)))).toBe(50)
  })

  it('counts a report 45 m away as the same place, and one 60 m away as not', () => {
    const a = { point: here, community: 'c', building: null }
    expect(isNear(a, { ...a, point: north(here, 45) })).toBe(true)
    expect(isNear(a, { ...a, point: north(here, 60) })).toBe(false)
  })

  it('counts two reports of the same building as the same place when either has no map pick', () => {
    expect(isNear({ point: null, community: 'c', building: '3号楼' }, { point: here, community: 'c', building: '3号楼' })).toBe(true)
    expect(isNear({ point: null, community: 'c', building: '3号楼' }, { point: null, community: 'c', building: '4号楼' })).toBe(false)
  })

  it('reads cells that hold every point within 50 m, whichever side of a cell edge it is on', () => {
    for (const m of [-50, -30, 0, 30, 50]) {
      const other = north({ lat: here.lat, lng: here.lng + m / 95_000 }, m)
      expect(cellsNear(here, 'c', null)).toContain(cellOf(other))
    }
  })
})
