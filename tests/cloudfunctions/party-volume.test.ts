/**
 * 党建指导中心 at a street's volume (its volume generator: 3,000 members, a year of weekly posts in six communities
 * with their sign-ups, 600 wishes), with strict indexes: every list answers from a declared index in ≤ 2 requests
 * a page, and the overdue-claims timer finds nothing to return when no claim is overdue.
 */
import { volume as accountVolume } from '../../emulator/seeds/account'
import { volume } from '../../emulator/seeds/party'
import { seededRandom, type VolumeContext } from '../../emulator/seeds/volume'
import { dataOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-11-30T02:00:00Z')
const env = withLocalCloud({ clock: () => now, strictIndexes: true })
const STAFF = 'volume-party-staff'
const THIRD = 'volume-third-staff'
let ctx: VolumeContext

beforeAll(() => {
  ctx = { random: seededRandom(1), now, residents: [], people: new Map() }
  accountVolume(env.cloud.store, ctx)
  volume(env.cloud.store, ctx)
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'party' }], { name: '党建干事', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(THIRD, [{ role: 'communityStaff' }], { name: '三社区干事', community: '黄河西路第三社区', address: '3号楼' })
})

describe('党建指导中心 at a street’s volume', () => {
  it('lists posts, wishes and members from declared indexes in ≤ 2 requests a page', async () => {
    const member = env.cloud.store.find('party_members', { query: { status: 'confirmed', reportedCommunity: '黄河西路第三社区' }, limit: 1 })[0].ownerId as string
    const calls = [
      () => env.counted(member, 'party', 'listPosts', {}),
      () => env.counted(member, 'party', 'listPosts', { community: '黄河西路第三社区', page: 2, pageSize: 5 }),
      () => env.counted(member, 'party', 'listWishes', {}),
      () => env.counted(member, 'party', 'listWishes', { community: '黄河西路第二社区' }),
      () => env.counted(member, 'party', 'listWishes', { scope: 'claimed' }),
      () => env.counted(member, 'party', 'listWishes', { scope: 'posted' }),
      () => env.counted(THIRD, 'party', 'listWishes', { scope: 'manage' }),
      () => env.counted(STAFF, 'party', 'listWishes', { scope: 'manage', page: 3 }),
      () => env.counted(STAFF, 'party', 'listMembers', {}),
      () => env.counted(STAFF, 'party', 'listMembers', { status: 'pending' }),
      () => env.counted(STAFF, 'party', 'listMembers', { reportedCommunity: '黄河西路第三社区', page: 2 }),
      () => env.counted(member, 'party', 'myMemberRecord', {}),
      () => env.counted(STAFF, 'party', 'postRoster', { postId: 'vpost-2-10' }),
    ]
    for (const call of calls) {
      const { result, requests } = await call()
      expect(dataOf(result as never)).toBeTruthy()
      expect(requests).toBeLessThanOrEqual(2)
    }
    const record = dataOf(await env.call(member, 'party', 'myMemberRecord', {}))
    expect(record?.posts.length).toBeGreaterThan(0)
  })

  it('returns no claim to the pool before its deadline', async () => {
    const { result } = await env.raw(null, 'party', { Type: 'Timer', TriggerName: 'returnOverdueWishes' })
    expect(result).toMatchObject({ ok: true, data: { returned: 0 } })
  })
})
