/**
 * 全街道实时数据 on the command view: the other centers' live figures the street needs at a glance. Each figure is
 * one count (or sum) over another center's collection, through an index that center declares in its manifest;
 * the function reads them all in one database request (an aggregate with one $lookup per figure). Pure: what
 * to count, for `now`; and how a count reads.
 *
 * The figures are listed here per center; they belong in each center's manifest (`figures`) once the manifests
 * carry them — this list is what each would declare.
 */
import type { CenterCode } from '../centers'
import { atShanghai, shanghaiDay } from '../../time'
import { weekOf } from './rates'

/** One condition on a field: equal, one of, or a range (the repo turns these into the database's commands). */
export type Condition = { eq: string | number | boolean } | { in: Array<string | number> } | { gte?: Date | string; lt?: Date | string }

export interface FigureQuery {
  /** what the figure is called in the result */
  key: string
  center: CenterCode
  collection: string
  where: Record<string, Condition>
  /** fields summed beside the count (e.g. capacity and seats taken, for a fill rate) */
  sums?: string[]
}

export interface CountedFigure {
  key: string
  count: number
  sums: Record<string, number>
}

export interface StreetFigure {
  center: CenterCode
  label: string
  value: string
  /** what it counts, in a few words */
  note: string
  /** worth a look: something is late or missing */
  alert: boolean
}

const BOOKED = ['booked', 'checkedIn', 'serving', 'done', 'noShow']
const WAITING_APPLICATIONS = ['submitted', 'accepted', 'forwarded']
/** an application waiting longer than this is shown as overdue (affairs promises no deadline of its own) */
export const APPLICATION_WAIT_DAYS = 7
/** a legal-aid deadline this close (or past) counts as near */
export const LEGAL_NEAR_DAYS = 3
const DAY_MS = 86_400_000

/** The counts the command view reads for `now`. */
export function figureQueries(now: Date): FigureQuery[] {
  const today = shanghaiDay(now)
  const monday = atShanghai(weekOf(now)).toDate()
  const nextMonday = new Date(monday.getTime() + 7 * DAY_MS)
  return [
    { key: 'appointmentsToday', center: 'affairs', collection: 'affairs_bookings', where: { day: { eq: today }, status: { in: BOOKED } } },
    { key: 'noShowsToday', center: 'affairs', collection: 'affairs_bookings', where: { day: { eq: today }, status: { eq: 'noShow' } } },
    { key: 'applicationsWaiting', center: 'affairs', collection: 'affairs_applications', where: { status: { in: WAITING_APPLICATIONS } } },
    {
      key: 'applicationsOverdue',
      center: 'affairs',
      collection: 'affairs_applications',
      where: { status: { in: WAITING_APPLICATIONS }, submittedAt: { lt: new Date(now.getTime() - APPLICATION_WAIT_DAYS * DAY_MS) } },
    },
    { key: 'activitiesThisWeek', center: 'culture', collection: 'activities', where: { status: { eq: 'published' }, startAt: { gte: monday, lt: nextMonday } }, sums: ['capacity', 'taken'] },
    { key: 'mealsToday', center: 'eldercare', collection: 'meal_menus', where: { day: { eq: today } }, sums: ['taken', 'places'] },
    // legal aid's board key: '0' + the running deadline (ISO), so a range on it is "a deadline before then"
    { key: 'legalNearDeadline', center: 'legal', collection: 'legal_aid', where: { open: { eq: true }, boardKey: { gte: '0', lt: `0${new Date(now.getTime() + LEGAL_NEAR_DAYS * DAY_MS).toISOString()}` } } },
  ]
}

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—')

/** How the counts read on the command view. */
export function streetFigures(counted: readonly CountedFigure[]): StreetFigure[] {
  const of = (key: string): CountedFigure => counted.find((c) => c.key === key) ?? { key, count: 0, sums: {} }
  const appointments = of('appointmentsToday')
  const noShows = of('noShowsToday')
  const waiting = of('applicationsWaiting')
  const overdue = of('applicationsOverdue')
  const activities = of('activitiesThisWeek')
  const meals = of('mealsToday')
  const legal = of('legalNearDeadline')
  return [
    { center: 'affairs', label: '今日窗口预约', value: `${appointments.count} 人`, note: `其中未到 ${noShows.count} 人`, alert: false },
    { center: 'affairs', label: '代办申请待办', value: `${waiting.count} 件`, note: `超过 ${APPLICATION_WAIT_DAYS} 天未办结 ${overdue.count} 件`, alert: overdue.count > 0 },
    {
      center: 'culture',
      label: '本周活动',
      value: `${activities.count} 场`,
      note: `报名率 ${percent(activities.sums.taken ?? 0, activities.sums.capacity ?? 0)}（${activities.sums.taken ?? 0}/${activities.sums.capacity ?? 0} 个名额）`,
      alert: false,
    },
    { center: 'eldercare', label: '今日助餐订餐', value: `${meals.sums.taken ?? 0} 份`, note: `共 ${meals.sums.places ?? 0} 份可订`, alert: false },
    { center: 'legal', label: '法律援助临近时限', value: `${legal.count} 件`, note: `${LEGAL_NEAR_DAYS} 日内到期或已超期`, alert: legal.count > 0 },
  ]
}
