/**
 * 助餐: the kitchen publishes menus; the senior or linked family (or staff, for a walk-in) order one meal or a
 * repeat; each meal's places go through the kernel claim and each (senior, day, meal) is one order.
 */
import type { eldercare } from '@/shared/contracts/eldercare'
import {
  beforeCutoff,
  closedMessage,
  DEFAULT_CUTOFF,
  dietaryConflicts,
  dietNeeds,
  lockedMessage,
  menuId,
  priceFor,
  priorityMarks,
  repeatDays,
  statementOf,
  tierOf,
  type Weekday,
  yuan,
} from '@/shared/domain/eldercare/meals'
import { atShanghai, dayLabel, shanghaiDay } from '@/shared/time'
import { claim, release, resize } from '../../_kernel/claim'
import { AppError, isDuplicateKey } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { fetchPage, iso } from '../../_kernel/paging'
import * as repo from '../repo'
import { isStaff, menuView, mirrorOrder, mustAccess, nameOf, orderView } from '../views'

type A = Actions<typeof eldercare>

export const publishMenu: A['publishMenu'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  if (input.day < shanghaiDay(ctx.now)) throw new AppError('INVALID_INPUT', '不能发布已过去日期的菜单', { day: '请选择今天或以后的日期' })
  const cutoff = input.cutoff ?? DEFAULT_CUTOFF[input.meal]
  const cutoffAt = atShanghai(input.day, cutoff.time).subtract(cutoff.daysBefore, 'day').toDate()
  const id = menuId(input.day, input.meal)
  const fields = { dishes: input.dishes, prices: input.prices, subsidy: input.subsidy, cutoff, cutoffAt, publishedBy: actorId, updatedAt: ctx.now }
  const existing = await repo.getMenu(id)
  if (!existing) {
    const doc: repo.MenuDoc = { _id: id, day: input.day, meal: input.meal, places: input.places, taken: 0, placesLeft: input.places, createdAt: ctx.now, ...fields }
    try {
      await repo.insertMenu(doc)
      return menuView(doc, ctx.now)
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      throw new AppError('CONFLICT', '这一餐的菜单刚刚由其他同事发布，请刷新后修改')
    }
  }
  // changing the places goes through the claim's resize: never below what families already ordered
  if (!(await resize(repo.mealPool(existing), input.places, fields))) {
    throw new AppError('CONFLICT', `已有 ${existing.taken} 份订餐，份数不能少于此数`, { places: `至少 ${existing.taken} 份` })
  }
  const updated = { ...existing, ...fields, places: input.places, placesLeft: existing.placesLeft + input.places - existing.places }
  return menuView(updated, ctx.now)
}

/** Menus of a date range; for a senior, with the dishes that clash with their needs, their price and their orders. */
export const listMenus: A['listMenus'] = async ({ from, to, seniorId }, ctx) => {
  const { actorId } = who(ctx)
  const [menus, forSenior] = await Promise.all([repo.menusBetween(from, to), seniorId ? repo.seniorWithOrders(seniorId, actorId, from, to) : null])
  if (forSenior) mustAccess(forSenior.senior, actorId, forSenior.caller)
  const senior = forSenior?.senior ?? null
  const ordered = new Set((forSenior?.orders ?? []).filter((o) => o.status !== 'cancelled').map((o) => o.menuId))
  return {
    menus: menus.map((m) => ({
      ...menuView(m, ctx.now),
      conflicts: senior ? dietaryConflicts(senior.diet, m.dishes) : [],
      dueText: senior ? yuan(priceFor(m.prices, m.subsidy, tierOf(senior, m.day)).due) : null,
      ordered: ordered.has(m._id),
    })),
  }
}

type Failed = { day: string; dayText: string; reason: string }

/**
 * One meal or a repeat (chosen weekdays over a range): each day is claimed on its own, so a full or closed
 * day is reported and the others kept. One meal: 4 requests (read, claim, order, 我的).
 */
export const placeMealOrder: A['placeMealOrder'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const days = input.to ? repeatDays(input.from, input.to, (input.weekdays ?? [1, 2, 3, 4, 5, 6, 7]) as Weekday[]) : [input.from]
  if (!days.length) throw new AppError('INVALID_INPUT', '所选日期范围内没有所选的星期', { weekdays: '请至少选择范围内的一天' })
  const read = await repo.menusWithSenior(
    days.map((d) => menuId(d, input.meal)),
    input.seniorId,
    actorId,
  )
  // no menu at all: the senior is read on its own, so a stranger still learns nothing but FORBIDDEN
  const { senior, caller } = read.menus.length ? read : await repo.seniorWithCaller(input.seniorId, actorId)
  const standing = mustAccess(senior, actorId, caller)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  const byId = new Map(read.menus.map((m) => [m._id, m]))
  const placed: repo.OrderDoc[] = []
  const failed: Failed[] = []
  const fail = (day: string, reason: string) => {
    const { date, weekday } = dayLabel(day)
    failed.push({ day, dayText: `${date} ${weekday}`, reason })
  }
  for (const day of days) {
    const menu = byId.get(menuId(day, input.meal))
    if (!menu) {
      fail(day, '当天还没有发布菜单')
      continue
    }
    if (!beforeCutoff(new Date(menu.cutoffAt), ctx.now)) {
      fail(day, closedMessage(new Date(menu.cutoffAt)))
      continue
    }
    const price = priceFor(menu.prices, menu.subsidy, tierOf(senior, day))
    const doc: repo.OrderDoc = {
      _id: repo.orderId(menu._id, senior._id),
      menuId: menu._id,
      day,
      month: day.slice(0, 7),
      meal: input.meal,
      seniorId: senior._id,
      seniorName: senior.name,
      community: senior.community,
      building: senior.building,
      unit: senior.unit,
      room: senior.room,
      phone: senior.phone,
      actorId,
      actorName: nameOf(caller),
      onBehalf: standing !== 'self',
      mode: input.mode,
      payment: input.payment,
      ...price,
      diet: dietNeeds(senior.diet),
      needs: { diabetic: senior.diet.diabetic, lowSalt: senior.diet.lowSalt, softFood: senior.diet.softFood, allergic: !!senior.diet.allergies.trim() },
      marks: priorityMarks(senior, day),
      status: 'ordered',
      cutoffAt: menu.cutoffAt,
      dishes: menu.dishes.map((d) => d.name),
      doneBy: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }
    const outcome = await orderOne(menu, doc)
    if (outcome === 'full') fail(day, '这一餐已订满')
    else {
      placed.push(outcome.order)
      if (outcome.fresh) await mirrorOrder(outcome.order, ctx.now)
    }
  }
  return { placed: placed.map((o) => orderView(o, ctx.now)), failed }
}

/** Claims a place and writes the order; a second order for the same senior and meal finds the first. */
async function orderOne(menu: repo.MenuDoc, doc: repo.OrderDoc): Promise<'full' | { order: repo.OrderDoc; fresh: boolean }> {
  const pool = repo.mealPool(menu)
  if (!(await claim(pool))) {
    // the last place may be this senior's own (a retry after a lost reply)
    const existing = await repo.getOrder(doc._id)
    return existing && existing.status !== 'cancelled' ? { order: existing, fresh: false } : 'full'
  }
  try {
    await repo.insertOrder(doc)
    return { order: doc, fresh: true }
  } catch (error) {
    if (!isDuplicateKey(error)) {
      await release(pool)
      throw error
    }
  }
  const { _id, createdAt: _c, ...fresh } = doc
  // ordering again after cancelling: the cancelled order comes back with the place just claimed
  if (await repo.moveOrder(_id, ['cancelled'], fresh)) return { order: doc, fresh: true }
  await release(pool)
  const existing = await repo.getOrder(_id)
  if (!existing) throw new AppError('CONFLICT', '订餐冲突，请重试')
  return { order: existing, fresh: false }
}

export const cancelMealOrder: A['cancelMealOrder'] = async ({ orderId }, ctx) => {
  const { actorId } = who(ctx)
  const { order, senior, caller } = await repo.orderWithCaller(orderId, actorId)
  if (!order) throw new AppError('NOT_FOUND', '没有找到这份订餐')
  mustAccess(senior, actorId, caller)
  if (order.status === 'cancelled') return orderView(order, ctx.now)
  if (order.status !== 'ordered') throw new AppError('CONFLICT', '这份餐已经送出，不能取消')
  if (!beforeCutoff(new Date(order.cutoffAt), ctx.now)) throw new AppError('CONFLICT', lockedMessage(new Date(order.cutoffAt)))
  if (!(await repo.moveOrder(orderId, ['ordered'], { status: 'cancelled', doneBy: actorId, updatedAt: ctx.now }))) {
    return orderView((await repo.getOrder(orderId)) ?? order, ctx.now)
  }
  const cancelled = { ...order, status: 'cancelled' as const, actorId }
  await release({ collection: 'meal_menus', id: order.menuId, taken: 'taken', capacity: 0, left: 'placesLeft' })
  await mirrorOrder(cancelled, ctx.now)
  return orderView(cancelled, ctx.now)
}

export const myMealOrders: A['myMealOrders'] = async ({ seniorId, upcoming, ...page }, ctx) => {
  const { actorId } = who(ctx)
  const { senior, caller } = await repo.seniorWithCaller(seniorId, actorId)
  mustAccess(senior, actorId, caller)
  return fetchPage(repo.ordersOfSenior(seniorId, upcoming ? shanghaiDay(ctx.now) : null), page, (o: repo.OrderDoc) => orderView(o, ctx.now))
}

/** A month's meals, subsidy used and amount due; staff mark it settled (按月结算). */
export const monthlyStatement: A['monthlyStatement'] = async ({ seniorId, month, settle }, ctx) => {
  const { actorId } = who(ctx)
  const { senior, caller } = await repo.seniorWithCaller(seniorId, actorId)
  mustAccess(senior, actorId, caller)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  if (settle && !isStaff(caller)) throw new AppError('FORBIDDEN', '只有中心工作人员可以标记结清')
  const [orders, stored] = await Promise.all([repo.ordersOfMonth(seniorId, month), repo.getStatement(`${seniorId}_${month}`)])
  const sum = statementOf(orders)
  let settledAt: Date | null = stored?.settledAt ?? null
  if (settle && !settledAt) {
    settledAt = ctx.now
    await repo.settleStatement(`${seniorId}_${month}`, { seniorId, month, ...sum, settledAt, settledBy: actorId })
  }
  return {
    seniorName: senior.name,
    month,
    ...sum,
    totalText: yuan(sum.total),
    subsidyText: yuan(sum.subsidy),
    dueText: yuan(sum.due),
    settled: !!settledAt,
    settledAt: iso(settledAt),
    lines: orders.sort((a, b) => a.day.localeCompare(b.day) || a.meal.localeCompare(b.meal)).map((o) => orderView(o, ctx.now)),
  }
}
