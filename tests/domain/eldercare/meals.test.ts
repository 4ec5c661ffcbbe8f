import {
  compareStops,
  dietaryConflicts,
  lockedMessage,
  nextWeek,
  orderCutoff,
  priceFor,
  priorityMarks,
  repeatDays,
  statementOf,
  tierOf,
} from '@/shared/domain/eldercare/meals'
import { searchKind, validIdNumber, fromIdNumber, maskIdNumber } from '@/shared/domain/eldercare/seniors'
import { registerRow } from '@/shared/domain/eldercare/register'

const diet = { diabetic: false, lowSalt: false, softFood: false, allergies: '' }

describe('order cutoff', () => {
  it('closes lunch at 09:00 Shanghai time on the same day', () => {
    expect(orderCutoff('2026-12-02', 'lunch').toISOString()).toBe('2026-12-02T01:00:00.000Z')
  })
  it('closes dinner at 16:00 Shanghai time the day before', () => {
    expect(orderCutoff('2026-12-02', 'dinner').toISOString()).toBe('2026-12-01T08:00:00.000Z')
  })
  it('takes the kitchen’s own cutoff when it sets one', () => {
    expect(orderCutoff('2026-12-02', 'lunch', { daysBefore: 1, time: '18:00' }).toISOString()).toBe('2026-12-01T10:00:00.000Z')
  })
  it('says when the order was locked in Shanghai time', () => {
    expect(lockedMessage(orderCutoff('2026-12-02', 'lunch'))).toBe('已过截止时间（12月2日 周三 09:00），订单已锁定，如有变化请致电中心')
  })
})

describe('repeat ordering', () => {
  it('orders Monday to Friday of next week from a Sunday evening', () => {
    const week = nextWeek(new Date('2026-11-29T13:00:00Z'))
    expect(week).toEqual({ from: '2026-11-30', to: '2026-12-04', weekdays: [1, 2, 3, 4, 5] })
    expect(repeatDays(week.from, week.to, week.weekdays)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'])
  })
  it('treats a Monday just after midnight in Shanghai as this week, even while UTC is still on Sunday', () => {
    expect(nextWeek(new Date('2026-11-29T16:30:00Z')).from).toBe('2026-12-07')
  })
  it('keeps only the chosen weekdays and never more than 31 days', () => {
    expect(repeatDays('2026-12-01', '2026-12-14', [2, 4])).toEqual(['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10'])
    expect(repeatDays('2026-12-01', '2027-03-01', [1, 2, 3, 4, 5, 6, 7])).toHaveLength(31)
  })
})

describe('prices', () => {
  const prices = { special: 1000, senior: 1200, resident: 1500 }
  it('gives seniors with a subsidy category the special tier and takes the subsidy off', () => {
    const tier = tierOf({ subsidy: 'dibao', birthDate: '1950-01-01' }, '2026-12-01')
    expect(priceFor(prices, 300, tier)).toEqual({ tier: 'special', price: 1000, subsidy: 300, due: 700 })
  })
  it('charges other seniors their tier price without the subsidy', () => {
    expect(priceFor(prices, 300, tierOf({ subsidy: 'none', birthDate: '1960-12-01' }, '2026-12-01'))).toEqual({ tier: 'senior', price: 1200, subsidy: 0, due: 1200 })
  })
  it('charges someone under 60 the resident price', () => {
    expect(tierOf({ subsidy: 'none', birthDate: '1966-12-02' }, '2026-12-01')).toBe('resident')
  })
  it('never lets a subsidy make a meal cost less than nothing', () => {
    expect(priceFor({ special: 200, senior: 1200, resident: 1500 }, 300, 'special').due).toBe(0)
  })
  it('sums a month of meals, leaving cancelled ones out', () => {
    const o = (status: 'ordered' | 'cancelled' | 'delivered' | 'notHome') => ({ status, price: 1000, subsidy: 300, due: 700 })
    expect(statementOf([o('delivered'), o('delivered'), o('cancelled'), o('ordered')])).toEqual({ meals: 3, total: 3000, subsidy: 900, due: 2100 })
  })
})

describe('dietary conflicts', () => {
  const dishes = [
    { name: '红烧肉', tags: ['sweet', 'salty'] as const, allergens: [] },
    { name: '虾仁豆腐', tags: [] as const, allergens: ['虾'] },
    { name: '香煎鸡排', tags: ['hard'] as const, allergens: [] },
  ].map((d) => ({ ...d, tags: [...d.tags] }))
  it('warns a diabetic, low-salt senior about the sweet and salty dish', () => {
    expect(dietaryConflicts({ ...diet, diabetic: true, lowSalt: true }, dishes)).toEqual([
      { dish: '红烧肉', reason: '含糖较高，不适合糖尿病老人' },
      { dish: '红烧肉', reason: '偏咸，不适合低盐饮食' },
    ])
  })
  it('finds an allergy written in the family’s own words', () => {
    expect(dietaryConflicts({ ...diet, allergies: '对虾过敏' }, dishes)).toEqual([{ dish: '虾仁豆腐', reason: '含对虾，老人对此过敏' }])
    expect(dietaryConflicts({ ...diet, allergies: '虾、花生' }, dishes)).toEqual([{ dish: '虾仁豆腐', reason: '含虾，老人对此过敏' }])
  })
  it('warns a senior on soft food about hard dishes and says nothing when there is no need', () => {
    expect(dietaryConflicts({ ...diet, softFood: true }, dishes).map((c) => c.dish)).toEqual(['香煎鸡排'])
    expect(dietaryConflicts(diet, dishes)).toEqual([])
  })
})

describe('delivery order', () => {
  it('marks the very old, the disabled and those living alone', () => {
    expect(priorityMarks({ birthDate: '1945-01-01', subsidy: 'none', living: 'alone', mobility: 'wheelchair' }, '2026-12-01')).toEqual(['80+', '失能', '独居'])
  })
  it('goes by community and building, priority stops first in a building, then unit and room in number order', () => {
    const stop = (building: string, room: string, marks: string[] = []) => ({ community: '黄河西路第二社区', building, unit: '1', room, marks })
    const sorted = [stop('10号楼', '101'), stop('5号楼', '1001'), stop('5号楼', '201'), stop('5号楼', '602', ['独居'])].sort(compareStops)
    expect(sorted.map((s) => `${s.building}${s.room}`)).toEqual(['5号楼602', '5号楼201', '5号楼1001', '10号楼101'])
  })
})

describe('senior records', () => {
  it('checks the ID number’s check digit and reads birth date and gender from it', () => {
    expect(validIdNumber('370102194803122344')).toBe(true)
    expect(validIdNumber('370102194803122348')).toBe(false)
    expect(fromIdNumber('370102194803122344')).toEqual({ birthDate: '1948-03-12', gender: 'female' })
    expect(maskIdNumber('370102194803122344')).toBe('370***********2344')
  })
  it('tells a phone tail, pinyin initials, a building and a name apart', () => {
    expect(searchKind('0001')).toEqual({ kind: 'phoneTail', value: '0001' })
    expect(searchKind('WXL')).toEqual({ kind: 'initials', value: 'wxl' })
    expect(searchKind('5栋')).toEqual({ kind: 'building', value: '5号楼' })
    expect(searchKind('王秀')).toEqual({ kind: 'name', value: '王秀' })
  })
  it('reads a register row in the words staff use', () => {
    const row = registerRow({ 姓名: '王秀兰', 身份证号: '370102194803122344', 社区: '黄河西路第二社区', 楼栋: '5', 房间: '302', 居住情况: '独居', 饮食需要: '糖尿病，少盐', 补贴类别: '80岁以上高龄' })
    expect(row).toMatchObject({ gender: 'female', birthDate: '1948-03-12', living: 'alone', subsidy: 'aged80', diet: { diabetic: true, lowSalt: true, softFood: false } })
  })
})
