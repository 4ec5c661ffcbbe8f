/** What every governance action shares: who the reader is to a report, its views, 我的, notices and the kept counters. */
import type { ReportDetail, ReportSummary } from '@/shared/contracts/governance'
import { deadlineText } from '@/shared/domain/governance/spans'
import { countersDelta, type CounterEvent, weekOf } from '@/shared/domain/governance/rates'
import { isOpen, mayCallReporter, mayRate, possibleMoves, REPORT_STATUS_TEXT, type Mover, type ReportStatus, type Viewer } from '@/shared/domain/governance/reports'
import { isStaffOf } from '@/shared/domain/roles'
import { formatForPeople, shanghaiDay } from '@/shared/time'
import { fileLinks } from '../../_kernel/files'
import type { ActionContext } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notifyAll, phrase, recordNotices, thing } from '../../_kernel/notify'
import { iso } from '../../_kernel/paging'
import { namesOf } from '../../_kernel/users'
import * as repo from '../repo'

export const reportLink = (id: string) => `/centers/governance/pages/report/index?id=${id}`

export async function isCommand(ctx: ActionContext): Promise<boolean> {
  return isStaffOf((await ctx.caller()).roles, 'governance')
}

export async function actorName(ctx: ActionContext): Promise<string> {
  return (await ctx.caller()).user?.profile?.name ?? '工作人员'
}

export function viewerOf(r: repo.ReportDoc, personId: string, command: boolean): Viewer {
  return { isReporter: r.reporterId === personId, isFollower: r.followers.includes(personId), isHandler: r.handlerIds.includes(personId), isCommand: command }
}

export function moversOf(v: Viewer): Mover[] {
  const movers: Mover[] = []
  if (v.isCommand) movers.push('command')
  if (v.isHandler) movers.push('handler')
  if (v.isReporter) movers.push('reporter')
  return movers
}

export function summaryOf(r: repo.ReportDoc): ReportSummary {
  return {
    id: r._id,
    category: r.category,
    description: r.description,
    status: r.status,
    statusText: r.mergedInto ? '已合并到同一问题' : REPORT_STATUS_TEXT[r.status],
    urgent: r.urgent,
    public: r.public,
    community: r.community,
    placeName: r.placeName,
    createdAt: iso(r.createdAt),
    followerCount: r.followerCount,
    overdue: r.overdue,
    dueAt: iso(r.dueAt),
    assignee: r.assignee ? { kind: r.assignee.kind, id: r.assignee.id, name: r.assignee.name } : null,
  }
}

/** Photos of a report are public with the report; links are short-lived all the same. */
export async function detailOf(r: repo.ReportDoc, v: Viewer): Promise<ReportDetail> {
  const inside = v.isReporter || v.isHandler || v.isCommand
  const [photoUrls, disposalUrls, phone] = await Promise.all([
    fileLinks(r.photos, 600),
    r.disposal ? fileLinks(r.disposal.photos, 600) : Promise.resolve([]),
    mayCallReporter(v) ? namesOf([r.reporterId]).then((m) => m.get(r.reporterId)?.phone ?? null) : Promise.resolve(null),
  ])
  const moves: ReportDetail['moves'] = possibleMoves(r.status, moversOf(v)).filter((m) => m !== 'expire')
  if (v.isReporter && !v.isHandler && mayRate(r.status, !!r.rating) && !r.mergedInto) moves.push('rate')
  if (r.public && isOpen(r.status) && !v.isReporter && !v.isFollower && !v.isHandler) moves.push('follow')
  return {
    ...summaryOf(r),
    point: r.point,
    building: r.building,
    photoUrls,
    reporterName: inside ? r.reporterName : null,
    reporterPhone: phone,
    respondBy: iso(r.respondBy),
    resolveBy: iso(r.resolveBy),
    plannedAt: iso(r.plannedAt),
    disposal: r.disposal ? { text: r.disposal.text, photoUrls: disposalUrls, at: iso(r.disposal.at) } : null,
    closeReason: r.closeReason,
    closeNote: r.closeNote,
    responsible: r.responsible,
    mergedInto: r.mergedInto,
    rating: r.rating,
    timeline: r.timeline.map((t) => ({ at: iso(t.at), text: t.text, by: t.by, note: t.note })),
    viewer: v,
    moves,
  }
}

/** 我的: the report for its reporter and every follower, with its status now. */
export async function mirror(r: repo.ReportDoc, now: Date, people: string[] = r.watchers): Promise<void> {
  const statusText = r.mergedInto ? '已合并到同一问题' : REPORT_STATUS_TEXT[r.status]
  // two reports of one category tell apart in 我的 by what they say
  const brief = r.description.length > 20 ? `${r.description.slice(0, 20)}…` : r.description
  await Promise.all(
    people.map((ownerId) =>
      putMyItem(
        {
          ownerId,
          center: 'governance',
          kind: 'report',
          refId: r._id,
          title: `${ownerId === r.reporterId ? '我的上报' : '我关注的问题'}：${r.category} · ${brief}`,
          status: r.status,
          statusText,
          nextAt: null,
          whenText: `${formatForPeople(r.createdAt)} 上报`,
          place: r.placeName || r.community,
          link: reportLink(r.mergedInto ?? r._id),
        },
        now,
      ),
    ),
  )
}

/** Tells the reporter and followers what happened (once per person and step). */
export async function tell(r: repo.ReportDoc, step: string, what: string, now: Date): Promise<void> {
  await notifyAll(r.watchers, `report_${r._id}_${step}`, 'reportProgress', reportLink(r._id), {
    thing1: thing(`${r.category}：${r.description}`),
    phrase2: phrase(REPORT_STATUS_TEXT[r.status].split(/[，（]/)[0]),
    thing3: thing(what),
  }, now)
}

/** Tells the handlers a report is theirs now (routed, re-dispatched or reopened): once per person and move. */
export async function tellHandlers(r: Pick<repo.ReportDoc, '_id' | 'category' | 'description' | 'placeName' | 'handlerIds' | 'urgent' | 'respondBy' | 'respondedAt' | 'resolveBy'>, step: string, what: string, now: Date): Promise<void> {
  if (!r.handlerIds.length) return
  await notifyAll(r.handlerIds, `assigned_${r._id}_${step}`, 'reportAssigned', reportLink(r._id), assignedData(r, what), now)
}

/**
 * Tells the people a grid's or team's open reports were just handed to (a new grid worker, new team members):
 * each report is theirs now, as a dispatch would say; one request for all of them.
 */
export async function tellHandedOver(reports: Array<Parameters<typeof tellHandlers>[0]>, people: string[], what: string, now: Date): Promise<void> {
  if (!people.length || !reports.length) return
  await recordNotices(
    reports.map((r) => ({ people, event: `assigned_${r._id}_handover_${now.getTime()}`, template: 'reportAssigned' as const, page: reportLink(r._id), data: assignedData(r, what) })),
    now,
  )
}

/** Tells the command staff about a report: it went overdue, or nobody could be routed to (once per person, report and step). */
export async function tellCommand(staff: string[], r: Parameters<typeof tellHandlers>[0], step: 'overdue' | 'unrouted', what: string, now: Date): Promise<void> {
  if (!staff.length) return
  await notifyAll(staff, `${step}_${r._id}`, 'reportAssigned', reportLink(r._id), assignedData(r, what), now)
}

function assignedData(r: Parameters<typeof tellHandlers>[0], what: string) {
  const due = r.respondedAt ? r.resolveBy : r.respondBy
  return {
    thing1: thing(`${r.urgent ? '【紧急】' : ''}${r.category}：${r.description}`),
    thing2: thing(r.placeName),
    thing3: thing(`${r.respondedAt ? '办结' : '响应'}时限 ${deadlineText(due)}`),
    thing4: thing(what),
  }
}

/** The kept counters an event changes: the street, the report's community and its team, in the week it was made. */
export async function count(r: Pick<repo.ReportDoc, 'createdAt' | 'community' | 'teamKey' | 'assignee'>, e: CounterEvent, teamKey = r.teamKey, teamName = r.assignee?.teamName ?? ''): Promise<void> {
  const delta = countersDelta(e) as Record<string, number>
  const week = weekOf(r.createdAt)
  const scopes: Array<[string, string]> = [['street', '全街道'], [`community_${r.community}`, r.community]]
  if (teamKey) scopes.push([teamKey, teamName])
  await Promise.all(scopes.map(([scope, name]) => repo.bump(`w_${week}_${scope}`, { kind: 'week', period: week, scope, name }, delta)))
}

/** Today's and this month's figures by state: a report moves from one state's count to another's. */
export async function countState(r: Pick<repo.ReportDoc, 'createdAt'>, from: ReportStatus | null, to: ReportStatus, extra: Record<string, number> = {}): Promise<void> {
  const day = shanghaiDay(r.createdAt)
  const inc: Record<string, number> = { ...extra, [`state.${to}`]: 1 }
  if (from) inc[`state.${from}`] = (inc[`state.${from}`] ?? 0) - 1
  await Promise.all([
    repo.bump(`d_${day}`, { kind: 'day', period: day, scope: 'street', name: '全街道' }, inc),
    repo.bump(`m_${day.slice(0, 7)}`, { kind: 'month', period: day.slice(0, 7), scope: 'street', name: '全街道' }, inc),
  ])
}

/** One team's weekly counters alone (a report moving from one team to another before anyone answered). */
export function bumpTeam(r: Pick<repo.ReportDoc, 'createdAt'>, teamKey: string, name: string, delta: Record<string, number>): Promise<void> {
  const week = weekOf(r.createdAt)
  return repo.bump(`w_${week}_${teamKey}`, { kind: 'week', period: week, scope: teamKey, name }, delta)
}
