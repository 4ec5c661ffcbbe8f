/** 居民服务中心 checked from outside: a member of staff giving themself the address badge that lets them vote. */
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'voice-staff'
const COLLEAGUE = 'voice-colleague'

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'residents' }], { name: '韩梅', community: '黄河西路第二社区', address: '8号楼1单元101' })
  env.givenUser(COLLEAGUE, [{ role: 'centerStaff', center: 'residents' }], { name: '方明', community: '黄河西路第一社区', address: '1号楼' })
})

it('keeps a member of staff from verifying their own address; a colleague does', async () => {
  dataOf(await env.call(STAFF, 'voice', 'askVerification', {}))
  const row = dataOf(await env.call(STAFF, 'voice', 'listVerifications', {})).items.find((r) => r.name === '韩梅')
  expect(errorOf(await env.call(STAFF, 'voice', 'verifyAddress', { verificationId: row?.id as string, approve: true })).code).toBe('FORBIDDEN')
  expect(dataOf(await env.call(STAFF, 'voice', 'myVerification', {}))).toMatchObject({ verified: false, pending: true })
  dataOf(await env.call(COLLEAGUE, 'voice', 'verifyAddress', { verificationId: row?.id as string, approve: true }))
  expect(dataOf(await env.call(STAFF, 'voice', 'myVerification', {}))).toMatchObject({ verified: true, community: '黄河西路第二社区', building: '8号楼' })
})

describe('two members of staff tracking one resolution at once', () => {
  /** A topic whose resolution stands and whose implementation is under way, as the five steps leave it. */
  function implementing(id: string, tasks: Array<{ id: string; title: string; done: boolean }>) {
    const at = new Date('2026-11-01T02:00:00Z')
    env.cloud.store.insert('voice_topics', [
      {
        _id: id,
        title: '加装电梯',
        body: '3号楼加装电梯',
        scope: { kind: 'building', community: '黄河西路第一社区', building: '3号楼' },
        scopeKey: '黄河西路第一社区|3号楼',
        proposerId: null,
        proposerName: '议事会',
        byCouncil: true,
        step: 'implementing',
        gatherUntil: at,
        threshold: 5,
        supportCount: 5,
        comments: [],
        council: { at, place: '议事厅', agenda: '加装电梯', attendance: [], minutes: '同意' },
        resolution: { decision: '加装', reasons: '多数同意', accepted: true, needsVote: false, publishedAt: at, noticeUntil: at, objectionCount: 0 },
        vote: null,
        tasks: tasks.map((t) => ({ ...t, owner: '物业', dueDay: '2026-12-31' })),
        updates: [],
        progress: 0,
        ratingCount: 0,
        ratingSum: 0,
        createdAt: at,
        updatedAt: at,
      },
    ])
    return id
  }

  it('keeps every task two of them add at the same moment', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => implementing(`topic-add-${i}`, []))
    const replies = await Promise.all(
      ids.flatMap((topicId) => [
        env.call(STAFF, 'voice', 'addTask', { topicId, title: '施工招标', owner: '居委会', dueDay: '2026-12-20' }),
        env.call(COLLEAGUE, 'voice', 'addTask', { topicId, title: '费用分摊', owner: '业委会', dueDay: '2026-12-25' }),
      ]),
    )
    for (const [i, topicId] of ids.entries()) {
      const t = dataOf(await env.call(STAFF, 'voice', 'getTopic', { topicId }))
      // each add is kept or refused as "just changed": never answered as added and then lost
      const accepted = [replies[2 * i], replies[2 * i + 1]].filter((r) => r.ok).length
      expect([topicId, t.tasks.length]).toEqual([topicId, accepted])
      expect(new Set(t.tasks.map((k) => k.id)).size).toBe(t.tasks.length)
    }
  })

  it('keeps both tasks done when two of them mark different tasks done at once', async () => {
    const ids = Array.from({ length: 12 }, (_, i) =>
      implementing(`topic-done-${i}`, [
        { id: 't1', title: '施工招标', done: false },
        { id: 't2', title: '费用分摊', done: false },
      ]),
    )
    const replies = await Promise.all(
      ids.flatMap((topicId) => [
        env.call(STAFF, 'voice', 'updateTask', { topicId, taskId: 't1', note: '已完成招标', done: true }),
        env.call(COLLEAGUE, 'voice', 'updateTask', { topicId, taskId: 't2', note: '已分摊', done: true }),
      ]),
    )
    for (const [i, topicId] of ids.entries()) {
      const t = dataOf(await env.call(STAFF, 'voice', 'getTopic', { topicId }))
      const accepted = [replies[2 * i], replies[2 * i + 1]].filter((r) => r.ok).length
      // what was answered as done is done
      expect([topicId, t.tasks.filter((k) => k.done).length]).toEqual([topicId, accepted])
    }
  })
})
