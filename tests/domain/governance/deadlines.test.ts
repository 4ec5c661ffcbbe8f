import { DEFAULT_SETTINGS, deadlinesFor, dueAt, isOverdue, settingsWithDefaults } from '@/shared/domain/governance/deadlines'
import { deadlineText } from '@/shared/domain/governance/spans'
import { atShanghai } from '@/shared/time'

const at = (day: string, time: string) => atShanghai(day, time).toDate()

describe('deadlines', () => {
  it('gives an urgent safety hazard 2 hours to respond, even at night', () => {
    expect(deadlinesFor('安全隐患', true, at('2026-12-05', '22:00'), DEFAULT_SETTINGS).respondBy).toEqual(at('2026-12-06', '00:00'))
  })

  it('gives an ordinary report until the end of the next working day to respond and 7 working days to resolve', () => {
    const d = deadlinesFor('环境卫生', false, at('2026-12-04', '16:00'), DEFAULT_SETTINGS)
    expect(d.respondBy).toEqual(at('2026-12-08', '00:00'))
    expect(d.resolveBy).toEqual(at('2026-12-16', '00:00'))
  })

  it('counts working hours when the street sets them', () => {
    const settings = settingsWithDefaults({ 邻里纠纷: { first: 'grid', urgent: DEFAULT_SETTINGS.邻里纠纷.urgent, ordinary: { respond: { amount: 4, unit: 'workingHours' }, resolve: { amount: 3, unit: 'workingDays' } } } })
    expect(deadlinesFor('邻里纠纷', false, at('2026-12-04', '16:00'), settings).respondBy).toEqual(at('2026-12-07', '11:30'))
  })

  it('keeps the street’s corrections: a day off moves the deadline on', () => {
    expect(deadlinesFor('环境卫生', false, at('2026-12-04', '16:00'), DEFAULT_SETTINGS, { '2026-12-07': 'off' }).respondBy).toEqual(at('2026-12-09', '00:00'))
  })

  it('watches the response deadline first, then the resolution, and nothing after disposal', () => {
    const d = { respondBy: at('2026-12-01', '12:00'), resolveBy: at('2026-12-09', '00:00') }
    expect(dueAt(d, null, false)).toEqual(d.respondBy)
    expect(dueAt(d, at('2026-12-01', '10:00'), false)).toEqual(d.resolveBy)
    expect(dueAt(d, at('2026-12-01', '10:00'), true)).toBeNull()
    expect(isOverdue(d.respondBy, at('2026-12-01', '12:01'))).toBe(true)
    expect(isOverdue(null, at('2030-01-01', '00:00'))).toBe(false)
  })
})

describe('deadlineText', () => {
  it('names the end of a working day as that day’s 24:00, not the next day’s 00:00', () => {
    expect(deadlineText(at('2026-12-08', '00:00'))).toBe('12月7日 周一 24:00')
  })

  it('shows any other deadline at its time of day', () => {
    expect(deadlineText(at('2026-12-07', '11:30'))).toBe('12月7日 周一 11:30')
  })
})
