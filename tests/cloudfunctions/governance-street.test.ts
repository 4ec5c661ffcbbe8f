/**
 * 综治中心 at a street's volume: 60,000 residents and a year of reports (emulator/seeds: the account and
 * governance volumes), with the request budgets the issue sets for the reads residents and the command staff
 * make most. Their latency is measured by `npm run bench` (a timed test only measures the machine it runs on).
 */
import * as account from '../../emulator/seeds/account'
import * as governance from '../../emulator/seeds/governance'
import { seedStreet, type Volume } from '../../emulator/seeds/volume'
import { dataOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-04T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const COMMAND = 'command-street'
const first = '黄河西路第一社区' as const

beforeAll(() => {
  governance.seed(env.cloud.store, now)
  seedStreet(env.cloud.store, [(account as { volume: Volume }).volume, governance.volume], 1, now)
  env.givenUser(COMMAND, [{ role: 'centerStaff', center: 'governance' }], { name: '高志远', community: first, address: '9号楼' })
}, 180_000)

async function measure(openid: string, action: string, input: unknown, calls = 3): Promise<{ maxRequests: number; last: unknown }> {
  let maxRequests = 0
  let last: unknown = null
  for (let i = 0; i < calls; i++) {
    const run = await env.raw(openid, 'governance', { action, input })
    maxRequests = Math.max(maxRequests, run.dbRequests)
    last = dataOf(run.result as never)
  }
  return { maxRequests, last }
}

describe('at a street’s volume (a year of reports, 60,000 residents)', () => {
  it('holds a year of reports', () => {
    expect(env.cloud.store.count('governance_reports')).toBeGreaterThanOrEqual(9_000)
  })

  it('answers the command view in at most 5 requests however many reports exist', async () => {
    const m = await measure(COMMAND, 'commandOverview', {})
    expect(m.maxRequests).toBeLessThanOrEqual(5)
    expect((m.last as { street: { counters: { received: number } } }).street.counters.received).toBeGreaterThan(1_000)
    // the heading counts every overdue report, though the list shows the earliest 20
    expect((m.last as { overdueCount: number }).overdueCount).toBe(env.cloud.store.count('governance_reports', { open: true, overdue: true }))
  }, 60_000)

  it('lists reports a page at a time in at most 2 requests, filtered by community, status, team or overdue', async () => {
    for (const input of [{ community: first }, { status: 'open' }, { teamKey: 'grid', page: 3 }, { overdue: true, status: 'open' }, { category: '环境卫生', community: first }]) {
      const m = await measure(COMMAND, 'listReports', input)
      expect(m.maxRequests).toBeLessThanOrEqual(2)
    }
  }, 60_000)

  it('finds the same problem nearby in at most 2 requests', async () => {
    const resident = env.resident('street-nearby')
    const m = await measure(resident, 'nearbyReports', { category: '环境卫生', community: first, point: { lat: 40.8105, lng: 111.6385 } })
    expect(m.maxRequests).toBeLessThanOrEqual(2)
  }, 60_000)
})
