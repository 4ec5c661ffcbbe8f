/** 党建 checked from outside: community staff reaching past their community, and claims raced. */
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const THIRD = 'third-community-staff'
const FIRST = 'first-community-staff'
const CADRE = 'first-community-cadre'

beforeAll(() => {
  env.givenUser(THIRD, [{ role: 'communityStaff' }], { name: '三社区干事', community: '黄河西路第三社区', address: '3号楼' })
  env.givenUser(FIRST, [{ role: 'communityStaff' }], { name: '一社区干事', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(CADRE, [{ role: 'cadre' }], { name: '一社区书记', community: '黄河西路第一社区', address: '1号楼' })
})

const wish = {
  community: '黄河西路第三社区' as const,
  needyKind: '独居老人' as const,
  title: '一台收音机',
  description: '老人眼睛不好，想听广播',
  budget: 80,
  needyName: '刘桂芳',
  needyAddress: '12号楼3单元201',
}

describe('a community’s staff and cadres manage their own community only', () => {
  it('cannot move themselves into another community to read its needy people and vet its wishes', async () => {
    const posted = dataOf(await env.call(THIRD, 'party', 'postWish', wish))
    for (const who of [FIRST, CADRE]) {
      expect(dataOf(await env.call(who, 'party', 'getWish', { wishId: posted.id })).needy).toBeNull()
      // 我的 → 个人资料: the community changed to the third
      const moved = await env.call(who, 'account', 'updateProfile', { name: '换社区', community: '黄河西路第三社区', address: '3号楼' })
      expect(moved.ok).toBe(false)
      if (!moved.ok) expect(moved.error).toMatchObject({ code: 'FORBIDDEN', fields: { community: expect.stringMatching(/街道管理员/) } })
      const seen = dataOf(await env.call(who, 'party', 'getWish', { wishId: posted.id }))
      expect(seen.needy).toBeNull()
      expect(JSON.stringify(seen)).not.toMatch(/刘桂芳|12号楼/)
      expect(errorOf(await env.call(who, 'party', 'listWishes', { scope: 'manage', community: '黄河西路第三社区' })).code).toBe('FORBIDDEN')
    }
    // the rest of their profile they may still change
    const renamed = dataOf(await env.call(FIRST, 'account', 'updateProfile', { name: '一社区干事', community: '黄河西路第一社区', address: '2号楼' }))
    expect(renamed.profile).toMatchObject({ community: '黄河西路第一社区', address: '2号楼' })
  })
})

describe('taps at once', () => {
  it('gives each volunteer registering with 10 taps at once one number, the one every reply shows', async () => {
    const input = { skills: ['助老陪伴' as const], availability: ['weekend' as const], community: '黄河西路第一社区' as const }
    const people = Array.from({ length: 12 }, (_, i) => env.resident(`double-tapper-${i}`))
    const replies = await Promise.all(people.map((p) => Promise.all(Array.from({ length: 10 }, () => env.call(p, 'party', 'registerVolunteer', input).then(dataOf)))))
    for (const [i, p] of people.entries()) {
      const stored = dataOf(await env.call(p, 'party', 'myHours', {})).volunteer?.number
      expect(new Set(replies[i].map((r) => r.number))).toEqual(new Set([stored]))
    }
  })
})
