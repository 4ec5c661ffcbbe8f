import { MANIFESTS } from '@/centers'
import type { Manifest } from '@/centers/manifest'
import { CENTER_FIGURES } from '@/shared/domain/governance/center-figures'
import { type CountedFigure, figureQueries, pastDueCount, streetFigures } from '@/shared/domain/governance/street-figures'
import { addWorkingDays } from '@/shared/domain/workdays'
import { atShanghai, shanghaiDay } from '@/shared/time'

const query = (now: Date, key: string) => figureQueries(CENTER_FIGURES, now).find((q) => q.key === key)

describe('the other centers’ figures on the command view', () => {
  it('takes each center’s figures from its own manifest, counted on its own collections through an index it declares', () => {
    expect(CENTER_FIGURES.map((c) => c.center)).toEqual(expect.arrayContaining(['affairs', 'culture', 'eldercare', 'legal', 'employment', 'residents']))
    for (const { center, figures } of CENTER_FIGURES) {
      const manifest = (MANIFESTS as readonly Manifest[]).find((m) => m.code === center)
      expect(manifest?.figures).toEqual(figures)
      for (const count of figures.flatMap((f) => Object.values(f.counts))) {
        const indexes = manifest?.collections[count.collection]
        expect([center, count.collection, !!indexes]).toEqual([center, count.collection, true])
        const fields = Object.keys(count.where)
        expect([count.collection, indexes?.some((i) => fields.includes(Object.keys(i.keys)[0]))]).toEqual([count.collection, true])
      }
    }
  })

  it('leads every figure to a page of its own center that lists what it counts', () => {
    for (const { center, root, figures } of CENTER_FIGURES) {
      const manifest = (MANIFESTS as readonly Manifest[]).find((m) => m.code === center)
      expect(root).toBe(manifest?.subpackage.root)
      for (const f of figures) expect([f.label, manifest?.subpackage.pages.includes((f.page ?? '').split('?')[0])]).toEqual([f.label, true])
    }
    const inbox = streetFigures(CENTER_FIGURES, [], new Date()).find((f) => f.label === '代办申请待办')
    expect(inbox?.page).toBe('/centers/affairs/pages/inbox/index')
  })

  it('counts today’s appointments by the Shanghai day, even just after midnight there', () => {
    expect(query(atShanghai('2026-12-07', '00:30').toDate(), 'affairs.0.booked')?.where.day).toEqual({ eq: '2026-12-07' })
  })

  it('takes this week’s activities from Monday 00:00 to the next Monday in Shanghai', () => {
    expect(query(atShanghai('2026-12-06', '23:00').toDate(), 'culture.0.week')?.where.startAt).toEqual({ gte: atShanghai('2026-11-30').toDate(), lt: atShanghai('2026-12-07').toDate() })
  })

  it('counts a legal-aid deadline as near within 3 days, on the board key that starts with the deadline', () => {
    const now = atShanghai('2026-12-04', '12:00').toDate()
    expect(query(now, 'legal.0.near')?.where.boardKey).toEqual({ gte: '0', lt: `0${atShanghai('2026-12-07', '12:00').toDate().toISOString()}` })
  })

  it('counts an application late only once its own service’s promised working days have run out', () => {
    // submitted on Friday 12-04: a 1-working-day service is due by the end of Monday 12-07, a 3-day one by Wednesday's
    const groups = [
      { ref: 'svc-fast', day: '2026-12-04', count: 2 },
      { ref: 'svc-slow', day: '2026-12-04', count: 5 },
      { ref: 'svc-gone', day: '2026-11-01', count: 9 },
    ]
    const days = { 'svc-fast': 1, 'svc-slow': 3 }
    expect(pastDueCount(groups, days, atShanghai('2026-12-07', '23:59').toDate())).toBe(0)
    expect(pastDueCount(groups, days, atShanghai('2026-12-08', '00:01').toDate())).toBe(2)
    expect(pastDueCount(groups, days, atShanghai('2026-12-10', '09:00').toDate())).toBe(7)
    // the street closed Monday 12-07: the 1-day service is due by the end of Tuesday
    expect(pastDueCount(groups, days, atShanghai('2026-12-08', '00:01').toDate(), { '2026-12-07': 'off' })).toBe(0)
  })

  it('counts a year of applications late exactly as each one’s own deadline says, across holidays and make-up days', () => {
    const now = atShanghai('2026-10-09', '10:00').toDate() // just after 国庆, with 10-10 a make-up working day
    const promised: Record<string, number> = { a: 1, b: 3, c: 7, d: 15 }
    const groups = Object.keys(promised).flatMap((ref, r) =>
      Array.from({ length: 300 }, (_, i) => ({ ref, day: atShanghai('2026-01-01').add(i, 'day').format('YYYY-MM-DD'), count: 1 + ((i + r) % 3) })),
    )
    const today = shanghaiDay(now)
    const oneByOne = groups.reduce((n, g) => (addWorkingDays(g.day, promised[g.ref]) < today ? n + g.count : n), 0)
    expect(oneByOne).toBeGreaterThan(0)
    expect(pastDueCount(groups, promised, now)).toBe(oneByOne)
  })

  it('reads the counts into each center’s words, with the late ones marked', () => {
    const now = atShanghai('2026-12-08', '09:00').toDate()
    const counted: CountedFigure[] = [
      { key: 'affairs.1.waiting', count: 4, sums: {} },
      { key: 'affairs.1.late', count: 4, sums: {}, groups: [{ ref: 's', day: '2026-12-04', count: 3 }, { ref: 's', day: '2026-12-07', count: 1 }], days: { s: 1 } },
      { key: 'culture.0.week', count: 2, sums: { capacity: 50, taken: 30 } },
    ]
    const figures = streetFigures(CENTER_FIGURES, counted, now)
    expect(figures.find((f) => f.label === '代办申请待办')).toMatchObject({ center: 'affairs', label: '代办申请待办', value: '4 件', note: '超过承诺办结时限 3 件', alert: true })
    expect(figures.find((f) => f.label === '本周活动')).toMatchObject({ value: '2 场', note: '报名率 60%（30/50 个名额）', alert: false })
  })

  it('reads nothing counted as zeros, with no fill rate to divide by and nothing marked', () => {
    const figures = streetFigures(CENTER_FIGURES, [], new Date())
    expect(figures.find((f) => f.label === '本周活动')).toMatchObject({ value: '0 场', note: '报名率 —（0/0 个名额）' })
    expect(figures.every((f) => !f.alert)).toBe(true)
  })
})
