import { GOVERNANCE_GRIDS, GOVERNANCE_TEAMS } from '../../emulator/seeds/governance'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Checked from outside: residents and attackers calling the real governance handler at once.
const now = new Date('2026-11-30T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const WORKER = 'grid-chen'
const COMMAND = 'command-gao'
const first = '黄河西路第一社区' as const
const litter = { category: '环境卫生' as const, description: '垃圾桶满溢', location: { community: first, building: '17号楼' } }

beforeAll(() => {
  env.cloud.store.insert('governance_grids', GOVERNANCE_GRIDS.map((g) => ({ ...g, workerId: WORKER, workerName: '陈卫东' })))
  env.cloud.store.insert('governance_teams', GOVERNANCE_TEAMS.map((t) => ({ ...t, members: [{ id: WORKER, name: '陈卫东' }] })))
  env.givenUser(WORKER, [{ role: 'gridWorker' }], { name: '陈卫东', community: first, address: '2号楼' })
  env.givenUser(COMMAND, [{ role: 'centerStaff', center: 'governance' }], { name: '高志远', community: first, address: '9号楼' })
  env.givenUser('reporter', [], { name: '李建国', community: first, address: '17号楼3单元402' }, '13812345678')
})

const counters = async () => dataOf(await env.call(COMMAND, 'governance', 'commandOverview', {})).street.counters

async function disposed(description: string) {
  const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description }))
  dataOf(await env.call(WORKER, 'governance', 'acceptReport', { reportId: r.id }))
  dataOf(await env.call(WORKER, 'governance', 'disposeReport', { reportId: r.id, text: '已清运' }))
  return r
}

describe('races', () => {
  it('counts a rating once when the reporter taps 10 times at once', async () => {
    const reports = await Promise.all(Array.from({ length: 6 }, (_, i) => disposed(`楼下垃圾没人收 ${i}`)))
    await Promise.all(reports.map((r) => env.call('reporter', 'governance', 'confirmReport', { reportId: r.id }).then(dataOf)))
    const before = await counters()
    const taps = await Promise.all(reports.flatMap((r) => Array.from({ length: 10 }, (_, i) => env.call('reporter', 'governance', 'rateReport', { reportId: r.id, score: i % 2 ? 1 : 5 }))))
    expect(taps.filter((t) => t.ok)).toHaveLength(6)
    expect((await counters()).rated - before.rated).toBe(6)
    for (const r of reports) {
      const seen = dataOf(await env.call('reporter', 'governance', 'getReport', { reportId: r.id }))
      expect(seen.timeline.filter((t) => t.text.startsWith('评价'))).toHaveLength(1)
    }
  })

  it('loses no follower when residents follow the surviving report while the command staff merge duplicates into it', async () => {
    const people = Array.from({ length: 20 }, (_, i) => env.resident(`m-follower-${i}`))
    const rounds = await Promise.all(
      Array.from({ length: 6 }, async (_, round) => {
        const keep = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: `路灯坏了 ${round}` }))
        const dups = await Promise.all([0, 1, 2].map((d) => env.call(env.resident(`dup-reporter-${round}-${d}`), 'governance', 'report', { ...litter, description: `路灯不亮 ${round}-${d}` }).then(dataOf)))
        await Promise.all([
          ...people.map((p) => env.call(p, 'governance', 'followReport', { reportId: keep.id }).then(dataOf)),
          ...dups.map((dup) => env.call(COMMAND, 'governance', 'mergeReports', { reportId: keep.id, duplicateIds: [dup.id] }).then(dataOf)),
        ])
        return keep.id
      }),
    )
    for (const id of rounds) {
      const doc = env.cloud.store.find('governance_reports', { query: { _id: id } })[0] as { followerCount: number; followers: string[] }
      expect(doc.followers).toHaveLength(23)
      expect(doc.followerCount).toBe(23)
    }
  })

  it('keeps each team’s received count true when two command staff re-dispatch one report at once', async () => {
    env.givenUser('command-li', [{ role: 'centerStaff', center: 'governance' }], { name: '李明', community: first, address: '8号楼' })
    const before = dataOf(await env.call(COMMAND, 'governance', 'commandOverview', {}))
    const reports = await Promise.all(Array.from({ length: 6 }, (_, i) => env.call('reporter', 'governance', 'report', { ...litter, description: `井盖丢失 ${i}` }).then(dataOf)))
    await Promise.all(
      reports.flatMap((r) => [
        env.call(COMMAND, 'governance', 'dispatchReport', { reportId: r.id, to: { kind: 'team', id: 'team-zhifa' }, note: '请执法队处理' }),
        env.call('command-li', 'governance', 'dispatchReport', { reportId: r.id, to: { kind: 'team', id: 'team-zhiyuan' }, note: '请志愿者处理' }),
      ]),
    )
    const after = dataOf(await env.call(COMMAND, 'governance', 'commandOverview', {}))
    const held = await Promise.all(reports.map((r) => env.call(COMMAND, 'governance', 'getReport', { reportId: r.id }).then(dataOf)))
    const received = (o: typeof after, key: string) => o.teams.find((t) => t.key === key)?.counters.received ?? 0
    expect(after.street.counters.received - before.street.counters.received).toBe(6)
    for (const key of ['grid', 'team_team-zhifa', 'team_team-zhiyuan']) {
      const holds = held.filter((r) => (r.assignee?.kind === 'grid' ? 'grid' : `team_${r.assignee?.id}`) === key).length
      expect([key, received(after, key) - received(before, key)]).toEqual([key, holds])
    }
  })

  it('lets one move win when the handler disposes while the command staff close, and the reporter confirms while reopening', async () => {
    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '井盖松动' }))
    dataOf(await env.call(WORKER, 'governance', 'acceptReport', { reportId: r.id }))
    const before = await counters()
    const [a, b] = await Promise.all([
      env.call(WORKER, 'governance', 'disposeReport', { reportId: r.id, text: '已更换井盖' }),
      env.call(COMMAND, 'governance', 'closeReport', { reportId: r.id, reason: 'unableToFix', note: '需市政处理' }),
    ])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    if (a.ok) {
      const answers = await Promise.all([
        ...Array.from({ length: 10 }, () => env.call('reporter', 'governance', 'confirmReport', { reportId: r.id })),
        ...Array.from({ length: 10 }, () => env.call('reporter', 'governance', 'reopenReport', { reportId: r.id, reason: '还是松的' })),
      ])
      expect(answers.filter((x) => x.ok)).toHaveLength(1)
    }
    expect((await counters()).closed - before.closed).toBeLessThanOrEqual(1)
  })
})

describe('who may read and act', () => {
  it('keeps a private report from other residents, other centers’ staff and a new user, in every read', async () => {
    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '邻居家漏水影响我家', public: false }))
    env.givenUser('affairs-staff', [{ role: 'centerStaff', center: 'affairs' }], { name: '刘', community: first, address: '1号楼' })
    env.resident('nosy')
    for (const who of ['nosy', 'affairs-staff', 'brand-new']) {
      expect(errorOf(await env.call(who, 'governance', 'getReport', { reportId: r.id })).code).toBe('NOT_FOUND')
      expect(errorOf(await env.call(who, 'governance', 'followReport', { reportId: r.id })).code).toBe('NOT_FOUND')
      const near = dataOf(await env.call(who, 'governance', 'nearbyReports', { category: '环境卫生', community: first, building: '17号楼' }))
      expect(near.items.map((i) => i.id)).not.toContain(r.id)
      // the handlers' list: refused to them, or empty
      const listed = await env.call(who, 'governance', 'listReports', {})
      expect(listed.ok ? listed.data.items : []).toEqual([])
      expect(dataOf(await env.call(who, 'governance', 'myReports', {})).items).toEqual([])
      expect(errorOf(await env.call(who, 'governance', 'acceptReport', { reportId: r.id })).code).toBe('NOT_FOUND')
      expect(errorOf(await env.call(who, 'governance', 'mergeReports', { reportId: r.id, duplicateIds: [r.id] })).code).toBe('FORBIDDEN')
      expect(errorOf(await env.call(who, 'governance', 'commandOverview', {})).code).toBe('FORBIDDEN')
    }
    // the reporter's phone reaches the handler alone, not the command staff
    expect(dataOf(await env.call(COMMAND, 'governance', 'getReport', { reportId: r.id })).reporterPhone).toBeNull()
    expect(dataOf(await env.call(WORKER, 'governance', 'getReport', { reportId: r.id })).reporterPhone).toBe('13812345678')
  })

  it('lets no other resident confirm, reopen or rate someone else’s public report', async () => {
    const r = await disposed('健身器材损坏')
    env.resident('stranger')
    for (const [action, input] of [
      ['confirmReport', { reportId: r.id }],
      ['reopenReport', { reportId: r.id, reason: '没修好' }],
      ['rateReport', { reportId: r.id, score: 1 }],
      ['disposeReport', { reportId: r.id, text: '假装修好' }],
    ] as const) {
      expect(errorOf(await env.call('stranger', 'governance', action, input as never)).code).toBe('FORBIDDEN')
    }
  })
})

describe('the three rates', () => {
  it('takes no satisfaction rating from a handler for their own disposal of a report they made', async () => {
    // the grid worker reports what they found on patrol: it is routed to them
    const r = dataOf(await env.call(WORKER, 'governance', 'report', { ...litter, description: '巡查发现绿化带垃圾' }))
    expect(r.viewer).toMatchObject({ isReporter: true, isHandler: true })
    dataOf(await env.call(WORKER, 'governance', 'acceptReport', { reportId: r.id }))
    dataOf(await env.call(WORKER, 'governance', 'disposeReport', { reportId: r.id, text: '已清理' }))
    dataOf(await env.call(WORKER, 'governance', 'confirmReport', { reportId: r.id }))
    const before = await counters()
    expect(errorOf(await env.call(WORKER, 'governance', 'rateReport', { reportId: r.id, score: 5 })).code).toBe('FORBIDDEN')
    expect((await counters()).rated).toBe(before.rated)
    expect(dataOf(await env.call(WORKER, 'governance', 'getReport', { reportId: r.id })).moves).not.toContain('rate')
  })
})

describe('merging', () => {
  it('never shows a private report to the residents of a duplicate merged into it (我的, the report, notices)', async () => {
    env.givenResident('private-reporter', '钱阿姨')
    env.givenResident('public-reporter', '孙大爷')
    const secret = dataOf(await env.call('private-reporter', 'governance', 'report', { ...litter, category: '邻里纠纷', description: '302室张某深夜酗酒打骂家人', public: false }))
    const open = dataOf(await env.call('public-reporter', 'governance', 'report', { ...litter, category: '邻里纠纷', description: '楼上夜里很吵' }))
    await env.call(COMMAND, 'governance', 'mergeReports', { reportId: secret.id, duplicateIds: [open.id] })
    await env.call(WORKER, 'governance', 'acceptReport', { reportId: secret.id })
    const mine = dataOf(await env.call('public-reporter', 'account', 'listMyItems', {}))
    expect(JSON.stringify(mine)).not.toContain('张某')
    expect(errorOf(await env.call('public-reporter', 'governance', 'getReport', { reportId: secret.id })).code).toBe('NOT_FOUND')
    const told = env.cloud.store.find('notices', { query: { touser: 'public-reporter' } })
    expect(JSON.stringify(told)).not.toContain('张某')
    // the other way round the public report survives and both follow it
    const merged = dataOf(await env.call(COMMAND, 'governance', 'mergeReports', { reportId: open.id, duplicateIds: [secret.id] }))
    expect(merged.followerCount).toBe(1)
    expect(dataOf(await env.call('private-reporter', 'governance', 'getReport', { reportId: open.id })).viewer.isFollower).toBe(true)
  })
})

describe('bad input', () => {
  it('answers wrong types, huge text, unknown fields and missing ids in Chinese, never INTERNAL', async () => {
    const tries: Array<[string, unknown]> = [
      ['report', { ...litter, description: 'x'.repeat(100_000) }],
      ['report', { ...litter, extra: 1 }],
      ['report', { ...litter, location: { community: '火星社区' } }],
      ['report', { ...litter, photos: ['cloud://elsewhere/a.jpg'] }],
      ['getReport', { reportId: 42 }],
      ['getReport', { reportId: 'nope-does-not-exist' }],
      ['getReport', { reportId: { $ne: null } }],
      ['rateReport', { reportId: 'nope', score: -3 }],
      ['listReports', { pageSize: -1 }],
      ['listReports', { cursor: 'garbage' }],
      ['nearbyReports', { category: '环境卫生', community: first, point: { lat: 999, lng: 'x' } }],
      ['mergeReports', { reportId: 'nope', duplicateIds: Array.from({ length: 500 }, (_, i) => `d${i}`) }],
    ]
    for (const [action, input] of tries) {
      const res = await env.call(action === 'mergeReports' ? COMMAND : 'reporter', 'governance', action as 'getReport', input as never)
      expect(res.ok).toBe(false)
      if (res.ok) continue
      expect([action, res.error.code]).not.toEqual([action, 'INTERNAL'])
      expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
