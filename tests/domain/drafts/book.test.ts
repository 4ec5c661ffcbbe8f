import { confirmText, dayName, dayOf, dayWords, NO_CHOICE, placeOf, problems, slotWords, toBookInput, type Day } from '@/centers/affairs/pages/book/draft'

const slot = (time: string, state: 'open' | 'full' | 'closed' | 'tooLate', available = 0) => ({ time, start: `2026-12-01T0${time.slice(1, 2)}:00:00.000Z`, state, available })
const day = (date: string, slots: Day['slots'], closedReason: string | null = null): Day => ({ day: date, closedReason, slots })
const places = [{ id: 'hall' }, { id: 'station-1' }]

describe('预约办理 draft', () => {
  it('books at the first place offered until another is chosen', () => {
    expect(placeOf(NO_CHOICE, places)).toBe('hall')
    expect(placeOf({ ...NO_CHOICE, placeId: 'station-1' }, places)).toBe('station-1')
    expect(placeOf(NO_CHOICE, [])).toBeNull()
  })

  it('shows the last day offered when the chosen day is no longer in the list', () => {
    const days = [day('2026-12-01', []), day('2026-12-02', [])]
    expect(dayOf({ ...NO_CHOICE, dayIndex: 5 }, days)?.day).toBe('2026-12-02')
    expect(dayOf(NO_CHOICE, [])).toBeUndefined()
  })

  it('says in words whether a day is a rest day, closed, bookable or full', () => {
    expect(dayWords(day('2026-12-05', []))).toBe('休息')
    expect(dayWords(day('2026-12-01', [slot('09:00', 'closed')], '元旦放假'))).toBe('暂停')
    expect(dayWords(day('2026-12-01', [slot('09:00', 'open', 2), slot('09:30', 'open', 1), slot('10:00', 'full')]))).toBe('可预约')
    expect(dayWords(day('2026-12-01', [slot('09:00', 'full'), slot('09:30', 'tooLate')]))).toBe('约满')
  })

  it('names today and tomorrow on the date tiles, other days by their weekday', () => {
    expect(dayName('2026-11-30', '2026-11-30')).toBe('今天')
    expect(dayName('2026-12-01', '2026-11-30')).toBe('明天')
    expect(dayName('2026-12-02', '2026-11-30')).toBe('周三')
    expect(dayName('2027-01-01', '2026-12-31')).toBe('明天')
  })

  it('says how many places a slot has left, or why it cannot be booked', () => {
    expect(slotWords(slot('09:00', 'open', 3))).toBe('剩 3 个名额')
    expect(slotWords(slot('09:00', 'full'))).toBe('已满')
    expect(slotWords(slot('09:00', 'closed'))).toBe('暂停')
    expect(slotWords(slot('09:00', 'tooLate'))).toBe('已过')
  })

  it('has nothing to book until a time is chosen, then books exactly that place, day and time', () => {
    const monday = day('2026-12-01', [slot('09:00', 'open', 1)])
    expect(toBookInput('svc-juzhuzheng', 'hall', monday, null)).toBeNull()
    expect(confirmText(monday, null)).toBe('请先选择时段')
    expect(toBookInput('svc-juzhuzheng', 'hall', monday, '09:00')).toEqual({ serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-01', time: '09:00' })
    expect(confirmText(monday, '09:00')).toBe('确认预约 12月1日 09:00')
  })

  it('accepts a complete booking and names a malformed time, by the affairs contract', () => {
    expect(problems({ serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-01', time: '09:00' })).toEqual({})
    expect(problems({ serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-01', time: '9点' })).toEqual({ time: '时间格式应为 HH:mm' })
  })
})
