import { figureQueries, streetFigures } from '@/shared/domain/governance/street-figures'
import { atShanghai } from '@/shared/time'

describe('the other centers’ figures on the command view', () => {
  it('counts today’s appointments by the Shanghai day, even just after midnight there', () => {
    const q = figureQueries(atShanghai('2026-12-07', '00:30').toDate())
    expect(q.find((f) => f.key === 'appointmentsToday')?.where.day).toEqual({ eq: '2026-12-07' })
  })

  it('takes this week’s activities from Monday 00:00 to the next Monday in Shanghai', () => {
    const q = figureQueries(atShanghai('2026-12-06', '23:00').toDate())
    expect(q.find((f) => f.key === 'activitiesThisWeek')?.where.startAt).toEqual({ gte: atShanghai('2026-11-30').toDate(), lt: atShanghai('2026-12-07').toDate() })
  })

  it('counts an application as overdue after 7 days and a legal-aid deadline as near within 3 days', () => {
    const now = atShanghai('2026-12-04', '12:00').toDate()
    const q = figureQueries(now)
    expect(q.find((f) => f.key === 'applicationsOverdue')?.where.submittedAt).toEqual({ lt: atShanghai('2026-11-27', '12:00').toDate() })
    expect(q.find((f) => f.key === 'legalNearDeadline')?.where.boardKey).toEqual({ gte: '0', lt: `0${atShanghai('2026-12-07', '12:00').toDate().toISOString()}` })
  })

  it('reads nothing counted as zeros, with no fill rate to divide by', () => {
    const figures = streetFigures([])
    expect(figures.find((f) => f.label === '本周活动')).toMatchObject({ value: '0 场', note: '报名率 —（0/0 个名额）' })
    expect(figures.every((f) => !f.alert)).toBe(true)
  })
})
