/** 随手拍: report a problem, find the same problem nearby and follow it, read one report, the lists. */
import { type governance, MAX_EXPORT_ROWS } from '@/shared/contracts/governance'
import { deadlinesFor, dueAt, settingsWithDefaults } from '@/shared/domain/governance/deadlines'
import { buildingCell, cellOf, cellsNear, isNear, metersBetween } from '@/shared/domain/governance/nearby'
import { mayRead, REPORT_STATUS_TEXT } from '@/shared/domain/governance/reports'
import { buildingOf, routeReport } from '@/shared/domain/governance/routing'
import { newId } from '../../_kernel/codes'
import { requireSafeImages, requireSafeText } from '../../_kernel/content'
import { AppError } from '../../_kernel/errors'
import { acceptFiles } from '../../_kernel/files'
import { type Actions, who } from '../../_kernel/handler'
import { fetchPage, iso } from '../../_kernel/paging'
import { exportSheet } from '../../_kernel/sheets'
import { staffOf } from '../../_kernel/users'
import * as repo from '../repo'
import { reportsSheet } from './sheets'
import { count, countState, detailOf, isCommand, mirror, summaryOf, tell, tellCommand, tellHandlers, viewerOf } from './shared'

type A = Actions<typeof governance>

export const report: A['report'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const now = ctx.now
  await requireSafeText(actorId, { description: input.description, 'location.name': input.location.name ?? '' })
  await acceptFiles(input.photos, { owners: [actorId], purpose: 'reportPhoto', field: 'photos' })
  await requireSafeImages(input.photos, { purpose: 'reportPhoto', field: 'photos' })
  const { user } = await ctx.caller()
  if (!user?.profile) throw new AppError('CONFLICT', '请先在「我的 → 完善个人资料」中填写姓名、社区和地址，方便处置人员联系您')
  const { community, point } = input.location
  const building = input.location.building || (community === user.profile.community ? buildingOf(user.profile.address) : null)
  const [grids, teams, saved] = await Promise.all([repo.gridsOf(community), repo.allTeams(), repo.getSettings(actorId)])
  const settings = settingsWithDefaults(saved.settings)
  const to = routeReport(input.category, { community, building, point }, settings[input.category].first, grids.map(repo.asGrid), teams.map(repo.asTeam))
  const deadlines = deadlinesFor(input.category, input.urgent, now, settings, saved.corrections)
  const cells = [...(point ? [cellOf(point)] : []), ...(building ? [buildingCell(community, building)] : [])]
  const placeName = input.location.name || `${community.replace('黄河西路', '')}${building ?? ''}`
  const entries: repo.TimelineDoc[] = [{ at: now, text: '居民上报', by: '上报人', note: null }]
  if (to) entries.push({ at: now, text: `自动派单至 ${to.name}`, by: '系统（按位置和类别）', note: null })
  const { handlerIds, ...assignee } = to ?? { handlerIds: [] as string[] }
  const doc: repo.ReportDoc = {
    _id: newId(),
    reporterId: actorId,
    reporterName: user.profile.name,
    category: input.category,
    description: input.description,
    photos: input.photos,
    urgent: input.urgent,
    public: input.public,
    point,
    placeName,
    community,
    building,
    cells,
    status: to ? 'assigned' : 'submitted',
    open: true,
    assignee: to ? (assignee as repo.ReportDoc['assignee']) : null,
    handlerIds,
    teamKey: to?.teamKey ?? null,
    watchers: [actorId],
    followers: [],
    followerCount: 0,
    ...deadlines,
    respondedAt: null,
    dueAt: dueAt(deadlines, null, false),
    overdue: false,
    plannedAt: null,
    disposal: null,
    confirmBy: null,
    closeReason: null,
    closeNote: null,
    responsible: null,
    mergedInto: null,
    rating: null,
    timeline: entries,
    createdAt: now,
    updatedAt: now,
  }
  await repo.insertReport(doc)
  await Promise.all([
    mirror(doc, now),
    count(doc, { kind: 'received' }),
    countState(doc, null, doc.status, { total: 1, [`category.${doc.category}`]: 1, [`community.${community}`]: 1 }),
    to ? tell(doc, 'dispatched', `已派至${to.name}`, now) : Promise.resolve(),
    tellHandlers(doc, 'routed', '新的居民上报，请及时受理', now),
    // no grid or team takes it: the command staff dispatch it by hand
    to ? Promise.resolve() : staffOf('governance').then((staff) => tellCommand(staff, doc, 'unrouted', '新上报无法自动派单，请派单', now)),
  ])
  return detailOf(doc, { isReporter: true, isFollower: false, isHandler: handlerIds.includes(actorId), isCommand: false })
}

export const myReports: A['myReports'] = (input, ctx) => fetchPage(repo.reportsOf(who(ctx).actorId), input, summaryOf)

/** A private report does not exist for anyone but its reporter, its handlers and the command staff. */
export const getReport: A['getReport'] = async ({ reportId }, ctx) => {
  const { actorId } = who(ctx)
  const [r, command] = await Promise.all([repo.getReport(reportId), isCommand(ctx)])
  const v = r && viewerOf(r, actorId, command)
  if (!r || !v || !mayRead(r.public, v)) throw new AppError('NOT_FOUND', '没有找到该问题，可能已被删除或仅上报人可见')
  return detailOf(r, v)
}

export const followReport: A['followReport'] = async ({ reportId }, ctx) => {
  const { actorId } = who(ctx)
  const r = await repo.getReport(reportId)
  if (!r?.public) throw new AppError('NOT_FOUND', '没有找到该问题')
  if (r.reporterId === actorId) throw new AppError('CONFLICT', '这是您自己上报的问题，处置进度会通知您')
  if (!r.open) throw new AppError('CONFLICT', '该问题已办结，无需再关注')
  const added = await repo.addFollower(reportId, actorId, ctx.now)
  const followerCount = r.followerCount + (added ? 1 : 0)
  if (added || !r.followers.includes(actorId)) await mirror({ ...r, followers: [...r.followers, actorId] }, ctx.now, [actorId])
  return { followerCount, following: true as const }
}

/** Open reports of the same category within ~50 m (or of the same building): one request. */
export const nearbyReports: A['nearbyReports'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const here = { point: input.point, community: input.community, building: input.building || null }
  const cells = cellsNear(here.point, here.community, here.building)
  if (!cells.length) return { items: [] }
  const found = await repo.nearby(input.category, cells)
  const items = found
    .filter((r) => (r.public || r.reporterId === actorId) && !r.mergedInto && isNear(here, r))
    .map((r) => ({
      id: r._id,
      category: r.category,
      description: r.description,
      statusText: REPORT_STATUS_TEXT[r.status],
      placeName: r.placeName,
      meters: here.point && r.point ? Math.round(metersBetween(here.point, r.point)) : null,
      followerCount: r.followerCount,
      createdAt: iso(r.createdAt),
      mine: r.watchers.includes(actorId),
    }))
    .sort((a, b) => (a.meters ?? 0) - (b.meters ?? 0))
    .slice(0, 10)
  return { items }
}

/** Command staff list every report; anyone else only the reports assigned to them. */
export const listReports: A['listReports'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const command = await isCommand(ctx)
  const mine = input.mine || !command
  const query = repo.reportsQuery({
    status: input.status,
    community: input.community,
    category: input.category,
    teamKey: input.teamKey,
    overdue: input.overdue,
    handlerId: mine ? actorId : undefined,
    since: input.since ? new Date(input.since) : undefined,
    until: input.until ? new Date(input.until) : undefined,
  })
  const page = await fetchPage(query, input, summaryOf)
  return { ...page, sheet: input.export ? await exportSheet('governance/reports', reportsSheet(await repo.allOf(query, MAX_EXPORT_ROWS).then((docs) => docs.map(summaryOf))), ctx.now) : null }
}
