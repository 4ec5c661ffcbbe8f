/**
 * 助餐 rules: when a meal may still be ordered or cancelled, which days a repeat order covers, what a senior
 * pays, which dishes clash with their dietary needs and in what order the deliveries go. Pure: every rule
 * takes `now` and decides in Asia/Shanghai.
 */
import { atShanghai, formatForPeople, inShanghai, shanghaiDay } from '../../time'

export const MEALS = ['lunch', 'dinner'] as const
export type Meal = (typeof MEALS)[number]
export const MEAL_LABEL: Record<Meal, string> = { lunch: '午餐', dinner: '晚餐' }

/** The order cutoff: `daysBefore` the meal's day at `time` (Shanghai wall clock). */
export interface CutoffRule {
  daysBefore: number
  time: string
}

/** 午餐当天 09:00 截止，晚餐前一天 16:00 截止 (the kitchen buys the evening's food the afternoon before). */
export const DEFAULT_CUTOFF: Record<Meal, CutoffRule> = {
  lunch: { daysBefore: 0, time: '09:00' },
  dinner: { daysBefore: 1, time: '16:00' },
}

export function menuId(day: string, meal: Meal): string {
  return `${day}_${meal}`
}

export function orderCutoff(day: string, meal: Meal, rule: CutoffRule = DEFAULT_CUTOFF[meal]): Date {
  return atShanghai(day, rule.time).subtract(rule.daysBefore, 'day').toDate()
}

/** Ordering and cancelling are open until the cutoff itself. */
export function beforeCutoff(cutoffAt: Date, now: Date): boolean {
  return now.getTime() < cutoffAt.getTime()
}

export function lockedMessage(cutoffAt: Date): string {
  return `已过截止时间（${formatForPeople(cutoffAt)}），订单已锁定，如有变化请致电中心`
}

export function closedMessage(cutoffAt: Date): string {
  return `已过订餐截止时间（${formatForPeople(cutoffAt)}），请选择其他日期`
}

/** Weekdays as people name them: 1 = 周一 … 7 = 周日. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
export const WEEKDAY_LABEL: Record<Weekday, string> = { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' }
export const MAX_REPEAT_DAYS = 31

/** The days of a repeat order: every chosen weekday from `from` to `to` (inclusive), at most 31 days apart. */
export function repeatDays(from: string, to: string, weekdays: readonly Weekday[]): string[] {
  const start = atShanghai(from)
  const end = atShanghai(to)
  const days: string[] = []
  for (let d = start, i = 0; !d.isAfter(end) && i < MAX_REPEAT_DAYS; d = d.add(1, 'day'), i++) {
    const weekday = (d.day() === 0 ? 7 : d.day()) as Weekday
    if (weekdays.includes(weekday)) days.push(d.format('YYYY-MM-DD'))
  }
  return days
}

/** 下周一到下周五: what a family most often orders. */
export function nextWeek(now: Date): { from: string; to: string; weekdays: Weekday[] } {
  const today = inShanghai(now)
  const weekday = today.day() === 0 ? 7 : today.day()
  const monday = atShanghai(shanghaiDay(now)).add(8 - weekday, 'day')
  return { from: monday.format('YYYY-MM-DD'), to: monday.add(4, 'day').format('YYYY-MM-DD'), weekdays: [1, 2, 3, 4, 5] }
}

// ---- prices ------------------------------------------------------------------------------------------------------

export const TIERS = ['special', 'senior', 'resident'] as const
export type Tier = (typeof TIERS)[number]
export const TIER_LABEL: Record<Tier, string> = { special: '特殊困难老人', senior: '其他老人', resident: '其他居民' }

export const SUBSIDY_CATEGORIES = ['dibao', 'disabled', 'aged80', 'other', 'none'] as const
export type SubsidyCategory = (typeof SUBSIDY_CATEGORIES)[number]
export const SUBSIDY_LABEL: Record<SubsidyCategory, string> = {
  dibao: '低保/特困',
  disabled: '失能',
  aged80: '80 岁以上高龄',
  other: '其他补贴',
  none: '无',
}

/** 特殊困难老人 are those with a subsidy category; other people 60 or over are 其他老人. */
export function tierOf(senior: { subsidy: SubsidyCategory; birthDate: string }, day: string): Tier {
  if (senior.subsidy !== 'none') return 'special'
  return ageOn(senior.birthDate, day) >= 60 ? 'senior' : 'resident'
}

export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [y, m, d] = day.split('-').map(Number)
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/** Prices in fen (分), so sums stay exact. */
export type Prices = Record<Tier, number>

export interface Price {
  tier: Tier
  /** the tier's price */
  price: number
  /** the per-meal subsidy this senior gets (special tier only; never more than the price) */
  subsidy: number
  /** what the family pays */
  due: number
}

/** Price = tier price − subsidy; the subsidy is for 特殊困难老人 and never makes a meal cost less than nothing. */
export function priceFor(prices: Prices, subsidy: number, tier: Tier): Price {
  const price = prices[tier]
  const off = tier === 'special' ? Math.min(subsidy, price) : 0
  return { tier, price, subsidy: off, due: price - off }
}

export function yuan(fen: number): string {
  return `${(fen / 100).toFixed(2).replace(/\.00$/, '')} 元`
}

// ---- dietary needs -----------------------------------------------------------------------------------------------

export const DISH_TAGS = ['sweet', 'salty', 'hard', 'spicy'] as const
export type DishTag = (typeof DISH_TAGS)[number]
export const DISH_TAG_LABEL: Record<DishTag, string> = { sweet: '含糖高', salty: '偏咸', hard: '偏硬', spicy: '辛辣' }

export interface Dish {
  name: string
  tags: DishTag[]
  /** what it contains that people are allergic to (花生, 虾 …) */
  allergens: string[]
}

export interface Diet {
  diabetic: boolean
  lowSalt: boolean
  softFood: boolean
  /** allergies as the family wrote them (e.g. "花生、海鲜") */
  allergies: string
}

export const NO_DIET: Diet = { diabetic: false, lowSalt: false, softFood: false, allergies: '' }

export function dietNeeds(diet: Diet): string[] {
  const out: string[] = []
  if (diet.diabetic) out.push('糖尿病')
  if (diet.lowSalt) out.push('低盐')
  if (diet.softFood) out.push('软食')
  if (diet.allergies.trim()) out.push(`过敏：${diet.allergies.trim()}`)
  return out
}

export interface Conflict {
  dish: string
  reason: string
}

const CLASHES: Array<[keyof Omit<Diet, 'allergies'>, DishTag, string]> = [
  ['diabetic', 'sweet', '含糖较高，不适合糖尿病老人'],
  ['lowSalt', 'salty', '偏咸，不适合低盐饮食'],
  ['softFood', 'hard', '偏硬，不适合需要软食的老人'],
]

/** Words of an allergy note: "花生、海鲜,虾" → 花生 / 海鲜 / 虾. */
function allergyWords(allergies: string): string[] {
  return allergies
    .split(/[,，、;；\s]+/)
    .map((w) => w.replace(/过敏$/, '').trim())
    .filter((w) => w.length > 0)
}

/** Which dishes clash with the senior's dietary needs, and why: the app warns before the order is placed. */
export function dietaryConflicts(diet: Diet, dishes: readonly Dish[]): Conflict[] {
  const words = allergyWords(diet.allergies)
  const out: Conflict[] = []
  for (const dish of dishes) {
    for (const [need, tag, reason] of CLASHES) if (diet[need] && dish.tags.includes(tag)) out.push({ dish: dish.name, reason })
    const hit = words.find((w) => dish.allergens.some((a) => a.includes(w) || w.includes(a)) || dish.name.includes(w))
    if (hit) out.push({ dish: dish.name, reason: `含${hit}，老人对此过敏` })
  }
  return out
}

// ---- delivery ----------------------------------------------------------------------------------------------------

export type Living = 'alone' | 'spouse' | 'family'
export type Mobility = 'independent' | 'assisted' | 'wheelchair' | 'bedridden'

/** 送餐优先: 80 岁以上, 失能或行动不便, 独居 — marked on the daily sheet and delivered first in their building. */
export function priorityMarks(senior: { birthDate: string; subsidy: SubsidyCategory; living: Living; mobility: Mobility }, day: string): string[] {
  const marks: string[] = []
  if (ageOn(senior.birthDate, day) >= 80) marks.push('80+')
  if (senior.subsidy === 'disabled' || senior.mobility === 'wheelchair' || senior.mobility === 'bedridden') marks.push('失能')
  if (senior.living === 'alone') marks.push('独居')
  return marks
}

export interface Stop {
  community: string
  building: string
  unit: string
  room: string
  marks: readonly string[]
}

const natural = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true })

/** Delivery order: by community and building (the route), priority stops first inside a building, then by unit and room. */
export function compareStops(a: Stop, b: Stop): number {
  return (
    natural(a.community, b.community) ||
    natural(a.building, b.building) ||
    Number(b.marks.length > 0) - Number(a.marks.length > 0) ||
    natural(a.unit, b.unit) ||
    natural(a.room, b.room)
  )
}

export const MODES = ['delivery', 'pickup', 'eatIn'] as const
export type Mode = (typeof MODES)[number]
export const MODE_LABEL: Record<Mode, string> = { delivery: '送餐上门', pickup: '到店自取', eatIn: '堂食' }

export const PAYMENTS = ['onDelivery', 'monthly'] as const
export type Payment = (typeof PAYMENTS)[number]
export const PAYMENT_LABEL: Record<Payment, string> = { onDelivery: '送达时付款', monthly: '按月结算' }

export const ORDER_STATUSES = ['ordered', 'cancelled', 'delivered', 'notHome'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]
export const ORDER_STATUS_TEXT: Record<OrderStatus, string> = { ordered: '已订餐', cancelled: '已取消', delivered: '已送达', notHome: '送餐未遇（不在家）' }

/** What a month's orders come to: meals eaten (delivered or handed over), subsidy used, amount due. */
export function statementOf(orders: ReadonlyArray<{ status: OrderStatus; price: number; subsidy: number; due: number }>) {
  const counted = orders.filter((o) => o.status === 'delivered' || o.status === 'ordered')
  return {
    meals: counted.length,
    total: counted.reduce((n, o) => n + o.price, 0),
    subsidy: counted.reduce((n, o) => n + o.subsidy, 0),
    due: counted.reduce((n, o) => n + o.due, 0),
  }
}
