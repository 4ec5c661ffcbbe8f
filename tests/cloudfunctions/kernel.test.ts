import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const env = withLocalCloud()
const RESIDENT = 'kernel-resident'
const ADMIN = 'kernel-admin'

beforeAll(() => {
  env.givenUser(ADMIN, [{ role: 'admin' }], { name: '马建华', community: '黄河西路第一社区', address: '1号楼' })
})

describe('createHandler', () => {
  it.each([
    ['a non-object event', 'hello'],
    ['an event without action', { input: {} }],
    ['an action of the wrong type', { action: 42 }],
    ['an unknown action', { action: 'dropDatabase', input: {} }],
    ['an inherited property as action', { action: 'constructor', input: {} }],
    ['input of the wrong type', { action: 'updateProfile', input: 'name=张三' }],
    ['a field of the wrong type', { action: 'updateProfile', input: { name: 12, community: '黄河西路第一社区', address: '1号楼' } }],
    ['a missing field', { action: 'updateProfile', input: { name: '张三', address: '1号楼' } }],
    ['a 1 MB string', { action: 'updateProfile', input: { name: '张'.repeat(1024 * 1024), community: '黄河西路第一社区', address: '1号楼' } }],
    ['extra junk', { action: 'whoami', input: { admin: true } }],
    ['a malformed requestId', { action: 'whoami', input: {}, requestId: 'x' }],
  ])('answers %s with INVALID_INPUT and Chinese field messages', async (_case, event) => {
    const { result } = await env.raw(RESIDENT, 'account', event)
    const error = errorOf(result as never)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(Object.values(error.fields ?? { _: error.message }).join('')).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('names the field to fix and says how', async () => {
    const error = errorOf(await env.call(RESIDENT, 'account', 'updateProfile', { name: '张', community: '黄河西路第一社区', address: '' }))
    expect(error.fields).toEqual({ name: '姓名至少 2 个字', address: '请填写详细地址' })
  })

  it('refuses a visitor without identity on an action that needs one', async () => {
    expect(errorOf(await env.call(null, 'account', 'whoami', {})).code).toBe('UNAUTHENTICATED')
  })

  it.each([
    ['bad input', { action: 'updateProfile', input: { name: 12, address: '' } }],
    ['input of the wrong type', { action: 'updateProfile', input: 'name=张三' }],
    ['onBehalfOf on an action that cannot be done for someone else', { action: 'updateProfile', input: {}, onBehalfOf: 'someone-else' }],
  ])('tells a visitor without identity who sends %s to a signed-in action to sign in, not which fields are wrong', async (_case, event) => {
    const error = errorOf((await env.raw(null, 'account', event)).result as never)
    expect(error.code).toBe('UNAUTHENTICATED')
    expect(error.fields).toBeUndefined()
  })

  it('still tells a visitor which fields are wrong on an action open to anyone', async () => {
    const error = errorOf((await env.raw(null, 'orgs', { action: 'listOrgs', input: { pageSize: 'ten' } })).result as never)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.fields).toHaveProperty('pageSize')
  })

  it('refuses a resident calling an administrator action with FORBIDDEN', async () => {
    const error = errorOf(await env.call(RESIDENT, 'account', 'grantRole', { openid: RESIDENT, role: { role: 'admin' } }))
    expect(error.code).toBe('FORBIDDEN')
  })

  it('takes roles from the database, not from anything the client sends', async () => {
    const { result } = await env.raw(RESIDENT, 'account', { action: 'findUsers', input: { keyword: '马' }, roles: [{ role: 'admin' }] })
    expect(errorOf(result as never).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call(ADMIN, 'account', 'findUsers', { keyword: '马' })).items).toHaveLength(1)
  })

  it('returns the first result for a repeated requestId and writes nothing twice', async () => {
    const person = 'kernel-retry'
    const first = dataOf(
      await env.call(person, 'account', 'updateProfile', { name: '李建国', community: '黄河西路第一社区', address: '3号楼' }, { requestId: 'req-00000001' }),
    )
    const retry = dataOf(
      await env.call(person, 'account', 'updateProfile', { name: '李建民', community: '黄河西路第二社区', address: '9号楼' }, { requestId: 'req-00000001' }),
    )
    expect(retry).toEqual(first)
    expect(dataOf(await env.call(person, 'account', 'whoami', {})).profile?.name).toBe('李建国')
  })

  it('keeps one result when the same submit arrives twice at once', async () => {
    const person = 'kernel-double-tap'
    const input = { name: '王秀兰', community: '黄河西路第二社区' as const, address: '5号楼' }
    const replies = await Promise.all([
      env.call(person, 'account', 'updateProfile', input, { requestId: 'tap-00000001' }),
      env.call(person, 'account', 'updateProfile', input, { requestId: 'tap-00000001' }),
    ])
    const successes = replies.filter((r) => r.ok)
    expect(successes.length).toBeGreaterThanOrEqual(1)
    for (const r of replies) if (!r.ok) expect(r.error.code).toBe('CONFLICT')
    expect(env.cloud.store.find('requests', { query: { _id: { $regex: 'tap-00000001' } } })).toHaveLength(1)
  })

  it('does not let the same requestId of another person replay their result', async () => {
    await env.call('kernel-a', 'account', 'updateProfile', { name: '甲某某', community: '黄河西路第一社区', address: '1号楼' }, { requestId: 'shared-0000001' })
    const other = dataOf(
      await env.call('kernel-b', 'account', 'updateProfile', { name: '乙某某', community: '黄河西路第一社区', address: '2号楼' }, { requestId: 'shared-0000001' }),
    )
    expect(other.profile?.name).toBe('乙某某')
  })

  it('refuses onBehalfOf on an action that cannot be done for someone else', async () => {
    const error = errorOf(await env.call(ADMIN, 'account', 'updateProfile', { name: '张三丰', community: '黄河西路第一社区', address: '1号楼' }, { onBehalfOf: RESIDENT }))
    expect(error.code).toBe('INVALID_INPUT')
  })

  it('lets a family member act for a senior only with a delegation the senior has', async () => {
    const senior = 'kernel-senior'
    const child = 'kernel-child'
    env.givenUser(senior, [], { name: '王秀兰', community: '黄河西路第二社区', address: '5号楼' })
    env.cloud.store.insert('my_items', [
      { _id: `meal_m1_${senior}`, ownerId: senior, center: 'eldercare', kind: 'meal', refId: 'm1', title: '助餐：午餐', status: 'booked', statusText: '已预订', nextAt: null, link: '/centers/eldercare/pages/index/index', updatedAt: new Date() },
    ])
    expect(errorOf(await env.call(child, 'account', 'listMyItems', {}, { onBehalfOf: senior })).code).toBe('FORBIDDEN')
    env.cloud.store.insert('delegations', [{ _id: `${child}_${senior}`, actorId: child, subjectId: senior, kind: 'family', active: true }])
    const items = dataOf(await env.call(child, 'account', 'listMyItems', {}, { onBehalfOf: senior })).items
    expect(items.map((i) => i.title)).toEqual(['助餐：午餐'])
  })

  it('costs one database request to know who is calling', async () => {
    const run = await env.raw(ADMIN, 'account', { action: 'whoami', input: {} })
    expect(run.dbRequests).toBe(1)
  })
})

describe('idempotency records', () => {
  it('are forgotten after a week by the daily timer, and kept before', async () => {
    const old = new Date(Date.now() - 8 * 86_400_000)
    const recent = new Date(Date.now() - 2 * 86_400_000)
    env.cloud.store.insert('requests', [
      { _id: 'account_x_old-request-1', state: 'done', createdAt: old },
      { _id: 'account_x_new-request-1', state: 'done', createdAt: recent },
    ])
    const { result } = await env.raw(null, 'account', { Type: 'Timer', TriggerName: 'forgetOldRequests' })
    expect(result).toMatchObject({ ok: true, data: { removed: 1 } })
    expect(env.cloud.store.count('requests', { _id: 'account_x_new-request-1' })).toBe(1)
    expect(env.cloud.store.count('requests', { _id: 'account_x_old-request-1' })).toBe(0)
  })
})
