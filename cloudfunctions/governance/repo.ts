/** All database access of the governance function. */
import type { StreetSettings } from '@/shared/domain/governance/deadlines'
import type { GeoPoint } from '@/shared/domain/governance/nearby'
import type { Condition, CountedFigure, FigureQuery } from '@/shared/domain/governance/street-figures'
import type { CloseReason, ReportCategory, ReportStatus, TeamKind } from '@/shared/domain/governance/reports'
import type { Assignee, Grid, Team } from '@/shared/domain/governance/routing'
import type { Corrections } from '@/shared/domain/workdays'
import { _, db, type Doc } from '../_kernel/cloud'
import { calendarLookup, correctionsIn } from '../_kernel/calendar'
import { isDuplicateKey } from '../_kernel/errors'
import { aggregateFromUser, searchUsers } from '../_kernel/users'

export interface TimelineDoc {
  at: Date
  text: string
  by: string
  note: string | null
}

export interface ReportDoc {
  _id: string
  reporterId: string
  reporterName: string
  category: ReportCategory
  description: string
  photos: string[]
  urgent: boolean
  public: boolean
  point: GeoPoint | null
  placeName: string
  community: string
  building: string | null
  /** map cell and building cell: what nearbyReports reads through its index */
  cells: string[]
  status: ReportStatus
  open: boolean
  assignee: Omit<Assignee, 'handlerIds'> | null
  /** who may act on it now: the grid worker or the team's members */
  handlerIds: string[]
  teamKey: string | null
  /** the reporter and the followers: 我的 and notices */
  watchers: string[]
  followers: string[]
  followerCount: number
  respondBy: Date
  resolveBy: Date
  respondedAt: Date | null
  /** the next deadline that matters (null once disposed): the escalation timer reads it */
  dueAt: Date | null
  overdue: boolean
  plannedAt: Date | null
  disposal: { text: string; photos: string[]; at: Date } | null
  confirmBy: Date | null
  closeReason: CloseReason | null
  closeNote: string | null
  responsible: { who: string; contact: string } | null
  mergedInto: string | null
  rating: { score: number; comment: string | null } | null
  timeline: TimelineDoc[]
  createdAt: Date
  updatedAt: Date
}

export interface GridDoc extends Omit<Grid, 'id'> {
  _id: string
}

export interface TeamDoc {
  _id: string
  name: string
  kind: TeamKind
  categories: ReportCategory[]
  members: Array<{ id: string; name: string }>
}

export interface SettingsDoc {
  _id: 'street'
  settings: Partial<StreetSettings>
}

/** The street's deadline settings and its working-day calendar (kernel calendar.ts), as deadlines need both. */
export interface DeadlineSettings {
  settings: Partial<StreetSettings> | undefined
  corrections: Corrections
}

const reports = () => db.collection('governance_reports')
const grids = () => db.collection('governance_grids')
const teams = () => db.collection('governance_teams')
const settings = () => db.collection('governance_settings')
const stats = () => db.collection('governance_stats')

export const asTeam = (t: TeamDoc): Team => ({ id: t._id, name: t.name, kind: t.kind, categories: t.categories, memberIds: t.members.map((m) => m.id) })
export const asGrid = (g: GridDoc): Grid => ({ id: g._id, name: g.name, community: g.community, buildings: g.buildings, center: g.center, workerId: g.workerId, workerName: g.workerName })

// ---- reports ---------------------------------------------------------------------------------------------

export async function insertReport(doc: ReportDoc): Promise<void> {
  await reports().add({ data: doc })
}

export async function getReport(id: string): Promise<ReportDoc | null> {
  return ((await reports().doc(id).get()).data as ReportDoc | null) ?? null
}

export async function getReports(ids: string[]): Promise<ReportDoc[]> {
  return (await reports().where({ _id: _.in(ids) }).limit(ids.length).get()).data as ReportDoc[]
}

/** Applies a move only if the report is still in the status it was read in (and as `still` says): no double decisions. */
export async function stepReport(id: string, from: ReportStatus, changes: Doc, entry: TimelineDoc, still: Doc = {}): Promise<boolean> {
  const { stats: s } = await reports()
    .where({ ...still, _id: id, status: from })
    .update({ data: { ...changes, updatedAt: entry.at, timeline: _.push(entry) } })
  return s.updated === 1
}

/** Adds a follower once (whoever taps how often): the count moves with the set. */
export async function addFollower(id: string, personId: string, now: Date): Promise<boolean> {
  const { stats: s } = await reports()
    .where({ _id: id, public: true, open: true, watchers: _.neq(personId) })
    .update({ data: { followers: _.addToSet(personId), watchers: _.addToSet(personId), followerCount: _.inc(1), updatedAt: now } })
  return s.updated === 1
}

export function reportsOf(personId: string) {
  return reports().where({ watchers: personId }).orderBy('updatedAt', 'desc')
}

export async function nearby(category: string, cells: string[]): Promise<ReportDoc[]> {
  const { data } = await reports().where({ category, open: true, cells: _.in(cells) }).limit(50).get()
  return data as ReportDoc[]
}

export interface ReportFilter {
  status?: string
  community?: string
  category?: string
  teamKey?: string
  overdue?: boolean
  handlerId?: string
  since?: Date
  until?: Date
}

/** Staff lists: the most selective filter first (each leads one index); newest first, overdue lists by due time. */
export function reportsQuery(f: ReportFilter) {
  const where: Doc = {}
  if (f.handlerId) where.handlerIds = f.handlerId
  if (f.status === 'open' || f.status === 'closed') where.open = f.status === 'open'
  else if (f.status) where.status = f.status
  if (f.overdue !== undefined) where.overdue = f.overdue
  if (f.teamKey) where.teamKey = f.teamKey
  if (f.community) where.community = f.community
  if (f.category) where.category = f.category
  if (f.since || f.until) where.createdAt = f.since && f.until ? _.gte(f.since).and(_.lt(f.until)) : f.since ? _.gte(f.since) : _.lt(f.until)
  return reports().where(where).orderBy('createdAt', 'desc')
}

interface ReadableQuery {
  skip(n: number): ReadableQuery
  limit(n: number): ReadableQuery
  get(): Promise<{ data: unknown[] }>
}

/** Every report a list query finds, up to `max`, 1,000 a request (an export). */
export async function allOf(query: ReadableQuery, max: number): Promise<ReportDoc[]> {
  const out: ReportDoc[] = []
  while (out.length < max) {
    const batch = Math.min(1000, max - out.length)
    const { data } = await (out.length ? query.skip(out.length) : query).limit(batch).get()
    out.push(...(data as ReportDoc[]))
    if (data.length < batch) break
  }
  return out
}

export async function overdueOpen(limit: number): Promise<ReportDoc[]> {
  return (await reports().where({ open: true, overdue: true }).orderBy('dueAt', 'asc').limit(limit).get()).data as ReportDoc[]
}

/** Reports whose deadline has just passed and are not yet marked, a batch at a time. */
export async function newlyOverdue(now: Date): Promise<ReportDoc[]> {
  return (await reports().where({ overdue: false, dueAt: _.lt(now) }).limit(100).get()).data as ReportDoc[]
}

export async function markOverdue(id: string, entry: TimelineDoc): Promise<boolean> {
  const { stats: s } = await reports()
    .where({ _id: id, overdue: false })
    .update({ data: { overdue: true, timeline: _.push(entry), updatedAt: entry.at } })
  return s.updated === 1
}

/** Disposals the reporter has not answered in time. */
export async function unconfirmed(now: Date): Promise<ReportDoc[]> {
  return (await reports().where({ status: 'disposed', confirmBy: _.lt(now) }).limit(100).get()).data as ReportDoc[]
}

// ---- grids, teams, settings ------------------------------------------------------------------------------

/** Open reports a grid (`grid`, its id) or a team (`team_<id>`) holds: such a one is not removed before re-dispatch. */
export async function openHeldBy(teamKey: string, gridId?: string): Promise<number> {
  const { total } = await reports()
    .where({ teamKey, open: true, ...(gridId ? { 'assignee.id': gridId } : {}) })
    .count()
  return total
}

/** The open reports of a grid or team follow its new worker or members: who may act on them, and the name shown. */
export async function reassignOpen(teamKey: string, gridId: string | null, handlerIds: string[], name: string): Promise<number> {
  const { stats: s } = await reports()
    .where({ teamKey, open: true, ...(gridId ? { 'assignee.id': gridId } : {}) })
    .update({ data: { handlerIds: _.set(handlerIds), 'assignee.name': name } })
  return s.updated
}

/** The open reports a grid or team holds (at most 200): who to tell when they change hands. */
export async function openReportsHeldBy(teamKey: string, gridId: string | null): Promise<ReportDoc[]> {
  const { data } = await reports()
    .where({ teamKey, open: true, ...(gridId ? { 'assignee.id': gridId } : {}) })
    .field({ category: true, description: true, placeName: true, handlerIds: true, urgent: true, respondBy: true, respondedAt: true, resolveBy: true })
    .limit(200)
    .get()
  return data as ReportDoc[]
}

/** People by name or phone prefix (the street picks grid workers and team members from them). */
export async function findPeople(keyword: string): Promise<Array<{ _id: string; profile: { name: string; community: string } | null; phone: string | null }>> {
  return (await searchUsers(keyword).limit(10).get()).data as Array<{ _id: string; profile: { name: string; community: string } | null; phone: string | null }>
}

export async function gridsOf(community?: string): Promise<GridDoc[]> {
  const q = community ? grids().where({ community }) : grids().orderBy('community', 'asc')
  return (await q.limit(1000).get()).data as GridDoc[]
}

export async function getGrid(id: string): Promise<GridDoc | null> {
  return ((await grids().doc(id).get()).data as GridDoc | null) ?? null
}

export async function replaceGrids(community: string, docs: GridDoc[]): Promise<void> {
  await grids().where({ community }).remove()
  if (docs.length) await grids().add({ data: docs })
}

export async function allTeams(): Promise<TeamDoc[]> {
  return (await teams().orderBy('_id', 'asc').limit(100).get()).data as TeamDoc[]
}

export async function getTeam(id: string): Promise<TeamDoc | null> {
  return ((await teams().doc(id).get()).data as TeamDoc | null) ?? null
}

export async function replaceTeams(docs: TeamDoc[]): Promise<void> {
  await teams().where({ _id: _.nin(docs.map((d) => d._id)) }).remove()
  for (const d of docs) {
    const { _id, ...rest } = d
    await teams().doc(_id).set({ data: rest })
  }
}

/** The settings and the street's calendar in one request, read beside the caller's own document (always there). */
export async function getSettings(callerId: string): Promise<DeadlineSettings> {
  const { list } = await aggregateFromUser(callerId)
    .lookup({ from: 'governance_settings', pipeline: (_.aggregate as unknown as Doc).pipeline().match({ _id: 'street' }).done(), as: 'saved' })
    .lookup(calendarLookup('calendar'))
    .project({ saved: 1, calendar: 1 })
    .end()
  const found = (list as Doc[])[0]
  return { settings: (found?.saved as SettingsDoc[] | undefined)?.[0]?.settings, corrections: correctionsIn(found?.calendar) }
}

/**
 * Each category's rules under its own path: two administrators saving different categories at the same moment
 * both keep theirs (a read-merge-write would keep only the later). The first save ever creates the document.
 */
export async function saveSettings(changes: Partial<StreetSettings>): Promise<void> {
  const data = Object.fromEntries(Object.entries(changes).map(([category, rules]) => [`settings.${category}`, _.set(rules)]))
  if (!Object.keys(data).length) return
  const { stats } = await settings().doc('street').update({ data })
  if (stats.updated) return
  // nothing changed, or no document yet: create it; one created meanwhile (or already there) takes the update
  await settings()
    .add({ data: { _id: 'street', settings: changes } })
    .catch(() => settings().doc('street').update({ data }))
}

// ---- kept counters (the command view reads these, never the reports) -------------------------------------

export interface StatDoc {
  _id: string
  kind: 'day' | 'month' | 'week'
  /** day 'YYYY-MM-DD', month 'YYYY-MM', or the week's Monday */
  period: string
  scope: string
  name: string
  [counter: string]: unknown
}

/** Turns { 'state.open': 1 } into { state: { open: 1 } } for a first insert. */
function nested(flat: Record<string, number>): Doc {
  const out: Doc = {}
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.')
    let at = out
    for (const p of parts.slice(0, -1)) at = at[p] ??= {}
    at[parts[parts.length - 1]] = value
  }
  return out
}

/** Adds to a counter document, creating it on its first use (1 request; 3 the first time). */
export async function bump(id: string, head: Omit<StatDoc, '_id'>, inc: Record<string, number>): Promise<void> {
  const entries = Object.entries(inc).filter(([, v]) => v !== 0)
  if (!entries.length) return
  const data = Object.fromEntries(entries.map(([k, v]) => [k, _.inc(v)]))
  const { stats: s } = await stats().doc(id).update({ data })
  if (s.updated) return
  try {
    await stats().add({ data: { _id: id, ...head, ...nested(Object.fromEntries(entries)) } })
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    await stats().doc(id).update({ data })
  }
}

export async function statDocs(ids: string[]): Promise<StatDoc[]> {
  return (await stats().where({ _id: _.in(ids) }).limit(ids.length).get()).data as StatDoc[]
}

export async function weekDocs(weeks: string[]): Promise<StatDoc[]> {
  return (await stats().where({ kind: 'week', period: _.in(weeks) }).limit(1000).get()).data as StatDoc[]
}

// ---- the other centers' live figures (street-figures.ts says what to count) --------------------------------

function conditionOf(c: Condition): unknown {
  if ('eq' in c) return c.eq
  if ('in' in c) return _.in(c.in)
  if (c.gte !== undefined && c.lt !== undefined) return _.gte(c.gte).and(_.lt(c.lt))
  return c.gte !== undefined ? _.gte(c.gte) : _.lt(c.lt)
}

/**
 * Every figure in one request: one $lookup per count, each counting (and summing) in the database through the
 * other center's declared index, hung from the caller's own user document (an aggregate needs one to start from).
 * A past-due count groups the records by their ref and Shanghai day (a few rows), with a second $lookup for each
 * ref's days (a center's small catalogue): which of them are late is decided in working days by the caller.
 */
export async function countFigures(callerId: string, queries: readonly FigureQuery[]): Promise<{ counted: CountedFigure[]; corrections: Corrections }> {
  const $ = _.aggregate as unknown as Doc
  // the street's calendar comes along: a record past its own working days counts with the street's closures
  let pipeline = aggregateFromUser(callerId).lookup(calendarLookup('calendar'))
  const fields: Record<string, 1> = { calendar: 1 }
  queries.forEach((q, i) => {
    const where = Object.fromEntries(Object.entries(q.where).map(([field, c]) => [field, conditionOf(c)]))
    const sums = Object.fromEntries((q.sums ?? []).map((f) => [f, $.sum(`$${f}`)]))
    const as = `f${i}`
    fields[as] = 1
    if (q.pastDue) {
      const by = { ref: `$${q.pastDue.ref}`, day: $.dateToString({ date: `$${q.pastDue.from}`, format: '%Y-%m-%d', timezone: '+08:00' }) }
      const grouped = $.pipeline().match(where).group({ _id: by, count: $.sum(1) }).done()
      const refs = $.pipeline().project({ _id: 1, [q.pastDue.days]: 1 }).done()
      pipeline = pipeline.lookup({ from: q.collection, pipeline: grouped, as }).lookup({ from: q.pastDue.collection, pipeline: refs, as: `${as}r` })
      fields[`${as}r`] = 1
      return
    }
    const counting = $.pipeline().match(where).group({ _id: null, count: $.sum(1), ...sums }).done()
    pipeline = pipeline.lookup({ from: q.collection, pipeline: counting, as })
  })
  const { list } = await pipeline.project(fields).end()
  const found = (list as Doc[])[0] as Doc | undefined
  const counted = queries.map((q, i): CountedFigure => {
    const rows = (found?.[`f${i}`] as Doc[] | undefined) ?? []
    if (q.pastDue) {
      const days = q.pastDue.days
      const groups = rows.map((r) => ({ ref: String(r._id?.ref ?? ''), day: String(r._id?.day ?? ''), count: Number(r.count ?? 0) }))
      const refs = ((found?.[`f${i}r`] as Doc[] | undefined) ?? []).map((r) => [String(r._id), Number(r[days] ?? 0)])
      return { key: q.key, count: groups.reduce((n, g) => n + g.count, 0), sums: {}, groups, days: Object.fromEntries(refs) }
    }
    const row = rows[0] ?? {}
    return { key: q.key, count: Number(row.count ?? 0), sums: Object.fromEntries((q.sums ?? []).map((f) => [f, Number(row[f] ?? 0)])) }
  })
  return { counted, corrections: correctionsIn(found?.calendar) }
}
