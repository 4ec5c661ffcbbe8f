import type { BookingPolicy, OpeningRule } from '@/shared/domain/booking/slots'
import { slotsForDay } from '@/shared/domain/booking/slots'
import { cancelRefusal, canMove, isoWeekday, moveRefusal, overlapRefusal, providersOn, ruleOn, scheduleText, stepText } from '@/shared/domain/eldercare/home-services'

const rule: OpeningRule = { weekdays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '11:00' }], slotMinutes: 60, windows: 1 }
const policy: BookingPolicy = { minNoticeMinutes: 240, horizonDays: 14, cancelCutoffMinutes: 240, maxActivePerPerson: 3 }
const liu = { id: 'p1', name: '刘芳', weekdays: [1, 3, 5] }
const ma = { id: 'p2', name: '马丽', weekdays: [2, 4] }
const gao = { id: 'p3', name: '高建军', weekdays: [2] }
// Monday 2026-11-30 08:00 in Shanghai
const now = new Date('2026-11-30T00:00:00Z')

describe('home services on the slot engine', () => {
  it('reads a Shanghai day’s weekday whatever the process zone', () => {
    expect(isoWeekday('2026-11-30')).toBe(1)
    expect(isoWeekday('2026-12-06')).toBe(7)
  })

  it('gives a slot one place per provider on duty that weekday', () => {
    expect(ruleOn(rule, [liu, ma, gao], '2026-12-01').windows).toBe(2)
    expect(ruleOn(rule, [liu, ma, gao], '2026-12-02').windows).toBe(1)
    expect(providersOn([liu, ma, gao], '2026-12-01').map((p) => p.name)).toEqual(['马丽', '高建军'])
  })

  it('offers no slots on a day nobody is on duty, even inside the opening hours', () => {
    expect(slotsForDay('2026-12-05', ruleOn(rule, [liu, ma], '2026-12-05'), [], {}, policy, now)).toEqual([])
    expect(slotsForDay('2026-12-01', ruleOn({ ...rule, weekdays: [1] }, [ma], '2026-12-01'), [], {}, policy, now)).toEqual([])
    expect(slotsForDay('2026-12-01', ruleOn(rule, [ma], '2026-12-01'), [], {}, policy, now).map((s) => s.time)).toEqual(['09:00', '10:00'])
  })

  it('states a provider’s weekdays in words', () => {
    expect(scheduleText([5, 1, 3])).toBe('周一、周三、周五')
    expect(scheduleText([])).toBe('暂无排班')
  })
})

describe('a home service booking’s steps', () => {
  it('is confirmed with a provider before it can be done or missed', () => {
    expect(canMove('booked', 'done')).toBe(false)
    expect(canMove('booked', 'confirmed')).toBe(true)
    expect(canMove('confirmed', 'notHome')).toBe(true)
    expect(canMove('done', 'cancelled')).toBe(false)
  })

  // Tuesday 2026-12-01 09:00 in Shanghai
  const visit = new Date('2026-12-01T01:00:00Z')

  it('sends only a provider who works that day', () => {
    expect(moveRefusal('booked', 'confirmed', null, '2026-12-01', visit, now)).toBe('请选择上门的服务人员')
    expect(moveRefusal('booked', 'confirmed', liu, '2026-12-01', visit, now)).toBe('刘芳当天不排班，请选择当天在岗的服务人员')
    expect(moveRefusal('booked', 'confirmed', ma, '2026-12-01', visit, now)).toBeNull()
    expect(moveRefusal('cancelled', 'done', null, '2026-12-01', visit, now)).toBe('这次服务已是「已取消」，不能改为「已完成」')
  })

  it('marks 已完成 or 上门未遇 only once the visit has begun (Shanghai time)', () => {
    expect(moveRefusal('confirmed', 'done', null, '2026-12-01', visit, new Date('2026-12-01T00:59:00Z'))).toBe('还没到上门时间（12月1日 周二 09:00），上门后才能标记「已完成」')
    expect(moveRefusal('confirmed', 'notHome', null, '2026-12-01', visit, now)).toBe('还没到上门时间（12月1日 周二 09:00），上门后才能标记「上门未遇」')
    expect(moveRefusal('confirmed', 'done', null, '2026-12-01', visit, visit)).toBeNull()
    expect(moveRefusal('confirmed', 'notHome', null, '2026-12-01', visit, new Date('2026-12-01T03:00:00Z'))).toBeNull()
    // sending someone or cancelling stays possible before the visit
    expect(moveRefusal('confirmed', 'cancelled', null, '2026-12-01', visit, now)).toBeNull()
    expect(moveRefusal('booked', 'confirmed', ma, '2026-12-01', visit, now)).toBeNull()
  })

  it('refuses a visit overlapping another standing visit of the same senior, naming it', () => {
    const cleaning = { serviceName: '保洁', start: visit, end: new Date('2026-12-01T03:00:00Z') } // 09:00–11:00
    const at = (h: string, minutes: number) => {
      const start = new Date(`2026-12-01T${h}:00Z`)
      return [start, new Date(start.getTime() + minutes * 60_000)] as const
    }
    expect(overlapRefusal('王秀兰', ...at('01', 60), [cleaning])).toBe('王秀兰在12月1日 周二 09:00已预约保洁，时间重叠，请选择其他时段')
    expect(overlapRefusal('王秀兰', ...at('02', 60), [cleaning])).not.toBeNull()
    expect(overlapRefusal('王秀兰', ...at('03', 60), [cleaning])).toBeNull()
    expect(overlapRefusal('王秀兰', ...at('00', 60), [cleaning])).toBeNull()
    // an older record without its end counts as an hour
    expect(overlapRefusal('王秀兰', ...at('01', 30), [{ serviceName: '理发', start: new Date('2026-12-01T00:30:00Z') }])).not.toBeNull()
    expect(overlapRefusal('王秀兰', ...at('02', 30), [{ serviceName: '理发', start: visit }])).toBeNull()
  })

  it('lets the family cancel until four hours before, and staff at any time', () => {
    const start = new Date('2026-12-01T06:00:00Z') // 14:00 Shanghai
    expect(cancelRefusal('booked', start, policy, false, new Date('2026-12-01T01:59:00Z'))).toBeNull()
    expect(cancelRefusal('confirmed', start, policy, false, new Date('2026-12-01T02:01:00Z'))).toBe('上门前 4 小时内不能在线取消，请致电中心')
    expect(cancelRefusal('confirmed', start, policy, true, new Date('2026-12-01T05:59:00Z'))).toBeNull()
    expect(cancelRefusal('done', start, policy, true, now)).toBe('这次服务已完成，不能取消')
  })

  it('tells the family who is coming', () => {
    expect(stepText('confirmed', '马丽')).toBe('已派马丽上门')
    expect(stepText('notHome', null)).toBe('上门未遇')
  })
})
