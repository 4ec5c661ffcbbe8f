import { cellsOf, freeTimeKeys, type TimeHoldRule, timeHoldIndexes, timeHoldKeys } from '@/shared/domain/booking/time-holds'
import { gridTimes } from '@/shared/domain/booking/slots'
import { HOME_SERVICES } from '../../../emulator/seeds/eldercare'
import { HOME_TIME_HOLD } from '@/shared/domain/eldercare/home-services'
import { atShanghai } from '@/shared/time'

const halfHours: TimeHoldRule = { stepMinutes: 30, keys: 8 }
const at = (day: string, time: string) => atShanghai(day, time).toDate()
const keysOf = (start: Date, minutes: number, bookingId = 'b1', subjectId = 'senior-1') =>
  timeHoldKeys(halfHours, { subjectId, bookingId, start, end: new Date(start.getTime() + minutes * 60_000) })

/** Two key sets clash in a unique index when some field holds the same value in both. */
const clash = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).some((field) => a[field] === b[field])

describe('a person’s time held by unique keys', () => {
  it('gives every booking all the fields, so no record lacks one (a missing field is a null, and two nulls clash)', () => {
    expect(Object.keys(keysOf(at('2026-12-02', '09:00'), 60)).sort()).toEqual(['timeKey0', 'timeKey1', 'timeKey2', 'timeKey3', 'timeKey4', 'timeKey5', 'timeKey6', 'timeKey7'])
    expect(Object.keys(freeTimeKeys(halfHours, 'cancelled_b1'))).toHaveLength(8)
  })

  it('makes two overlapping visits of one person clash, whatever their lengths', () => {
    const cleaning = keysOf(at('2026-12-02', '09:00'), 120, 'b1')
    expect(clash(cleaning, keysOf(at('2026-12-02', '10:30'), 60, 'b2'))).toBe(true)
    expect(clash(cleaning, keysOf(at('2026-12-02', '08:00'), 240, 'b2'))).toBe(true)
    expect(clash(cleaning, keysOf(at('2026-12-02', '09:30'), 30, 'b2'))).toBe(true)
  })

  it('lets visits that only meet end to end both stand', () => {
    const bath = keysOf(at('2026-12-02', '09:00'), 60, 'b1')
    expect(clash(bath, keysOf(at('2026-12-02', '10:00'), 30, 'b2'))).toBe(false)
    expect(clash(bath, keysOf(at('2026-12-02', '07:00'), 120, 'b2'))).toBe(false)
  })

  it('never lets two people’s visits clash, nor one person’s on other days', () => {
    expect(clash(keysOf(at('2026-12-02', '09:00'), 60, 'b1', 'senior-1'), keysOf(at('2026-12-02', '09:00'), 60, 'b2', 'senior-2'))).toBe(false)
    // 4 hours later in the cells' cycle of 8, another day: same fields, other values
    expect(clash(keysOf(at('2026-12-02', '09:00'), 60, 'b1'), keysOf(at('2026-12-03', '09:00'), 60, 'b2'))).toBe(false)
  })

  it('frees the time of a closed booking: its fillers clash with nothing', () => {
    const closed = freeTimeKeys(halfHours, 'cancelled_b1')
    expect(clash(closed, keysOf(at('2026-12-02', '09:00'), 240, 'b2'))).toBe(false)
    expect(clash(closed, freeTimeKeys(halfHours, 'done_b2'))).toBe(false)
  })

  it('counts a visit not on the half hour by every cell it touches, so it is refused early rather than let in', () => {
    expect(cellsOf(halfHours, at('2026-12-02', '09:10'), at('2026-12-02', '09:50'))).toHaveLength(2)
    expect(clash(keysOf(at('2026-12-02', '09:10'), 40, 'b1'), keysOf(at('2026-12-02', '09:30'), 30, 'b2'))).toBe(true)
  })

  it('refuses to key a visit longer than its fields cover (a set-up error, not a booking)', () => {
    expect(() => keysOf(at('2026-12-02', '08:00'), 270)).toThrow('needs more than 8 time keys')
  })

  it('covers every home service on offer with the center’s rule, one unique index per field', () => {
    for (const s of HOME_SERVICES) {
      for (const time of gridTimes({ ...s.rule, weekdays: [1, 2, 3, 4, 5, 6, 7] }, '2026-12-02')) {
        const start = at('2026-12-02', time)
        expect(() => timeHoldKeys(HOME_TIME_HOLD, { subjectId: 's', bookingId: 'b', start, end: new Date(start.getTime() + s.rule.slotMinutes * 60_000) })).not.toThrow()
      }
    }
    expect(timeHoldIndexes(HOME_TIME_HOLD)).toEqual(Array.from({ length: 8 }, (_, k) => ({ name: `time_${k}`, keys: { [`timeKey${k}`]: 1 }, unique: true })))
  })
})
