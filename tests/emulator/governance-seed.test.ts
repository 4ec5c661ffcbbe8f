/**
 * 综治中心 in the demo and on a street: the command view reads kept counters, never the reports, so the seeds must
 * leave the counters the function's own writes would have — or the first report closed on the demo counts below zero.
 */
import { localCollections } from '../../emulator/local-cloud'
import { seedDemoData } from '../../emulator/seed'
import { volume } from '../../emulator/seeds/governance'
import { seedStreet } from '../../emulator/seeds/volume'
import { DocumentStore } from '../../emulator/store/engine'
import { shanghaiDay } from '@/shared/time'

// Thursday 2026-12-03, 10:00 in Shanghai: the demo's reports were made on the 2nd, 1st and (last month) 30th
const now = new Date('2026-12-03T02:00:00Z')

function reports(store: DocumentStore) {
  const out: Array<Record<string, unknown>> = []
  for (let offset = 0; ; offset += 1000) {
    const page = store.find('governance_reports', { order: { _id: 1 }, offset, limit: 1000 })
    out.push(...page)
    if (page.length < 1000) return out
  }
}

/** What each day's and month's counters must say: the reports made then, by state. */
function expectCountersMatch(store: DocumentStore) {
  const expected = new Map<string, { total: number; state: Record<string, number> }>()
  for (const r of reports(store)) {
    const day = shanghaiDay(r.createdAt as Date)
    for (const id of [`d_${day}`, `m_${day.slice(0, 7)}`]) {
      const e = expected.get(id) ?? { total: 0, state: {} }
      e.total += 1
      e.state[r.status as string] = (e.state[r.status as string] ?? 0) + 1
      expected.set(id, e)
    }
  }
  const kept = store.find('governance_stats', { query: { kind: { $in: ['day', 'month'] } }, limit: 2_000 })
  expect(new Map(kept.map((s) => [s._id, { total: s.total, state: s.state }]))).toEqual(expected)
}

it('counts the demo’s reports in the command view’s kept counters, and still after the street is added', () => {
  const store = new DocumentStore(':memory:', localCollections())
  try {
    seedDemoData(store, now)
    expect(reports(store)).toHaveLength(3)
    expectCountersMatch(store)
    const [street] = store.find('governance_stats', { query: { _id: `m_2026-12` }, limit: 1 })
    expect(street).toMatchObject({ kind: 'month', total: 2 })
    seedStreet(store, [volume], 1, now)
    expect(reports(store).length).toBeGreaterThan(9000)
    expectCountersMatch(store)
  } finally {
    store.close()
  }
})

it('gives every demo team member the role that opens 我的处置任务, as setTeams does', () => {
  const store = new DocumentStore(':memory:', localCollections())
  try {
    seedDemoData(store, now)
    const members = store.find('governance_teams', { limit: 100 }).flatMap((t) => (t.members as Array<{ id: string }>).map((m) => m.id))
    expect(members.length).toBeGreaterThan(0)
    const withRole = store.find('users', { query: { _id: { $in: members }, 'roles.role': 'teamMember' }, limit: 100 }).map((u) => u._id)
    expect(withRole.sort()).toEqual([...new Set(members)].sort())
  } finally {
    store.close()
  }
})
