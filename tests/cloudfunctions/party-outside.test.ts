/** 党建 checked from outside: community staff reaching past their community, and claims raced. */
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const PARTY = 'party-staff'
const THIRD = 'third-community-staff'
const FIRST = 'first-community-staff'
const CADRE = 'first-community-cadre'

beforeAll(() => {
  env.givenUser(PARTY, [{ role: 'centerStaff', center: 'party' }], { name: '党建干事', community: '黄河西路第一社区', address: '1号楼' })
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

describe('nobody verifies their own volunteer hours', () => {
  const hoursOf = async (who: string) => dataOf(await env.call(who, 'party', 'myHours', {}))
  const volunteer = { skills: ['助老陪伴' as const], availability: ['weekend' as const], community: '黄河西路第三社区' as const }

  it('keeps community staff from confirming a wish they claimed themselves', async () => {
    dataOf(await env.call(THIRD, 'party', 'registerVolunteer', volunteer))
    const posted = dataOf(await env.call(THIRD, 'party', 'postWish', { ...wish, title: '一副老花镜' }))
    dataOf(await env.call(THIRD, 'party', 'claimWish', { wishId: posted.id }))
    dataOf(await env.call(THIRD, 'party', 'fulfilWish', { wishId: posted.id, note: '已送到服务站' }))
    const photo = await env.upload(THIRD, 'wishPhoto', 'glasses')
    expect(errorOf(await env.call(THIRD, 'party', 'confirmWish', { wishId: posted.id, photos: [photo] })).code).toBe('FORBIDDEN')
    expect((await hoursOf(THIRD)).creditedText).toBe('0 小时')
    // another member of staff confirms it
    const other = await env.upload(PARTY, 'wishPhoto', 'glasses')
    expect(dataOf(await env.call(PARTY, 'party', 'confirmWish', { wishId: posted.id, photos: [other] })).status).toBe('done')
  })

  it('keeps community staff from recording service on their own sign-up', async () => {
    const registration = { name: '三社区干事', phone: '13912345670', branch: '第三社区党支部', workplace: '第三社区居委会', community: '黄河西路第三社区' as const }
    const member = dataOf(await env.call(THIRD, 'party', 'registerMember', registration))
    dataOf(await env.call(PARTY, 'party', 'confirmMember', { memberId: member.id, decision: 'confirm' }))
    dataOf(await env.call(THIRD, 'party', 'reportToCommunity', { community: '黄河西路第三社区' }))
    const at = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString()
    const post = dataOf(
      await env.call(THIRD, 'party', 'publishPost', { community: '黄河西路第三社区', kind: '助老陪伴', title: '周末陪伴', description: '陪老人聊天', place: '党群服务站', startAt: at(24), endAt: at(27), capacity: 2, hours: 3 }),
    )
    dataOf(await env.call(THIRD, 'party', 'signUpPost', { postId: post.id }))
    const [signup] = dataOf(await env.call(THIRD, 'party', 'postRoster', { postId: post.id })).items
    const before = (await hoursOf(THIRD)).creditedText
    expect(errorOf(await env.call(THIRD, 'party', 'recordService', { signupId: signup.id, hours: 12 })).code).toBe('FORBIDDEN')
    expect((await hoursOf(THIRD)).creditedText).toBe(before)
  })

  it('keeps party staff from crediting hours to their own volunteer number', async () => {
    const own = dataOf(await env.call(PARTY, 'party', 'registerVolunteer', { ...volunteer, community: '黄河西路第一社区' }))
    const refused = errorOf(await env.call(PARTY, 'party', 'creditHours', { volunteerNos: [own.number], title: '应急值守', hours: 8, day: '2026-11-30' }))
    expect(refused).toMatchObject({ code: 'FORBIDDEN', fields: { volunteerNos: expect.stringContaining(own.number) } })
    expect((await hoursOf(PARTY)).creditedText).toBe('0 小时')
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
