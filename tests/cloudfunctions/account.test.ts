import { fakePhoneFor } from '../../emulator/store/openapi'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 Shanghai: what lies ahead in 我的 is judged by this clock, not the day the tests run
const NOW = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => NOW })
const ADMIN = 'account-admin'

beforeAll(() => {
  env.givenUser(ADMIN, [{ role: 'admin' }], { name: '马建华', community: '黄河西路第一社区', address: '1号楼' })
})

describe('account', () => {
  it('treats every new caller as a resident without a profile', async () => {
    expect(dataOf(await env.call('newcomer-1', 'account', 'whoami', {}))).toEqual({
      openid: 'newcomer-1',
      profile: null,
      roles: [{ role: 'resident' }],
    })
  })

  it('saves a profile in one of the sub-district communities', async () => {
    const me = dataOf(await env.call('newcomer-2', 'account', 'updateProfile', { name: '张晓燕', community: '黄河西路第三社区', address: '12号楼2单元301' }))
    expect(me.profile).toEqual({ name: '张晓燕', community: '黄河西路第三社区', address: '12号楼2单元301', phone: null, birthYear: null })
    expect(dataOf(await env.call('newcomer-2', 'account', 'whoami', {})).profile?.address).toBe('12号楼2单元301')
  })

  it('keeps a typed phone number and refuses one that is not a mobile number', async () => {
    const me = dataOf(await env.call('typed-phone', 'account', 'updateProfile', { name: '赵磊', community: '黄河西路第四社区', address: '7号楼', phone: '13900001111' }))
    expect(me.profile?.phone).toBe('13900001111')
    const error = errorOf(await env.call('typed-phone', 'account', 'updateProfile', { name: '赵磊', community: '黄河西路第四社区', address: '7号楼', phone: '010-1234' }))
    expect(error.fields).toEqual({ phone: '请填写 11 位手机号' })
  })

  it('refuses a community outside the sub-district', async () => {
    const error = errorOf(await env.call('newcomer-3', 'account', 'updateProfile', { name: '张三', community: '外区社区' as never, address: '1号楼' }))
    expect(error.fields).toEqual({ community: '请选择所在社区' })
  })

  it('binds the phone number WeChat verified for the code', async () => {
    await env.call('phone-1', 'account', 'updateProfile', { name: '李建国', community: '黄河西路第一社区', address: '3号楼' })
    const me = dataOf(await env.call('phone-1', 'account', 'bindPhone', { code: 'code-abc' }))
    expect(me.profile?.phone).toBe(fakePhoneFor('code-abc'))
  })

  it('asks the person to authorize again when the phone code has expired', async () => {
    const error = errorOf(await env.call('phone-2', 'account', 'bindPhone', { code: 'invalid-expired' }))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain('重新')
  })

  it('lets the street administrator grant and revoke a center staff role', async () => {
    const staff = 'future-staff'
    env.givenUser(staff, [], { name: '陈敏', community: '黄河西路第一社区', address: '2号楼' })
    const role = { role: 'centerStaff' as const, center: 'affairs' as const }
    dataOf(await env.call(ADMIN, 'account', 'grantRole', { openid: staff, role }))
    dataOf(await env.call(ADMIN, 'account', 'grantRole', { openid: staff, role }))
    expect(dataOf(await env.call(staff, 'account', 'whoami', {})).roles).toEqual([{ role: 'resident' }, role])
    dataOf(await env.call(ADMIN, 'account', 'revokeRole', { openid: staff, role }))
    expect(dataOf(await env.call(staff, 'account', 'whoami', {})).roles).toEqual([{ role: 'resident' }])
  })

  it('scopes an organization role to its organization', async () => {
    const worker = 'org-worker'
    env.givenUser(worker, [{ role: 'orgStaff', orgId: 'org-a' }])
    dataOf(await env.call(ADMIN, 'account', 'revokeRole', { openid: worker, role: { role: 'orgStaff', orgId: 'org-b' } }))
    expect(dataOf(await env.call(worker, 'account', 'whoami', {})).roles).toContainEqual({ role: 'orgStaff', orgId: 'org-a' })
  })

  it('cannot grant a role to someone who never used the platform', async () => {
    expect(errorOf(await env.call(ADMIN, 'account', 'grantRole', { openid: 'nobody-here', role: { role: 'lawyer' } })).code).toBe('NOT_FOUND')
  })

  it('does not let an administrator remove their own administrator role', async () => {
    expect(errorOf(await env.call(ADMIN, 'account', 'revokeRole', { openid: ADMIN, role: { role: 'admin' } })).code).toBe('CONFLICT')
  })

  it('lets the administrator find people without showing their full phone number', async () => {
    env.givenUser('found-1', [], { name: '周正义', community: '黄河西路第五社区', address: '8号楼' }, '13812345678')
    const page = dataOf(await env.call(ADMIN, 'account', 'findUsers', { keyword: '周正' }))
    expect(page.items).toEqual([{ openid: 'found-1', name: '周正义', maskedPhone: '138****5678', community: '黄河西路第五社区', roles: [{ role: 'resident' }] }])
    expect(JSON.stringify(page)).not.toContain('13812345678')
  })

  it('treats search text literally', async () => {
    expect(dataOf(await env.call(ADMIN, 'account', 'findUsers', { keyword: '.*' })).items).toEqual([])
  })
})

describe('account.listMyItems (我的)', () => {
  const owner = 'mine-owner'
  // d days after the pinned clock (d ≤ 0: already past)
  const day = (d: number) => new Date(NOW.getTime() + d * 86_400_000)

  beforeAll(() => {
    const item = (n: number, nextAt: Date | null, updatedAt: Date) => ({
      _id: `signup_a${n}_${owner}`,
      ownerId: owner,
      center: 'culture',
      kind: 'signup',
      refId: `a${n}`,
      title: `活动 ${n}`,
      status: 'confirmed',
      statusText: '已报名',
      nextAt,
      link: `/centers/culture/pages/index/index?id=a${n}`,
      updatedAt,
    })
    env.cloud.store.insert('my_items', [
      ...Array.from({ length: 25 }, (_, i) => item(i + 1, day(i + 1), day(i + 1))),
      item(0, day(-1), day(-1)),
      item(99, null, day(28)),
      { ...item(100, day(5), day(5)), ownerId: 'someone-else', _id: 'signup_a100_someone-else' },
    ])
  })

  it('lists what the person holds, last changed first, a page at a time', async () => {
    const first = dataOf(await env.call(owner, 'account', 'listMyItems', { pageSize: 20 }))
    expect(first.items).toHaveLength(20)
    expect(first.items[0].title).toBe('活动 99')
    expect(first.hasMore).toBe(true)
    const second = dataOf(await env.call(owner, 'account', 'listMyItems', { page: 2, pageSize: 20 }))
    expect(second.items.map((i) => i.title)).toEqual(['活动 6', '活动 5', '活动 4', '活动 3', '活动 2', '活动 1', '活动 0'])
    expect(second.hasMore).toBe(false)
  })

  it('shows what still lies ahead, soonest first, and not what is past', async () => {
    const upcoming = dataOf(await env.call(owner, 'account', 'listMyItems', { view: 'upcoming', pageSize: 3 }))
    expect(upcoming.items.map((i) => i.title)).toEqual(['活动 1', '活动 2', '活动 3'])
    expect(upcoming.items[0].nextAt).toBe(day(1).toISOString())
  })

  it('costs one database request per page', async () => {
    const run = await env.raw(owner, 'account', { action: 'listMyItems', input: { page: 2 } })
    expect(run.dbRequests).toBe(1)
  })

  it('never shows another person’s items', async () => {
    const all = dataOf(await env.call(owner, 'account', 'listMyItems', { pageSize: 50 }))
    expect(all.items.some((i) => i.title === '活动 100')).toBe(false)
  })
})
