/** The claims of 党建指导中心 under a crowd: service-post places and the one claimer of a 微心愿. */
import { dataOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now, strictIndexes: true })
const PARTY = 'race-party-staff'
const THIRD = 'race-third-staff'

beforeAll(() => {
  env.givenUser(PARTY, [{ role: 'centerStaff', center: 'party' }], { name: '党建干事', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(THIRD, [{ role: 'communityStaff' }], { name: '三社区干事', community: '黄河西路第三社区', address: '3号楼' })
})

/** `n` confirmed members reported to the third community, registered and confirmed through the actions. */
async function members(prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => env.resident(`${prefix}-${i}`))
  const records = await Promise.all(
    ids.map((id, i) => env.call(id, 'party', 'registerMember', { name: `党员${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二三四五六七八九十'[Math.floor(i / 10) % 10]}`, phone: '13900000000', branch: '第三党支部', community: '黄河西路第三社区' })),
  )
  await Promise.all(records.map((r) => env.call(PARTY, 'party', 'confirmMember', { memberId: dataOf(r).id, decision: 'confirm' })))
  await Promise.all(ids.map((id) => env.call(id, 'party', 'reportToCommunity', { community: '黄河西路第三社区' })))
  return ids
}

describe('service post places', () => {
  it('gives exactly the 5 places of a post to 5 of 60 simultaneous members, the rest FULL', async () => {
    const crowd = await members('post', 60)
    const post = dataOf(
      await env.call(THIRD, 'party', 'publishPost', {
        community: '黄河西路第三社区',
        kind: '文明劝导',
        title: '路口文明劝导',
        description: '早高峰劝导行人和电动车遵守信号灯',
        place: '黄河西路与民族东路路口',
        startAt: '2026-12-02T23:30:00Z',
        endAt: '2026-12-03T01:00:00Z',
        capacity: 5,
        hours: 1.5,
      }),
    )
    const replies = await Promise.all(crowd.map((id) => env.call(id, 'party', 'signUpPost', { postId: post.id })))
    expect(replies.filter((r) => r.ok)).toHaveLength(5)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'FULL')).toBe(true)
    expect(env.cloud.store.count('party_post_signups', { postId: post.id })).toBe(5)
    const [stored] = env.cloud.store.find('party_posts', { query: { _id: post.id } })
    expect(stored).toMatchObject({ taken: 5, placesLeft: 0 })
  })
})

describe('微心愿 claims', () => {
  it('gives a wish exactly one claimer of 200 simultaneous claims', async () => {
    const crowd = await members('wish', 200)
    const wish = dataOf(
      await env.call(THIRD, 'party', 'postWish', {
        community: '黄河西路第三社区',
        needyKind: '困难儿童',
        title: '一套课外读物',
        description: '三年级学生，喜欢科普书',
        budget: 120,
        needyName: '孙小宇',
        needyAddress: '8号楼2单元301',
      }),
    )
    const replies = await Promise.all(crowd.map((id) => env.call(id, 'party', 'claimWish', { wishId: wish.id })))
    const winners = replies.filter((r) => r.ok)
    expect(winners).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'CONFLICT' && r.error.message === '该心愿已被认领')).toBe(true)
    const [stored] = env.cloud.store.find('party_wishes', { query: { _id: wish.id } })
    expect(stored).toMatchObject({ status: 'claimed', taken: 1 })
    expect(crowd).toContain(stored.claimerId)
  })
})
