/** Staff's daily sheet: each meal's orders in delivery order with the kitchen's counts; deliveries marked; xlsx export. */
import type { eldercare } from '@/shared/contracts/eldercare'
import { compareStops, MEAL_LABEL, menuId, ORDER_STATUS_TEXT } from '@/shared/domain/eldercare/meals'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { notifyAll, phrase, thing, when } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import { exportSheet } from '../../_kernel/sheets'
import * as repo from '../repo'
import { menuView, mirrorOrder, orderTitle, ordersLink, sheetRow } from '../views'

type A = Actions<typeof eldercare>

const byStop = (a: repo.OrderDoc, b: repo.OrderDoc) => compareStops(a, b)
const NO_COUNTS = { orders: 0, delivery: 0, diabetic: 0, lowSalt: 0, softFood: 0, allergies: 0, delivered: 0, notHome: 0 }

/** ≤ 3 requests a page: the menu, the page of orders, the counts. */
export const dailySheet: A['dailySheet'] = async ({ day, meal, export: wantExport, ...page }, ctx) => {
  const id = menuId(day, meal)
  const [{ menu, counts }, rows] = await Promise.all([
    repo.sheetCounts(id),
    wantExport ? null : fetchPage(repo.sheetOrders(id), page, (o: repo.OrderDoc) => o),
  ])
  let exportUrl: string | null = null
  if (wantExport) {
    const { data } = await repo.sheetOrders(id).limit(1000).get()
    const all = (data as repo.OrderDoc[]).sort(byStop).map(sheetRow)
    exportUrl = (
      await exportSheet(
        'meal-sheets',
        {
          name: `${day}${MEAL_LABEL[meal]}`,
          columns: [
            { header: '社区', value: (r) => r.community },
            { header: '地址', width: 20, value: (r) => r.address },
            { header: '老人', value: (r) => r.seniorName },
            { header: '电话', width: 14, value: (r) => r.phone },
            { header: '方式', value: (r) => r.mode },
            { header: '优先', value: (r) => r.marks.join('、') },
            { header: '饮食需要', width: 24, value: (r) => r.diet.join('、') },
            { header: '应付', value: (r) => r.dueText },
            { header: '付款', value: (r) => r.payment },
            { header: '状态', value: (r) => r.statusText },
          ],
          rows: all,
        },
        ctx.now,
      )
    ).url
  }
  const items = rows ? [...rows.items].sort(byStop).map(sheetRow) : []
  return {
    items,
    page: rows?.page ?? 1,
    pageSize: rows?.pageSize ?? page.pageSize,
    hasMore: rows?.hasMore ?? false,
    menu: menu ? menuView(menu, ctx.now) : null,
    counts: { ...NO_COUNTS, ...Object.fromEntries(Object.entries(counts).filter(([k]) => k in NO_COUNTS)) },
    exportUrl,
  }
}

/** Delivered or not home: the family (and the senior) are told once per outcome. */
export const markDelivered: A['markDelivered'] = async ({ orderId, outcome }, ctx) => {
  const { actorId } = who(ctx)
  const order = await repo.getOrder(orderId)
  if (!order || order.status === 'cancelled') throw new AppError('NOT_FOUND', '没有找到这份订餐，可能已被取消')
  if (order.status === outcome) return sheetRow(order)
  if (!(await repo.moveOrder(orderId, ['ordered', 'delivered', 'notHome'], { status: outcome, doneBy: actorId, updatedAt: ctx.now }))) {
    throw new AppError('CONFLICT', '这份订餐刚刚有变化，请刷新后再标记')
  }
  const marked = { ...order, status: outcome }
  const senior = await repo.getSenior(order.seniorId)
  const people = [order.actorId, ...(senior?.familyIds ?? []), ...(senior?.openid ? [senior.openid] : [])]
  await notifyAll(people, `meal_${orderId}_${outcome}`, 'mealDelivered', ordersLink(order.seniorId), {
    thing1: thing(`${order.seniorName} ${orderTitle(order)}`),
    phrase2: phrase(outcome === 'delivered' ? '已送达' : '未遇到老人'),
    time3: when(ctx.now),
    thing4: thing(outcome === 'delivered' ? '餐已送到老人家中' : '老人不在家，请联系老人或中心'),
  }, ctx.now)
  await mirrorOrder(marked, ctx.now)
  return { ...sheetRow(marked), statusText: ORDER_STATUS_TEXT[outcome] }
}
