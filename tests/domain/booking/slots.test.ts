import {
  type BookingPolicy,
  canCancel,
  gridTimes,
  horizonDays,
  type OpeningRule,
  refuseBooking,
  slotsForDay,
  suspendedUntil,
} from '@/shared/domain/booking/slots'

const hall: OpeningRule = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  slotMinutes: 30,
  windows: 3,
}
const policy: BookingPolicy = { minNoticeMinutes: 120, horizonDays: 14, cancelCutoffMinutes: 60, maxActivePerPerson: 3 }
// Friday 2026-11-27 08:00 in Shanghai
const fridayMorning = new Date('2026-11-27T00:00:00Z')

describe('slot engine', () => {
  it('cuts opening hours into slots and leaves the lunch break out', () => {
    expect(gridTimes(hall, '2026-11-30')).toEqual([
      '09:00', '09:30', '10:00', '10:30', '11:00', '11:30',
      '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30',
    ])
  })

  it('does not put a slot where it would run past closing time', () => {
    expect(gridTimes({ ...hall, periods: [{ start: '09:00', end: '10:45' }] }, '2026-11-30')).toEqual(['09:00', '09:30', '10:00'])
  })

  it('has no slots on the weekend for a weekday rule', () => {
    expect(gridTimes(hall, '2026-11-28')).toEqual([])
    expect(gridTimes(hall, '2026-11-29')).toEqual([])
  })

  it('decides the weekday in Shanghai, not in the process time zone', () => {
    // 2026-11-30 is a Monday in Shanghai; at 00:30 there it is still Sunday in UTC
    expect(gridTimes(hall, '2026-11-30')).toHaveLength(13)
  })

  it('starts slots at the Shanghai wall-clock time', () => {
    const [first] = slotsForDay('2026-11-30', hall, [], {}, policy, fridayMorning)
    expect(first.start.toISOString()).toBe('2026-11-30T01:00:00.000Z')
    expect(first.end.toISOString()).toBe('2026-11-30T01:30:00.000Z')
  })

  it('marks a slot full when every window is booked', () => {
    const slots = slotsForDay('2026-11-30', hall, [], { '0900': 3, '0930': 2 }, policy, fridayMorning)
    expect(slots[0]).toMatchObject({ time: '09:00', booked: 3, state: 'full' })
    expect(slots[1]).toMatchObject({ time: '09:30', booked: 2, state: 'open' })
  })

  it('closes booking two hours before the slot starts', () => {
    const slots = slotsForDay('2026-11-27', hall, [], {}, policy, fridayMorning)
    // 08:00 now: 09:00 and 09:30 are too soon, 10:00 is exactly two hours ahead
    expect(slots.slice(0, 3).map((s) => s.state)).toEqual(['tooLate', 'tooLate', 'open'])
  })

  it('takes out whole-day holidays and part-day closures', () => {
    const closures = [
      { day: '2026-12-01', reason: '培训' },
      { day: '2026-12-02', start: '10:00', end: '11:00', reason: '系统维护' },
    ]
    expect(slotsForDay('2026-12-01', hall, closures, {}, policy, fridayMorning).every((s) => s.state === 'closed')).toBe(true)
    const dec2 = slotsForDay('2026-12-02', hall, closures, {}, policy, fridayMorning)
    expect(dec2.filter((s) => s.state === 'closed').map((s) => s.time)).toEqual(['10:00', '10:30'])
  })

  it('offers today and the next 13 days, counted in Shanghai', () => {
    // 23:30 on Friday in Shanghai is still Friday there, though UTC says 15:30
    const days = horizonDays(new Date('2026-11-27T15:30:00Z'), policy)
    expect(days[0]).toBe('2026-11-27')
    expect(days).toHaveLength(14)
    expect(days[13]).toBe('2026-12-10')
    // ten minutes after Shanghai midnight the horizon moves on
    expect(horizonDays(new Date('2026-11-27T16:10:00Z'), policy)[0]).toBe('2026-11-28')
  })

  it('refuses a day beyond the horizon, a time off the grid, a closed slot and a slot too soon', () => {
    expect(refuseBooking('2026-12-11', '09:00', hall, [], policy, fridayMorning)?.code).toBe('outsideHorizon')
    expect(refuseBooking('2026-11-26', '09:00', hall, [], policy, fridayMorning)?.code).toBe('outsideHorizon')
    expect(refuseBooking('2026-11-30', '09:15', hall, [], policy, fridayMorning)?.code).toBe('notOnGrid')
    expect(refuseBooking('2026-11-30', '12:00', hall, [], policy, fridayMorning)?.code).toBe('notOnGrid')
    expect(refuseBooking('2026-11-30', '09:00', hall, [{ day: '2026-11-30', reason: '停电' }], policy, fridayMorning)?.code).toBe('closed')
    expect(refuseBooking('2026-11-27', '09:30', hall, [], policy, fridayMorning)?.message).toBe('请至少提前 2 小时预约')
    expect(refuseBooking('2026-11-30', '09:00', hall, [], policy, fridayMorning)).toBeNull()
  })

  it('allows cancelling until an hour before the slot', () => {
    const start = new Date('2026-11-27T02:00:00Z')
    expect(canCancel(start, policy, new Date('2026-11-27T01:00:00Z'))).toBe(true)
    expect(canCancel(start, policy, new Date('2026-11-27T01:00:01Z'))).toBe(false)
  })

  it('suspends booking for 30 days after 3 no-shows within 90 days', () => {
    const rule = { count: 3, withinDays: 90, suspendDays: 30 }
    const now = new Date('2026-11-27T00:00:00Z')
    const noShows = [new Date('2026-09-10T02:00:00Z'), new Date('2026-10-15T02:00:00Z'), new Date('2026-11-20T02:00:00Z')]
    expect(suspendedUntil(noShows, rule, now)?.toISOString()).toBe('2026-12-20T02:00:00.000Z')
    expect(suspendedUntil(noShows.slice(1), rule, now)).toBeNull()
    // the oldest no-show has aged out of the 90 days
    expect(suspendedUntil([new Date('2026-08-01T02:00:00Z'), ...noShows.slice(1)], rule, now)).toBeNull()
    expect(suspendedUntil(noShows, rule, new Date('2026-12-21T00:00:00Z'))).toBeNull()
  })
})
