/**
 * 党建指导中心 at a street's volume (its volume generator: 3,000 members, a year of weekly posts in six communities
 * with their sign-ups, 600 wishes, 3,000 volunteers with a year of ledger entries), with strict indexes: every list answers from a declared index in ≤ 2 requests
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

  it('lists the volunteers and a year of ledger entries in ≤ 2 requests a page, and accounts agree with their ledgers', async () => {
    expect(env.cloud.store.count('hours_accounts', { volunteerSince: { $exists: true } })).toBeGreaterThanOrEqual(2500)
    const accounts = env.cloud.store.find('hours_accounts', { query: { volunteerSince: { $exists: true } }, limit: 1000 })
    expect(env.cloud.store.count('hours_ledger', {})).toBeGreaterThan(20_000)
    const busiest = accounts.reduce((a, b) => ((b.credited as number) > (a.credited as number) ? b : a))
    const own = env.cloud.store.find('hours_ledger', { query: { account: busiest._id }, limit: 100 })
    expect(own.reduce((sum, e) => sum + (e.minutes as number), 0)).toBe(busiest.balance)
    expect(own.length).toBeGreaterThan(10)
    const volunteer = busiest._id as string
    const number = `ZY${(busiest.volunteer as { code: string }).code}`
    const calls = [
      () => env.counted(STAFF, 'party', 'listVolunteers', {}),
      () => env.counted(STAFF, 'party', 'listVolunteers', { page: 30, pageSize: 20 }),
      () => env.counted(STAFF, 'party', 'listVolunteers', { community: '黄河西路第三社区', page: 4 }),
      () => env.counted(volunteer, 'party', 'ledger', {}),
      () => env.counted(volunteer, 'party', 'ledger', { page: 2, pageSize: 5 }),
      () => env.counted(STAFF, 'party', 'ledger', { volunteerNo: number }),
      () => env.counted(volunteer, 'party', 'myHours', {}),
    ]
    for (const call of calls) {
      const { result, requests } = await call()
      expect(dataOf(result as never)).toBeTruthy()
      expect(requests).toBeLessThanOrEqual(2)
    }
    const page = dataOf(await env.call(volunteer, 'party', 'ledger', { pageSize: 10 }))
    expect(page.items).toHaveLength(10)
    expect(page.hasMore).toBe(true)
    const list = dataOf(await env.call(STAFF, 'party', 'listVolunteers', { community: '黄河西路第三社区' }))
    expect(list.items.every((v) => v.community === '黄河西路第三社区')).toBe(true)
    expect(JSON.stringify(list)).not.toContain(volunteer)
  })

  it('exports every member and every volunteer of the street, 1000 a request', async () => {
    const members = await env.counted(STAFF, 'party', 'exportMembers', {})
    expect(dataOf(members.result).rows).toBe(env.cloud.store.count('party_members', {}))
    expect(members.requests).toBeLessThanOrEqual(5)
    const volunteers = await env.counted(STAFF, 'party', 'exportVolunteers', {})
    expect(dataOf(volunteers.result).rows).toBe(env.cloud.store.count('hours_accounts', { volunteerSince: { $exists: true } }))
    expect(volunteers.requests).toBeLessThanOrEqual(5)
  })

  it('returns no claim to the pool before its deadline', async () => {
    const { result } = await env.raw(null, 'party', { Type: 'Timer', TriggerName: 'returnOverdueWishes' })
    expect(result).toMatchObject({ ok: true, data: { returned: 0 } })
  })
})
