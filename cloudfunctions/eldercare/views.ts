/** Who may see a senior, and how seniors, menus and orders are shown (sensitive fields masked unless allowed). */
import {
  ageOn,
  beforeCutoff,
  DISH_TAG_LABEL,
  dietNeeds,
  lockedMessage,
  MEAL_LABEL,
  MODE_LABEL,
  ORDER_STATUS_TEXT,
  PAYMENT_LABEL,
  priorityMarks,
  SUBSIDY_LABEL,
  yuan,
} from '@/shared/domain/eldercare/meals'
import { GENDER_LABEL, LINK_STATUS_TEXT, maskPhone, type Standing, standingOf } from '@/shared/domain/eldercare/seniors'
import { isStaffOf, type Role } from '@/shared/domain/roles'
import { dayLabel, formatForPeople, shanghaiDay } from '@/shared/time'
import type { Doc } from '../_kernel/cloud'
import { AppError } from '../_kernel/errors'
import { putMyItem } from '../_kernel/mine'
import { iso } from '../_kernel/paging'
import type { LinkDoc, MenuDoc, OrderDoc, SeniorDoc } from './repo'

export const isStaff = (caller: Doc | null) => isStaffOf((caller?.roles ?? []) as Role[], 'eldercare')
export const nameOf = (caller: Doc | null) => (caller?.profile?.name as string | undefined) ?? '（未填写姓名）'

/** The caller's standing toward a senior; FORBIDDEN for anyone not the senior, linked family or staff. */
export function mustAccess(senior: SeniorDoc | null, actorId: string, caller: Doc | null): Exclude<Standing, 'none'> {
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  const standing = standingOf(senior, actorId, isStaff(caller))
  if (standing === 'none') throw new AppError('FORBIDDEN', '您还没有关联这位老人，请先申请关联，经老人或中心确认后再操作')
  return standing
}

export function seniorRow(s: SeniorDoc, now: Date) {
  const today = shanghaiDay(now)
  return {
    id: s._id,
    name: s.name,
    gender: GENDER_LABEL[s.gender],
    age: ageOn(s.birthDate, today),
    community: s.community,
    building: s.building,
    phone: maskPhone(s.phone),
    marks: priorityMarks(s, today),
    diet: dietNeeds(s.diet),
  }
}

const ROLE_TEXT: Record<Standing, string> = { self: '本人', family: '家属', staff: '工作人员', none: '' }
export const actingText = (standing: Standing) => ROLE_TEXT[standing]

export function seniorView(s: SeniorDoc, standing: Exclude<Standing, 'none'>, family: LinkDoc[], now: Date) {
  return {
    ...seniorRow(s, now),
    birthDate: s.birthDate,
    idNumber: s.idNumber,
    unit: s.unit,
    room: s.room,
    phoneFull: s.phone,
    living: s.living,
    mobility: s.mobility,
    dietNeeds: s.diet,
    subsidy: s.subsidy,
    subsidyText: SUBSIDY_LABEL[s.subsidy],
    contacts: s.contacts,
    healthNotes: s.healthNotes,
    standing,
    family: family.map((l) => ({ linkId: l._id, name: l.familyName, relation: l.relation, status: l.status, statusText: LINK_STATUS_TEXT[l.status] })),
    updatedByText: `${formatForPeople(s.updatedAt)} 由${s.updatedByRole}更新`,
  }
}

export function linkView(l: LinkDoc) {
  return {
    linkId: l._id,
    seniorId: l.seniorId,
    seniorName: l.seniorName,
    familyName: l.familyName,
    relation: l.relation,
    status: l.status,
    statusText: LINK_STATUS_TEXT[l.status],
    requestedAt: iso(l.requestedAt),
  }
}

export function menuView(m: MenuDoc, now: Date) {
  const { date, weekday } = dayLabel(m.day)
  return {
    id: m._id,
    day: m.day,
    meal: m.meal,
    mealText: MEAL_LABEL[m.meal],
    dayText: `${date} ${weekday}`,
    dishes: m.dishes.map((d) => ({ ...d, tagText: d.tags.map((t) => DISH_TAG_LABEL[t]).join('、') })),
    places: m.places,
    placesLeft: m.placesLeft,
    prices: m.prices,
    subsidy: m.subsidy,
    cutoffAt: iso(m.cutoffAt),
    cutoffText: `${formatForPeople(m.cutoffAt)} 截止`,
    open: beforeCutoff(new Date(m.cutoffAt), now) && m.placesLeft > 0,
  }
}

export function orderTitle(o: Pick<OrderDoc, 'day' | 'meal'>) {
  const { date, weekday } = dayLabel(o.day)
  return `${date} ${weekday} ${MEAL_LABEL[o.meal]}`
}

export function orderView(o: OrderDoc, now: Date) {
  const open = beforeCutoff(new Date(o.cutoffAt), now)
  return {
    id: o._id,
    seniorId: o.seniorId,
    seniorName: o.seniorName,
    day: o.day,
    meal: o.meal,
    title: orderTitle(o),
    mode: o.mode,
    modeText: MODE_LABEL[o.mode],
    payment: o.payment,
    paymentText: PAYMENT_LABEL[o.payment],
    tier: o.tier,
    price: o.price,
    subsidy: o.subsidy,
    due: o.due,
    dueText: yuan(o.due),
    status: o.status,
    statusText: ORDER_STATUS_TEXT[o.status],
    cutoffAt: iso(o.cutoffAt),
    canCancel: o.status === 'ordered' && open,
    lockedText: o.status === 'ordered' && !open ? lockedMessage(new Date(o.cutoffAt)) : null,
    orderedBy: o.onBehalf ? `${o.actorName}代订` : '本人订餐',
  }
}

/** The daily sheet's row: full address and phone, for the staff delivering (the sheet is staff-only). */
export function sheetRow(o: OrderDoc) {
  return {
    orderId: o._id,
    seniorName: o.seniorName,
    community: o.community,
    address: `${o.building}${o.unit ? `${o.unit}单元` : ''}${o.room}`,
    phone: o.phone,
    mode: MODE_LABEL[o.mode],
    diet: o.diet,
    marks: o.marks,
    status: o.status,
    statusText: ORDER_STATUS_TEXT[o.status],
    dueText: yuan(o.due),
    payment: PAYMENT_LABEL[o.payment],
  }
}

export const ordersLink = (seniorId: string) => `/centers/eldercare/pages/orders/index?seniorId=${seniorId}`

/** 我的: the order shows for whoever placed it (a family member ordering for a parent sees it in their own 我的). */
export function mirrorOrder(o: OrderDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: o.actorId,
      center: 'eldercare',
      kind: 'meal',
      refId: o._id,
      title: `助餐：${o.seniorName} ${MEAL_LABEL[o.meal]}`,
      status: o.status,
      statusText: ORDER_STATUS_TEXT[o.status],
      nextAt: o.status === 'ordered' ? o.cutoffAt : null,
      whenText: orderTitle(o),
      place: o.mode === 'delivery' ? `送餐上门 ${o.community}${o.building}` : MODE_LABEL[o.mode],
      link: ordersLink(o.seniorId),
    },
    now,
  )
}
