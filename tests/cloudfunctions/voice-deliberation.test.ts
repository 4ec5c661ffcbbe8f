/**
 * 居民议事 on the local cloud: address verification, the five steps from a topic to its rating, supports and
 * secret votes under load, and who may see and do what.
 */
import { verifiedFrom } from '@/shared/domain/voice/deliberation'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 Shanghai
let now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'voice-staff'
const LEGAL_STAFF = 'legal-staff'
const ADMIN = 'admin-ma'
const first = '黄河西路第一社区'
const second = '黄河西路第二社区'

/** A resident whose address community staff verified (the badge). */
function verified(openid: string, name: string, community: string, address: string) {
  const at = new Date()
  env.cloud.store.insert('users', [{ _id: openid, profile: { name, community, address }, phone: null, roles: [], voice: { verified: verifiedFrom(community, address) }, createdAt: at, updatedAt: at }])
  return openid
}

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'residents' }], { name: '韩梅', community: first, address: '1号楼' })
  env.givenUser(LEGAL_STAFF, [{ role: 'centerStaff', center: 'legal' }], { name: '林静', community: '黄河西路第六社区', address: '1号楼' })
  env.givenUser(ADMIN, [{ role: 'admin' }], { name: '马建华', community: first, address: '1号楼' })
  verified('proposer', '李建国', first, '3号楼2单元201')
  for (let i = 0; i < 6; i++) verified(`b3-${i}`, `邻居${'一二三四五六'[i]}`, first, `3号楼1单元${101 + i}`)
  verified('b5', '张大妈', first, '5号楼1单元101')
  verified('far', '赵先生', second, '3号楼1单元101')
  env.givenResident('unverified', '钱女士', first)
})

describe('the address badge', () => {
  it('is asked for by a resident and given by community staff; only then may the resident raise a topic', async () => {
    env.givenUser('newcomer', [], { name: '孙阿姨', community: first, address: '3号楼4单元402' })
    expect(errorOf(await env.call('newcomer', 'voice', 'proposeTopic', { title: '楼道灯', body: '楼道灯太暗', scope: 'building' })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call('newcomer', 'voice', 'askVerification', {}))).toMatchObject({ verified: false, pending: true })
    const pending = dataOf(await env.call(STAFF, 'voice', 'listVerifications', {}))
    const row = pending.items.find((r) => r.name === '孙阿姨')
    expect(row).toMatchObject({ community: first, address: '3号楼4单元402' })
    expect(JSON.stringify(pending)).not.toContain('newcomer')
    expect(errorOf(await env.call('newcomer', 'voice', 'verifyAddress', { verificationId: row!.id, approve: true })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(LEGAL_STAFF, 'voice', 'listVerifications', {})).code).toBe('FORBIDDEN')
    dataOf(await env.call(STAFF, 'voice', 'verifyAddress', { verificationId: row!.id, approve: true }))
    expect(dataOf(await env.call('newcomer', 'voice', 'myVerification', {}))).toMatchObject({ verified: true, community: first, building: '3号楼', pending: false })
    dataOf(await env.call('newcomer', 'voice', 'proposeTopic', { title: '楼道灯太暗', body: '3号楼4单元楼道灯太暗，希望换亮一点的灯', scope: 'building' }))
  })
})

describe('居民议事: the five steps of one building topic', () => {
  it('goes from a proposal through supports, the council, a noticed resolution with a secret vote, to tasks at 100 % and residents’ ratings', async () => {
    env.grant('proposer', ['voiceProgress'], 10)
    // 1. raise a topic
    const t = dataOf(await env.call('proposer', 'voice', 'proposeTopic', { title: '3号楼加装电动车充电桩', body: '楼道充电有火灾隐患，建议在楼北侧空地装 10 个充电桩。', scope: 'building' }))
    expect(t).toMatchObject({ scopeText: '第一社区 3号楼', step: 'gathering', stepText: '征求意见', threshold: 5, proposer: '李*国', can: { support: true, comment: true } })
    expect(t.gatherUntil).toBe('2026-12-15T16:00:00.000Z')
    expect(dataOf(await env.call('proposer', 'account', 'listMyItems', {})).items[0]).toMatchObject({ title: '议题：3号楼加装电动车充电桩', statusText: '征求意见', place: '第一社区 3号楼' })

    // 2. gather opinions: neighbours of the building support and comment; others may not
    for (let i = 0; i < 5; i++) dataOf(await env.call(`b3-${i}`, 'voice', 'supportTopic', { topicId: t.id }))
    expect(errorOf(await env.call('b5', 'voice', 'supportTopic', { topicId: t.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('unverified', 'voice', 'supportTopic', { topicId: t.id })).code).toBe('FORBIDDEN')
    const commented = dataOf(await env.call('b3-5', 'voice', 'commentTopic', { topicId: t.id, text: '同意，但要装遮雨棚' }))
    expect(commented.comments).toEqual([{ by: '邻*六（3号楼）', text: '同意，但要装遮雨棚', at: now.toISOString() }])
    const gathered = dataOf(await env.call('proposer', 'voice', 'getTopic', { topicId: t.id }))
    expect(gathered).toMatchObject({ supportCount: 5, stepText: '征求意见（已达 5 人支持，待议事会协商）' })

    // 3. the council meets and records minutes
    expect(errorOf(await env.call('proposer', 'voice', 'scheduleCouncil', { topicId: t.id, at: '2026-12-03T07:00:00Z', place: '社区议事厅', agenda: '充电桩' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(LEGAL_STAFF, 'voice', 'scheduleCouncil', { topicId: t.id, at: '2026-12-03T07:00:00Z', place: '社区议事厅', agenda: '充电桩' })).code).toBe('FORBIDDEN')
    const council = dataOf(await env.call(STAFF, 'voice', 'scheduleCouncil', { topicId: t.id, at: '2026-12-03T07:00:00Z', place: '社区议事厅', agenda: '一、听取提议；二、物业意见；三、形成决议' }))
    expect(council).toMatchObject({ step: 'council', council: { place: '社区议事厅', minutes: null }, can: { support: false, comment: false } })
    expect(errorOf(await env.call(STAFF, 'voice', 'publishResolution', { topicId: t.id, decision: '装', reasons: '安全', accepted: true })).code).toBe('CONFLICT')
    dataOf(await env.call(STAFF, 'voice', 'recordMinutes', { topicId: t.id, attendance: ['宋志刚', '李建国', '物业 王经理'], minutes: '与会人员一致同意加装，费用由楼栋公共收益支付，需居民表决。' }))

    // 4. resolution and public notice: objections and a secret vote, one per household
    const noticed = dataOf(await env.call(STAFF, 'voice', 'publishResolution', { topicId: t.id, decision: '在3号楼北侧加装 10 个充电桩', reasons: '消除楼道充电隐患', accepted: true, needsVote: true }))
    expect(noticed.resolution).toMatchObject({ noticeUntil: '2026-12-08T16:00:00.000Z', objectionCount: 0 })
    const objected = dataOf(await env.call('b3-4', 'voice', 'objectResolution', { topicId: t.id, text: '费用分摊不清楚' }))
    expect(objected).toMatchObject({ objected: true, resolution: { objectionCount: 1 }, objections: [] })
    expect(errorOf(await env.call('b3-4', 'voice', 'objectResolution', { topicId: t.id, text: '再说一次' })).code).toBe('CONFLICT')
    expect(dataOf(await env.call(STAFF, 'voice', 'getTopic', { topicId: t.id })).objections).toEqual([{ text: '费用分摊不清楚', at: now.toISOString() }])
    dataOf(await env.call(STAFF, 'voice', 'openVote', { topicId: t.id, question: '是否用楼栋公共收益加装充电桩', options: ['同意', '不同意'], perHousehold: true, closesAt: '2026-12-07T10:00:00Z' }))
    const r1 = dataOf(await env.call('b3-0', 'voice', 'castVote', { topicId: t.id, option: 'o1' }))
    dataOf(await env.call('b3-1', 'voice', 'castVote', { topicId: t.id, option: 'o1' }))
    dataOf(await env.call('b3-2', 'voice', 'castVote', { topicId: t.id, option: 'o2' }))
    expect(errorOf(await env.call('b3-0', 'voice', 'castVote', { topicId: t.id, option: 'o2' })).code).toBe('CONFLICT')
    expect(errorOf(await env.call('b5', 'voice', 'castVote', { topicId: t.id, option: 'o2' })).code).toBe('FORBIDDEN')
    const running = dataOf(await env.call('b3-0', 'voice', 'voteResults', { topicId: t.id }))
    expect(running).toMatchObject({ state: 'open', ballotCount: 3, totals: null, myReceipt: r1.receipt, counted: true })
    expect(errorOf(await env.call(STAFF, 'voice', 'addTask', { topicId: t.id, title: '采购', owner: '物业', dueDay: '2026-12-20' })).code).toBe('CONFLICT')

    now = new Date('2026-12-09T02:00:00Z')
    const closed = dataOf(await env.call('b3-3', 'voice', 'voteResults', { topicId: t.id }))
    expect(closed).toMatchObject({ state: 'closed', ballotCount: 3, myReceipt: null, counted: false })
    expect(closed.totals).toEqual([{ key: 'o1', label: '同意', count: 2 }, { key: 'o2', label: '不同意', count: 1 }])
    expect(errorOf(await env.call('b3-3', 'voice', 'castVote', { topicId: t.id, option: 'o1' })).code).toBe('CONFLICT')

    // 5. implementation and evaluation
    dataOf(await env.call(STAFF, 'voice', 'addTask', { topicId: t.id, title: '采购充电桩', owner: '物业 王经理', dueDay: '2026-12-20' }))
    const two = dataOf(await env.call(STAFF, 'voice', 'addTask', { topicId: t.id, title: '安装并验收', owner: '社区 宋志刚', dueDay: '2026-12-31' }))
    expect(two).toMatchObject({ step: 'implementing', progress: 0 })
    const photo = await env.upload(STAFF, 'progressPhoto', 'chargers')
    const half = dataOf(await env.call(STAFF, 'voice', 'updateTask', { topicId: t.id, taskId: 't1', note: '10 个充电桩已到货', done: true, photos: [photo] }))
    expect(half).toMatchObject({ progress: 50, step: 'implementing' })
    expect(await (await fetch(encodeURI(half.updates[0].photoUrls[0]))).text()).toBe('chargers')
    expect(errorOf(await env.call('b3-0', 'voice', 'rateOutcome', { topicId: t.id, score: 5 })).code).toBe('CONFLICT')
    const full = dataOf(await env.call(STAFF, 'voice', 'updateTask', { topicId: t.id, taskId: 't2', note: '安装完成并通过消防验收', done: true }))
    expect(full).toMatchObject({ progress: 100, step: 'evaluating', stepText: '实施完成，请评议' })
    dataOf(await env.call('b3-0', 'voice', 'rateOutcome', { topicId: t.id, score: 5 }))
    const rated = dataOf(await env.call('b3-1', 'voice', 'rateOutcome', { topicId: t.id, score: 4 }))
    expect(rated).toMatchObject({ rated: true, rating: { count: 2, average: 4.5 }, can: { rate: false } })
    expect(errorOf(await env.call('b3-1', 'voice', 'rateOutcome', { topicId: t.id, score: 1 })).code).toBe('CONFLICT')
    expect(errorOf(await env.call('b5', 'voice', 'rateOutcome', { topicId: t.id, score: 1 })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call('proposer', 'account', 'listMyItems', {})).items[0]).toMatchObject({ statusText: '实施完成，请评议' })
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'proposer', templateId: 'TPL_VOICE_PROGRESS' } }).length).toBeGreaterThanOrEqual(5)
    now = new Date('2026-12-01T02:00:00Z')
  })
})

describe('who sees a topic', () => {
  it('shows a topic only to residents of its scope and the center’s staff: FORBIDDEN to another community, to other centers’ staff', async () => {
    const t = dataOf(await env.call('proposer', 'voice', 'proposeTopic', { title: '社区广场跳舞时间', body: '晚上九点后请停止广场舞音乐', scope: 'community' }))
    expect(errorOf(await env.call('far', 'voice', 'getTopic', { topicId: t.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(LEGAL_STAFF, 'voice', 'getTopic', { topicId: t.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('far', 'voice', 'voteResults', { topicId: t.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('far', 'voice', 'commentTopic', { topicId: t.id, text: '我也说两句' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('far', 'voice', 'supportTopic', { topicId: t.id })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call('far', 'voice', 'listTopics', {})).items.map((i) => i.id)).not.toContain(t.id)
    // a resident of the community (another building, or not yet verified) sees it; only the verified may act
    expect(dataOf(await env.call('b5', 'voice', 'getTopic', { topicId: t.id })).can.support).toBe(true)
    const seen = dataOf(await env.call('unverified', 'voice', 'getTopic', { topicId: t.id }))
    expect(seen).toMatchObject({ inScope: false, can: { support: false, comment: false } })
    expect(dataOf(await env.call('b5', 'voice', 'listTopics', {})).items.map((i) => i.id)).toContain(t.id)
    expect(dataOf(await env.call(ADMIN, 'voice', 'getTopic', { topicId: t.id })).staff).toBe(true)
  })
})

describe('the council’s work is the center staff’s', () => {
  it('refuses every staff move on a topic to residents and other centers’ staff', async () => {
    const t = dataOf(await env.call('proposer', 'voice', 'proposeTopic', { title: '权限测试', body: '只有工作人员能推进', scope: 'building' }))
    const moves = [
      () => ['scheduleCouncil', { topicId: t.id, at: '2026-12-03T07:00:00Z', place: '议事厅', agenda: '议程' }],
      () => ['recordMinutes', { topicId: t.id, attendance: ['某人'], minutes: '纪要' }],
      () => ['publishResolution', { topicId: t.id, decision: '决议', reasons: '理由', accepted: true }],
      () => ['openVote', { topicId: t.id, question: '表决', options: ['是', '否'], perHousehold: true, closesAt: '2026-12-05T10:00:00Z' }],
      () => ['addTask', { topicId: t.id, title: '任务', owner: '某人', dueDay: '2026-12-20' }],
      () => ['updateTask', { topicId: t.id, taskId: 't1', note: '进展' }],
      () => ['verifyAddress', { verificationId: 'x', approve: true }],
    ] as const
    for (const who of ['proposer', 'b3-0', LEGAL_STAFF]) {
      for (const move of moves) {
        const [action, input] = move()
        expect({ who, action, code: errorOf(await env.call(who, 'voice', action as 'addTask', input as never)).code }).toEqual({ who, action, code: 'FORBIDDEN' })
      }
    }
    // residents outside the building may not object or rate either
    expect(errorOf(await env.call('b5', 'voice', 'objectResolution', { topicId: t.id, text: '异议' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('far', 'voice', 'rateOutcome', { topicId: t.id, score: 3 })).code).toBe('FORBIDDEN')
  })
})

describe('supports and votes under load', () => {
  it('counts 2,000 simultaneous supports from 2,000 residents exactly once each, and refuses those outside the scope', async () => {
    const t = dataOf(await env.call(STAFF, 'voice', 'proposeTopic', { title: '社区食堂开早餐', body: '建议社区食堂增加早餐供应', scope: 'community', community: first }))
    expect(t).toMatchObject({ byCouncil: true, proposer: '居民议事会', threshold: 30 })
    const at = new Date()
    const people = Array.from({ length: 2000 }, (_, i) => `s-${i}`)
    env.cloud.store.insert('users', people.map((p, i) => ({ _id: p, profile: { name: '居民', community: first, address: `${(i % 40) + 1}号楼${i}室` }, phone: null, roles: [], voice: { verified: verifiedFrom(first, `${(i % 40) + 1}号楼${i}室`) }, createdAt: at, updatedAt: at })))
    const outsiders = Array.from({ length: 50 }, (_, i) => verified(`o-${i}`, '外社区居民', second, `${i + 1}号楼`))
    const replies = await Promise.all([...people, ...outsiders].map((p) => env.call(p, 'voice', 'supportTopic', { topicId: t.id })))
    expect(replies.slice(0, 2000).every((r) => r.ok)).toBe(true)
    expect(replies.slice(2000).every((r) => !r.ok && r.error.code === 'FORBIDDEN')).toBe(true)
    const [stored] = env.cloud.store.find('voice_topics', { query: { _id: t.id } })
    expect(stored.supportCount).toBe(2000)
    expect(env.cloud.store.count('voice_supports', { topicId: t.id })).toBe(2000)
  }, 180_000)

  it('counts 500 simultaneous votes, two people of each household racing, as exactly one per household', async () => {
    now = new Date('2026-12-01T02:00:00Z')
    const t = dataOf(await env.call(STAFF, 'voice', 'proposeTopic', { title: '7号楼公共维修资金用途', body: '7号楼公共维修资金用于更换电梯还是外墙保温', scope: 'building', community: first, building: '7号楼' }))
    dataOf(await env.call(STAFF, 'voice', 'scheduleCouncil', { topicId: t.id, at: '2026-12-02T07:00:00Z', place: '议事厅', agenda: '资金用途' }))
    dataOf(await env.call(STAFF, 'voice', 'recordMinutes', { topicId: t.id, attendance: ['宋志刚'], minutes: '提请居民表决' }))
    dataOf(await env.call(STAFF, 'voice', 'publishResolution', { topicId: t.id, decision: '由居民表决', reasons: '涉及全体业主', accepted: true, needsVote: true }))
    dataOf(await env.call(STAFF, 'voice', 'openVote', { topicId: t.id, question: '维修资金用于', options: ['更换电梯', '外墙保温'], perHousehold: true, closesAt: '2026-12-05T10:00:00Z' }))
    const at = new Date()
    const voters = Array.from({ length: 500 }, (_, i) => ({ id: `v-${i}`, flat: `7号楼${Math.floor(i / 2)}室` }))
    env.cloud.store.insert('users', voters.map((v) => ({ _id: v.id, profile: { name: '居民', community: first, address: v.flat }, phone: null, roles: [], voice: { verified: verifiedFrom(first, v.flat) }, createdAt: at, updatedAt: at })))
    // one vote first, counted: at most 4 requests
    verified('v-extra', '居民', first, '7号楼999室')
    const counted = await env.counted('v-extra', 'voice', 'castVote', { topicId: t.id, option: 'o1' })
    dataOf(counted.result)
    expect(counted.requests).toBeLessThanOrEqual(4)
    const replies = await Promise.all(voters.map((v, i) => env.call(v.id, 'voice', 'castVote', { topicId: t.id, option: i % 4 < 2 ? 'o1' : 'o2' })))
    expect(replies.filter((r) => r.ok)).toHaveLength(250)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'CONFLICT')).toBe(true)
    const [stored] = env.cloud.store.find('voice_topics', { query: { _id: t.id } })
    const vote = stored.vote as { totals: Record<string, number>; ballotCount: number }
    expect(vote.ballotCount).toBe(251)
    expect(vote.totals.o1 + vote.totals.o2).toBe(251)
    expect(env.cloud.store.count('voice_ballots', { topicId: t.id })).toBe(251)

    // nobody can read who voted for what: not through any action, not in the database
    const ballots = env.cloud.store.find('voice_ballots', { query: { topicId: t.id } })
    expect(Object.keys(ballots[0]).sort()).toEqual(['_id', 'receipt', 'topicId'])
    const everything = JSON.stringify(env.cloud.store.collectionNames().flatMap((c) => env.cloud.store.find(c, {})))
    for (const v of voters.slice(0, 20)) expect(everything).not.toMatch(new RegExp(`${v.id}[^0-9].{0,200}(o1|o2|更换电梯|外墙保温)`))
    for (const viewer of [STAFF, ADMIN, 'v-0']) {
      const seen = JSON.stringify([dataOf(await env.call(viewer, 'voice', 'getTopic', { topicId: t.id })), dataOf(await env.call(viewer, 'voice', 'voteResults', { topicId: t.id }))])
      expect(seen).not.toMatch(/v-\d|7号楼\d+室|"label":"[^"]+","count"/)
    }
    // a voter (either of the household) can check their household's ballot was counted
    expect(dataOf(await env.call('v-1', 'voice', 'voteResults', { topicId: t.id }))).toMatchObject({ counted: true, totals: null })
  }, 120_000)
})

describe('request budgets of 居民议事', () => {
  it('lists in at most 2 requests, reads a topic in 2, supports in at most 4 (castVote: in the 500-vote test)', async () => {
    const t = dataOf(await env.call('proposer', 'voice', 'proposeTopic', { title: '预算测试议题', body: '请求数', scope: 'building' }))
    const list = await env.counted('b3-0', 'voice', 'listTopics', {})
    dataOf(list.result)
    expect(list.requests).toBeLessThanOrEqual(2)
    const staffList = await env.counted(STAFF, 'voice', 'listTopics', { step: 'gathering' })
    dataOf(staffList.result)
    expect(staffList.requests).toBeLessThanOrEqual(2)
    const got = await env.counted('b3-0', 'voice', 'getTopic', { topicId: t.id })
    dataOf(got.result)
    expect(got.requests).toBeLessThanOrEqual(2)
    const support = await env.counted('b3-0', 'voice', 'supportTopic', { topicId: t.id })
    dataOf(support.result)
    expect(support.requests).toBeLessThanOrEqual(4)
  })
})
