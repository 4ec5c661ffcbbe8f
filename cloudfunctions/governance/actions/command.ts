/**
 * 综合指挥平台: today's and this month's reports, overdue first, the three rates per team and community over 12
 * weeks, the other centers' live figures; any of its tables as xlsx.
 */
import type { governance } from '@/shared/contracts/governance'
import { lastWeeks, ratesOf, type RateCounters, sumCounters, ZERO_COUNTERS } from '@/shared/domain/governance/rates'
import { CENTER_FIGURES } from '@/shared/domain/governance/center-figures'
import { type FigureQuery, figureQueries, streetFigures } from '@/shared/domain/governance/street-figures'
import { isStaffOf } from '@/shared/domain/roles'
import { atShanghai, shanghaiDay } from '@/shared/time'
import { type Actions, who } from '../../_kernel/handler'
import * as repo from '../repo'
import { exportOverview } from './sheets'
import { summaryOf } from './shared'

type A = Actions<typeof governance>

/** The overdue open reports in all (the list shows the earliest-due 20), counted in the figures' one aggregate. */
const OVERDUE_OPEN: FigureQuery = { key: 'governance.overdue', collection: 'governance_reports', where: { open: { eq: true }, overdue: { eq: true } } }

const KEYS = Object.keys(ZERO_COUNTERS) as Array<keyof RateCounters>
const countersOf = (d: repo.StatDoc): RateCounters => Object.fromEntries(KEYS.map((k) => [k, Number(d[k] ?? 0)])) as unknown as RateCounters

function period(d: repo.StatDoc | undefined, since: Date) {
  return {
    total: Number(d?.total ?? 0),
    state: (d?.state as Record<string, number>) ?? {},
    category: (d?.category as Record<string, number>) ?? {},
    community: (d?.community as Record<string, number>) ?? {},
    since: since.toISOString(),
  }
}

/** Each scope's counters summed over the weeks, its rates, and the rates of each week (the trend). */
function scopes(docs: repo.StatDoc[], weeks: string[]) {
  const byScope = new Map<string, repo.StatDoc[]>()
  for (const d of docs) byScope.set(d.scope, [...(byScope.get(d.scope) ?? []), d])
  return [...byScope].map(([key, list]) => {
    const counters = sumCounters(list.map(countersOf))
    return {
      key,
      name: list[0].name,
      counters,
      rates: ratesOf(counters),
      trend: weeks.map((week) => ({ week, rates: ratesOf(sumCounters(list.filter((d) => d.period === week).map(countersOf))) })),
    }
  })
}

/** Five requests however many reports there are (kept counters, never a scan; the overdue count and the centers’ figures, as their manifests declare them, in one aggregate). */
export const commandOverview: A['commandOverview'] = async (input, ctx) => {
  const today = shanghaiDay(ctx.now)
  const weeks = lastWeeks(ctx.now, 12)
  const [periods, weekly, overdue, { counted, corrections }] = await Promise.all([
    repo.statDocs([`d_${today}`, `m_${today.slice(0, 7)}`]),
    repo.weekDocs(weeks),
    repo.overdueOpen(20),
    repo.countFigures(who(ctx).actorId, [OVERDUE_OPEN, ...figureQueries(CENTER_FIGURES, ctx.now)]),
  ])
  const all = scopes(weekly, weeks)
  // a figure leads to its center's own page only for those who may open it (the caller was read to authorize)
  const { roles } = await ctx.caller()
  const centers = streetFigures(CENTER_FIGURES, counted, ctx.now, corrections).map((f) => (isStaffOf(roles, f.center) ? f : { ...f, page: null }))
  const street = all.find((s) => s.key === 'street') ?? { key: 'street', name: '全街道', counters: ZERO_COUNTERS, rates: ratesOf(ZERO_COUNTERS), trend: weeks.map((week) => ({ week, rates: ratesOf(ZERO_COUNTERS) })) }
  const overview = {
    today: period(periods.find((p) => p._id === `d_${today}`), atShanghai(today).toDate()),
    month: period(periods.find((p) => p._id === `m_${today.slice(0, 7)}`), atShanghai(`${today.slice(0, 7)}-01`).toDate()),
    overdue: overdue.map(summaryOf),
    overdueCount: counted.find((c) => c.key === OVERDUE_OPEN.key)?.count ?? overdue.length,
    street,
    teams: all.filter((s) => s.key === 'grid' || s.key.startsWith('team_')),
    communities: all.filter((s) => s.key.startsWith('community_')).sort((a, b) => a.name.localeCompare(b.name)),
    since: atShanghai(weeks[0]).toDate().toISOString(),
    centers,
  }
  return { ...overview, sheet: input.export ? await exportOverview(input.export, overview, ctx.now) : null }
}
