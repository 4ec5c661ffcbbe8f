/**
 * Demo data of 社区综合治理服务中心: two grids per community with their grid workers, the street's teams, and a
 * few reports; for SEED=street a year of reports with the counters the command view reads. Illustrative: the
 * street's real grids and teams replace them (网格与队伍 in the app).
 */
import { COMMUNITIES } from '@/shared/domain/communities'
import { buildingCell, cellOf, type GeoPoint } from '@/shared/domain/governance/nearby'
import { countersDelta, type CounterEvent, weekOf } from '@/shared/domain/governance/rates'
import { REPORT_CATEGORIES, type ReportStatus } from '@/shared/domain/governance/reports'
import { shanghaiDay } from '@/shared/time'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, seededRandom, type VolumeContext } from './volume'

/** Where each community lies (demo coordinates): the street runs east–west along 黄河西路. */
export const COMMUNITY_CENTERS: GeoPoint[] = COMMUNITIES.map((_, i) => ({ lat: 40.8105, lng: 111.6400 + i * 0.006 }))

const buildings = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${from + i}号楼`)

export const GOVERNANCE_GRIDS = COMMUNITIES.flatMap((community, i) => {
  const c = COMMUNITY_CENTERS[i]
  // 陈卫东 is 第一社区's grid worker; in the demo 郑强 looks after the other communities' grids
  const [workerId, workerName] = i === 0 ? ['persona-grid-chen', '陈卫东'] : ['persona-grid-zheng', '郑强']
  return [
    { _id: `grid-${i + 1}-1`, community, name: `${community.replace('黄河西路', '')}第一网格`, buildings: buildings(1, 15), center: { lat: c.lat, lng: c.lng - 0.0015 }, workerId, workerName },
    { _id: `grid-${i + 1}-2`, community, name: `${community.replace('黄河西路', '')}第二网格`, buildings: buildings(16, 30), center: { lat: c.lat, lng: c.lng + 0.0015 }, workerId, workerName },
  ]
})

export const GOVERNANCE_TEAMS = [
  { _id: 'team-wuye', name: '物业联合服务队', kind: '物业管理', categories: ['物业管理'], members: [{ id: 'persona-employer-huang', name: '黄海燕' }] },
  { _id: 'team-zhifa', name: '综合执法队', kind: '公检法司', categories: ['违章搭建'], members: [{ id: 'persona-command-gao', name: '高志远' }] },
  { _id: 'team-tiaojie', name: '人民调解队', kind: '居民自治组织', categories: ['邻里纠纷'], members: [{ id: 'persona-mediator-wu', name: '吴桂英' }] },
  { _id: 'team-zhiyuan', name: '平安志愿者队', kind: '志愿者', categories: [], members: [{ id: 'persona-family-zhang', name: '张晓燕' }] },
]

function reportDoc(i: number, at: Date, random: () => number, reporterId: string, reporterName: string, status: ReportStatus, prefix = 'gr') {
  const ci = Math.floor(random() * COMMUNITIES.length)
  const community = COMMUNITIES[ci]
  const category = pick(random, REPORT_CATEGORIES)
  const urgent = random() < 0.1
  const base = COMMUNITY_CENTERS[ci]
  const point = { lat: base.lat + (random() - 0.5) * 0.004, lng: base.lng + (random() - 0.5) * 0.005 }
  const building = `${1 + Math.floor(random() * 30)}号楼`
  const grid = GOVERNANCE_GRIDS[ci * 2 + (Number.parseInt(building, 10) > 15 ? 1 : 0)]
  // demo deadlines in clock time (the seeder runs outside the functions, without the working-day calendar)
  const d = { respondBy: new Date(at.getTime() + (urgent ? 2 : 24) * 3_600_000), resolveBy: new Date(at.getTime() + (urgent ? 2 : 9) * 86_400_000) }
  const open = status !== 'fixed' && status !== 'fixedUnconfirmed' && status !== 'closed'
  const responded = status !== 'assigned' && status !== 'submitted'
  const respondedAt = responded ? new Date(at.getTime() + random() * (d.respondBy.getTime() - at.getTime()) * 1.3) : null
  return {
    _id: `${prefix}-${i}`,
    reporterId,
    reporterName,
    category,
    description: pick(random, ['楼道堆放杂物，影响通行', '路灯不亮', '井盖松动', '垃圾桶满溢无人清理', '楼上噪音扰民', '绿地被私自圈占', '电动车在楼道充电']),
    photos: [],
    urgent,
    public: random() < 0.8,
    point,
    placeName: `${community.replace('黄河西路', '')}${building}附近`,
    community,
    building,
    cells: [cellOf(point), buildingCell(community, building)],
    status,
    open,
    assignee: { kind: 'grid', id: grid._id, name: `${grid.name}（网格员 ${grid.workerName}）`, teamKey: 'grid', teamName: '网格员' },
    handlerIds: [grid.workerId],
    teamKey: 'grid',
    watchers: [reporterId],
    followers: [],
    followerCount: 0,
    ...d,
    respondedAt,
    dueAt: open && status !== 'disposed' ? (respondedAt ? d.resolveBy : d.respondBy) : null,
    overdue: false,
    plannedAt: null,
    disposal: null,
    confirmBy: status === 'disposed' ? new Date(at.getTime() + 3 * 86_400_000) : null,
    closeReason: status === 'closed' ? 'unableToFix' : null,
    closeNote: status === 'closed' ? '需列入改造计划，暂无法解决' : null,
    responsible: null,
    mergedInto: null,
    rating: null as { score: number; comment: string | null } | null,
    timeline: [{ at, text: '居民上报', by: '上报人', note: null }, { at, text: `自动派单至 ${grid.name}`, by: '系统（按位置和类别）', note: null }],
    createdAt: at,
    updatedAt: at,
  }
}

export function seed(store: DocumentStore, now: Date): void {
  store.insert('governance_grids', GOVERNANCE_GRIDS)
  store.insert('governance_teams', GOVERNANCE_TEAMS)
  const random = seededRandom(7)
  const docs = (['assigned', 'inProgress', 'disposed'] as const).map((status, i) => reportDoc(i, new Date(now.getTime() - (i + 1) * 86_400_000), random, 'persona-resident-wang', '王秀兰', status))
  store.insert('governance_reports', docs)
  // the command view reads kept counters, never the reports: the demo's reports are counted as the function counts
  store.insert('governance_stats', countersOf(docs))
}

type Stat = Record<string, unknown> & { _id: string }
type Seeded = ReturnType<typeof reportDoc>

/** The kept counters (day, month, each scope's week) that the function's writes would have left for these reports. */
function countersOf(docs: readonly Seeded[]): Stat[] {
  const stats = new Map<string, Stat>()
  const add = (id: string, head: Record<string, unknown>, inc: Record<string, number>) => {
    const doc = stats.get(id) ?? { _id: id, ...head }
    for (const [path, v] of Object.entries(inc)) {
      const [a, b] = path.split('.')
      if (b) {
        const inner = (doc[a] ?? {}) as Record<string, number>
        inner[b] = (inner[b] ?? 0) + v
        doc[a] = inner
      } else doc[a] = ((doc[a] as number) ?? 0) + v
    }
    stats.set(id, doc)
  }
  for (const doc of docs) {
    const at = doc.createdAt
    const day = shanghaiDay(at)
    const week = weekOf(at)
    const periodInc = { total: 1, [`state.${doc.status}`]: 1, [`category.${doc.category}`]: 1, [`community.${doc.community}`]: 1 }
    add(`d_${day}`, { kind: 'day', period: day, scope: 'street', name: '全街道' }, periodInc)
    add(`m_${day.slice(0, 7)}`, { kind: 'month', period: day.slice(0, 7), scope: 'street', name: '全街道' }, periodInc)
    const events: CounterEvent[] = [{ kind: 'received' }]
    if (doc.respondedAt) events.push({ kind: 'responded', onTime: doc.respondedAt.getTime() <= doc.respondBy.getTime() })
    if (!doc.open) events.push({ kind: 'closed', status: doc.status, reason: doc.closeReason as 'unableToFix' | null })
    if (doc.rating) events.push({ kind: 'rated', score: doc.rating.score })
    for (const [scope, name] of [['street', '全街道'], [`community_${doc.community}`, doc.community], ['grid', '网格员']]) {
      for (const e of events) add(`w_${week}_${scope}`, { kind: 'week', period: week, scope, name }, countersDelta(e) as Record<string, number>)
    }
  }
  return [...stats.values()]
}

/** A year of reports (about 9,000: one for every 7 residents) with the kept counters the command view reads. */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const reports: Seeded[] = []
  for (let i = 0; i < 9_000; i++) {
    const at = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * 86_400_000))
    const age = (ctx.now.getTime() - at.getTime()) / 86_400_000
    const status: ReportStatus = age > 10 ? pick(ctx.random, ['fixed', 'fixed', 'fixed', 'fixedUnconfirmed', 'closed'] as const) : pick(ctx.random, ['assigned', 'accepted', 'inProgress', 'disposed', 'fixed'] as const)
    const reporterId = pick(ctx.random, ctx.residents)
    // ids apart from the demo's gr-0…: the street's volume is added on top of the demo data
    const doc = reportDoc(i, at, ctx.random, reporterId, '居民', status, 'grv')
    if (!doc.open && ctx.random() < 0.6) doc.rating = { score: 1 + Math.floor(ctx.random() * 5), comment: null }
    reports.push(doc)
  }
  // counted with the demo's reports already there: the counters are recounted over both
  const demo = store.find('governance_reports', { query: {}, limit: 1_000 }) as unknown as Seeded[]
  store.remove('governance_stats', { query: {}, single: false })
  insertAll(store, 'governance_reports', reports)
  insertAll(store, 'governance_stats', countersOf([...demo, ...reports]))
}
