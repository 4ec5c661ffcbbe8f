/**
 * What each members-side action of 党建指导中心 costs in database requests: listPosts and listWishes ≤ 2 a page,
 * the claims (signUpPost, claimWish) ≤ 4; every other action the budget it measures here. Rows run in order: each
 * leaves the state the next needs. Submits carry a request id (+2: the request record read and its result written).
 */
import type { CloudResult } from '@/shared/result'
import { dataOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now, strictIndexes: true })
const PARTY = 'budget-party-staff'
const THIRD = 'budget-third-staff'
const MEMBER = 'budget-member'
const RESIDENT = 'budget-resident'

beforeAll(() => {
  env.givenUser(PARTY, [{ role: 'centerStaff', center: 'party' }], { name: '党建干事', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(THIRD, [{ role: 'communityStaff' }], { name: '三社区干事', community: '黄河西路第三社区', address: '3号楼' })
  for (const id of [MEMBER, RESIDENT]) env.givenResident(id)
})

const state: Record<string, string> = {}
type Measured = { result: CloudResult<unknown>; requests: number }
type Row = [what: string, budget: number, run: () => Promise<Measured>]
const keep = (key: string, measured: Measured) => {
  state[key] = (dataOf(measured.result) as { id: string }).id
  return measured
}
let request = 0
const rid = () => `budget-party-${++request}`

const rows: Row[] = [
  ['registerMember: the earlier one, the record, 我的', 5, async () =>
    keep('member', await env.counted(MEMBER, 'party', 'registerMember', { name: '王建军', phone: '13912345678', branch: '第三党支部', community: '黄河西路第三社区' }, { requestId: rid() }))],
  ['listMembers: a page for party staff', 2, () => env.counted(PARTY, 'party', 'listMembers', { status: 'pending' })],
  ['exportMembers: every member (1000 a request), the upload and its link', 3, () => env.counted(PARTY, 'party', 'exportMembers', {})],
  ['confirmMember: the move, 我的 and the notice', 7, () => env.counted(PARTY, 'party', 'confirmMember', { memberId: state.member, decision: 'confirm' }, { requestId: rid() })],
  ['reportToCommunity: the record, the move, 我的', 5, () => env.counted(MEMBER, 'party', 'reportToCommunity', { community: '黄河西路第三社区' }, { requestId: rid() })],
  ['publishPost: the caller and the post', 4, async () =>
    keep('post', await env.counted(THIRD, 'party', 'publishPost', { community: '黄河西路第三社区', kind: '楼栋长助手', title: '12号楼楼栋长助手', description: '协助楼栋长收集居民诉求', place: '12号楼', startAt: '2026-12-02T00:00:00Z', endAt: '2026-12-31T10:00:00Z', capacity: 3, hours: 2 }, { requestId: rid() }))],
  ['listPosts: a page with the caller’s sign-ups', 2, () => env.counted(MEMBER, 'party', 'listPosts', { community: '黄河西路第三社区' })],
  ['signUpPost: the claim', 4, () => env.counted(MEMBER, 'party', 'signUpPost', { postId: state.post }, { requestId: rid() })],
  ['signUpPost: a retry', 1, () => env.counted(MEMBER, 'party', 'signUpPost', { postId: state.post }, { requestId: rid() })],
  ['postRoster: the post with the caller, and a page', 2, async () => {
    const measured = await env.counted(THIRD, 'party', 'postRoster', { postId: state.post })
    state.signup = (dataOf(measured.result) as { items: Array<{ id: string }> }).items[0].id
    return measured
  }],
  ['recordService: the caller, the sign-up, the post, the record, the hours, the kernel credit (4, 5 when it opens the account), 我的 and one notice naming the hours', 14, () => env.counted(THIRD, 'party', 'recordService', { signupId: state.signup }, { requestId: rid() })],
  ['myMemberRecord: the record with its posts and wishes, the study days', 2, () => env.counted(MEMBER, 'party', 'myMemberRecord', {})],
  ['postWish: by community staff', 5, async () =>
    keep('wish', await env.counted(THIRD, 'party', 'postWish', { community: '黄河西路第三社区', needyKind: '独居老人', title: '一台收音机', description: '老人想听广播', budget: 80, needyName: '刘桂芳', needyAddress: '12号楼3单元201' }, { requestId: rid() }))],
  ['listWishes: the pool', 2, () => env.counted(RESIDENT, 'party', 'listWishes', {})],
  ['listWishes: staff’s queue', 2, () => env.counted(THIRD, 'party', 'listWishes', { scope: 'manage' })],
  ['getWish: for a resident', 1, () => env.counted(RESIDENT, 'party', 'getWish', { wishId: state.wish })],
  ['claimWish: the claim', 4, () => env.counted(MEMBER, 'party', 'claimWish', { wishId: state.wish }, { requestId: rid() })],
  ['claimWish: a retry', 1, () => env.counted(MEMBER, 'party', 'claimWish', { wishId: state.wish }, { requestId: rid() })],
  ['listWishes: the caller’s claims', 1, () => env.counted(MEMBER, 'party', 'listWishes', { scope: 'claimed' })],
  ['fulfilWish: the wish, the move, 我的, the community’s staff and their notice', 7, () => env.counted(MEMBER, 'party', 'fulfilWish', { wishId: state.wish, note: '已送到服务站' }, { requestId: rid() })],
  ['confirmWish: the caller, the wish, the photo’s owner, the move, the kernel credit (4), 我的 and one notice naming the hours', 12, async () => {
    const photo = await env.upload(THIRD, 'wishPhoto')
    return env.counted(THIRD, 'party', 'confirmWish', { wishId: state.wish, photos: [photo] }, { requestId: rid() })
  }],
  ['vetWish: the caller, a resident’s own wish approved, 我的 and the notice', 7, async () => {
    const own = dataOf(await env.call(RESIDENT, 'party', 'postWish', { community: '黄河西路第三社区', needyKind: '困难家庭', title: '冬季校服', description: '孩子需要冬季校服', budget: 150, needyName: '赵小梅', needyAddress: '5号楼1单元101' }))
    return env.counted(THIRD, 'party', 'vetWish', { wishId: own.id, approve: true }, { requestId: rid() })
  }],
]

describe('database requests per party (members) action', () => {
  it.each(rows)('%s: ≤ %d', async (what, budget, run) => {
    const { result, requests } = await run()
    if (process.env.SHOW_REQUESTS) console.log(`party ${what}: ${requests} ${result.ok ? '' : JSON.stringify(result.error)}`)
    expect(result.ok).toBe(true)
    expect(requests).toBeLessThanOrEqual(budget)
  })

  it('has a row for every members-side action of the contract', async () => {
    const { memberActions } = await import('@/shared/contracts/party-members')
    expect([...new Set(rows.map(([what]) => what.split(/[:, ]/)[0]))].sort()).toEqual(Object.keys(memberActions).sort())
  })
})
