/**
 * The local store answers the real wx-server-sdk as Tencent's service does: every operator and semantic
 * the app relies on, driven through the unmodified SDK.
 */
import { withLocalCloud } from '../support/local-cloud'
import { connectSdk } from '../support/sdk'

const env = withLocalCloud({
  // this suite checks operators one by one on an index-less collection, not which indexes serve them
  strictIndexes: false,
  extraCollections: {
    things: {},
    counters: {},
    accounts: {},
    codes: { indexes: [{ name: 'code_unique', keys: { code: 1 }, unique: true }] },
    many: {},
  },
})

let cloud: ReturnType<typeof connectSdk>
let db: ReturnType<ReturnType<typeof connectSdk>['database']>
// biome-ignore lint/suspicious/noExplicitAny: the SDK's typings mix in callback overloads
let _: any

// biome-ignore lint/suspicious/noExplicitAny: see above
const things = () => db.collection('things') as any

beforeAll(async () => {
  cloud = connectSdk(env.cloud.url)
  db = cloud.database({ throwOnNotFound: false } as never)
  _ = db.command
  await things().add({
    data: [
      { _id: 't1', name: '太极拳', n: 1, tags: ['健身', '老年'], o: { city: '包头', level: { rank: 3 } }, when: new Date('2026-01-01T00:00:00Z'), price: 0 },
      { _id: 't2', name: '书法班', n: 5, tags: ['文化'], o: { city: '包头', level: { rank: 1 } }, when: new Date('2026-02-01T00:00:00Z'), price: 20 },
      { _id: 't3', name: '合唱团', n: 9, tags: ['文化', '老年'], o: { city: '呼和浩特', level: { rank: 2 } }, when: new Date('2026-03-01T00:00:00Z') },
    ],
  })
})

const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id)

describe('local store: queries through wx-server-sdk', () => {
  it('reads one document by id, and null for a missing one', async () => {
    const { data } = await things().doc('t1').get()
    expect(data).toMatchObject({ _id: 't1', name: '太极拳', n: 1 })
    expect(data.when).toEqual(new Date('2026-01-01T00:00:00Z'))
    expect((await things().doc('missing').get()).data).toBeNull()
  })

  it.each([
    ['eq', () => ({ n: _.eq(5) }), ['t2']],
    ['neq', () => ({ n: _.neq(5) }), ['t1', 't3']],
    ['lt', () => ({ n: _.lt(5) }), ['t1']],
    ['lte', () => ({ n: _.lte(5) }), ['t1', 't2']],
    ['gt', () => ({ n: _.gt(5) }), ['t3']],
    ['gte', () => ({ n: _.gte(5) }), ['t2', 't3']],
    ['in', () => ({ name: _.in(['太极拳', '合唱团']) }), ['t1', 't3']],
    ['nin', () => ({ name: _.nin(['太极拳']) }), ['t2', 't3']],
    ['and (chained)', () => ({ n: _.gt(0).and(_.lt(9)) }), ['t1', 't2']],
    ['or (field)', () => ({ n: _.or(_.lt(2), _.gt(8)) }), ['t1', 't3']],
    ['or (documents)', () => _.or([{ name: '书法班' }, { n: 9 }]), ['t2', 't3']],
    ['and (documents)', () => _.and([{ tags: '文化' }, { n: _.gt(5) }]), ['t3']],
    ['nor', () => _.nor([{ n: 1 }, { n: 9 }]), ['t2']],
    ['not', () => ({ n: _.not(_.gt(4)) }), ['t1']],
    ['nested path', () => ({ 'o.level.rank': _.gte(2) }), ['t1', 't3']],
    ['nested object', () => ({ o: { city: '包头' } }), ['t1', 't2']],
    ['exists', () => ({ price: _.exists(false) }), ['t3']],
    ['array element', () => ({ tags: '老年' }), ['t1', 't3']],
    ['all', () => ({ tags: _.all(['文化', '老年']) }), ['t3']],
    ['size', () => ({ tags: _.size(1) }), ['t2']],
    ['elemMatch', () => ({ tags: _.elemMatch(_.eq('健身')) }), ['t1']],
    ['date comparison', () => ({ when: _.gte(new Date('2026-02-01T00:00:00Z')) }), ['t2', 't3']],
    ['regexp', () => ({ name: db.RegExp({ regexp: '^书', options: 'i' }) }), ['t2']],
    ['native regexp', () => ({ name: /团$/ }), ['t3']],
    ['mod', () => ({ n: _.mod([4, 1]) }), ['t1', 't2', 't3']],
  ])('matches %s', async (_name, where, expected) => {
    expect(ids(await things().where(where()).orderBy('_id', 'asc').get())).toEqual(expected)
  })

  it('orders by nested fields, skips and limits', async () => {
    expect(ids(await things().orderBy('o.level.rank', 'desc').get())).toEqual(['t1', 't3', 't2'])
    expect(ids(await things().orderBy('o.city', 'asc').orderBy('n', 'desc').get())).toEqual(['t2', 't1', 't3'])
    expect(ids(await things().orderBy('n', 'asc').skip(1).limit(1).get())).toEqual(['t2'])
  })

  it('projects fields', async () => {
    const { data } = await things().where({ _id: 't1' }).field({ name: true }).get()
    expect(data).toEqual([{ _id: 't1', name: '太极拳' }])
  })

  it('counts', async () => {
    expect((await things().where({ tags: '文化' }).count()).total).toBe(2)
  })

  it('returns 100 documents by default and at most 1000', async () => {
    const many = db.collection('many') as never as ReturnType<typeof things>
    for (let batch = 0; batch < 12; batch++) {
      await many.add({ data: Array.from({ length: 100 }, (_x, i) => ({ i: batch * 100 + i })) })
    }
    expect((await many.get()).data).toHaveLength(100)
    expect((await many.limit(5000).get()).data).toHaveLength(1000)
    expect((await many.count()).total).toBe(1200)
  })

  it('aggregates with match, group, sort, project and limit', async () => {
    const $ = db.command.aggregate
    const { list } = await things()
      .aggregate()
      .match({ n: _.gt(0) })
      .group({ _id: '$o.city', total: $.sum('$n'), count: $.sum(1) })
      .sort({ total: -1 })
      .project({ _id: 0, city: '$_id', total: 1, count: 1 })
      .limit(5)
      .end()
    expect(list).toEqual([
      { city: '呼和浩特', total: 9, count: 1 },
      { city: '包头', total: 6, count: 2 },
    ])
  })

  it('reports a collection that was never declared with the cloud error code', async () => {
    await expect(db.collection('undeclared').get()).rejects.toMatchObject({ errCode: -502005 })
  })
})

describe('local store: writes through wx-server-sdk', () => {
  it('generates ids, keeps dates and stores the server date', async () => {
    const before = Date.now()
    const { _id } = await things().add({ data: { name: '新活动', at: db.serverDate(), later: (db.serverDate as (options?: { offset: number }) => unknown)({ offset: 60_000 }) } })
    expect(_id).toMatch(/^[0-9a-f]{24}$/)
    const { data } = await things().doc(_id).get()
    expect(data.at.getTime()).toBeGreaterThanOrEqual(before)
    expect(data.later.getTime() - data.at.getTime()).toBe(60_000)
    await things().doc(_id).remove()
  })

  it('applies every update operator', async () => {
    await things().doc('u1').set({ data: { n: 1, m: 3, tags: ['a', 'b'], set: ['x'], pu: [1, 2, 3], pp: [1, 2, 3], sh: [1, 2, 3], mx: 4, mn: 4, gone: 1, rn: 'r', o: { a: 1, b: 2 } } })
    const res = await things()
      .doc('u1')
      .update({
        data: {
          n: _.inc(2),
          m: _.mul(2),
          tags: _.push('c'),
          set: _.addToSet('x'),
          pu: _.pull(2),
          pp: _.pop(),
          sh: _.shift(),
          us: _.unshift(0),
          mx: _.max(9),
          mn: _.min(1),
          gone: _.remove(),
          rn: _.rename('renamed'),
          o: { a: 5 },
          whole: _.set({ k: 1 }),
        },
      })
    expect(res.stats.updated).toBe(1)
    const { data } = await things().doc('u1').get()
    expect(data).toEqual({
      _id: 'u1', n: 3, m: 6, tags: ['a', 'b', 'c'], set: ['x'], pu: [1, 3], pp: [1, 2], sh: [2, 3], us: [0],
      mx: 9, mn: 1, renamed: 'r', o: { a: 5, b: 2 }, whole: { k: 1 },
    })
  })

  it('set replaces the whole document and creates a missing one', async () => {
    const created = await things().doc('s1').set({ data: { a: 1, b: 2 } })
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    const replaced = await things().doc('s1').set({ data: { c: 3 } })
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect((await things().doc('s1').get()).data).toEqual({ _id: 's1', c: 3 })
  })

  it('updates 0 when a where-update matches nothing, and counts what it changed', async () => {
    expect((await things().where({ name: '不存在' }).update({ data: { n: _.inc(1) } })).stats.updated).toBe(0)
    expect((await things().where({ tags: '文化' }).update({ data: { seen: true } })).stats.updated).toBe(2)
  })

  it('removes by id and by query', async () => {
    await things().add({ data: [{ temp: true }, { temp: true }] })
    expect((await things().where({ temp: true }).remove()).stats.removed).toBe(2)
    expect((await things().doc('s1').remove()).stats.removed).toBe(1)
    expect((await things().doc('s1').remove()).stats.removed).toBe(0)
  })

  it('loses no increment under 200 concurrent calls', async () => {
    const counters = db.collection('counters') as never as ReturnType<typeof things>
    await counters.doc('c').set({ data: { n: 0 } })
    await Promise.all(Array.from({ length: 200 }, () => counters.doc('c').update({ data: { n: _.inc(1) } })))
    expect((await counters.doc('c').get()).data.n).toBe(200)
  })

  it('lets exactly `capacity` conditional claims succeed however many arrive at once', async () => {
    const counters = db.collection('counters') as never as ReturnType<typeof things>
    await counters.doc('seats').set({ data: { taken: 0 } })
    const claims = await Promise.all(
      Array.from({ length: 120 }, () => counters.where({ _id: 'seats', taken: _.lt(50) }).update({ data: { taken: _.inc(1) } })),
    )
    expect(claims.filter((c: { stats: { updated: number } }) => c.stats.updated === 1)).toHaveLength(50)
    expect((await counters.doc('seats').get()).data.taken).toBe(50)
  })

  it('enforces a declared unique index with the cloud duplicate-key error', async () => {
    const codes = db.collection('codes') as never as ReturnType<typeof things>
    await codes.add({ data: { code: 'A1' } })
    await expect(codes.add({ data: { code: 'A1' } })).rejects.toMatchObject({ errCode: -502001, message: expect.stringContaining('E11000 duplicate key') })
    await expect(codes.add({ data: { _id: 'same', code: 'B1' } }).then(() => codes.add({ data: { _id: 'same', code: 'C1' } }))).rejects.toMatchObject({
      errCode: -502001,
    })
    expect((await codes.count()).total).toBe(2)
  })
})

describe('local store: transactions', () => {
  const accounts = () => db.collection('accounts') as never as ReturnType<typeof things>

  beforeEach(async () => {
    await accounts().doc('alice').set({ data: { balance: 100 } })
    await accounts().doc('bob').set({ data: { balance: 0 } })
  })

  it('commits every write together', async () => {
    await db.runTransaction(async (t: never) => {
      const tx = t as { collection(n: string): { doc(id: string): { get(): Promise<{ data: { balance: number } }>; update(o: unknown): Promise<unknown> } } }
      const { data } = await tx.collection('accounts').doc('alice').get()
      await tx.collection('accounts').doc('alice').update({ data: { balance: data.balance - 30 } })
      await tx.collection('accounts').doc('bob').update({ data: { balance: _.inc(30) } })
    })
    expect((await accounts().doc('alice').get()).data.balance).toBe(70)
    expect((await accounts().doc('bob').get()).data.balance).toBe(30)
  })

  it('rolls back with nothing half written when the body fails', async () => {
    await expect(
      db.runTransaction(async (t: never) => {
        const tx = t as { collection(n: string): { doc(id: string): { update(o: unknown): Promise<unknown> } } }
        await tx.collection('accounts').doc('alice').update({ data: { balance: _.inc(-50) } })
        throw new Error('余额不足')
      }),
    ).rejects.toThrow('余额不足')
    expect((await accounts().doc('alice').get()).data.balance).toBe(100)
  })

  it('reads a snapshot: writes by others after it began are not seen', async () => {
    const tx = await db.startTransaction()
    await accounts().doc('alice').update({ data: { balance: 1 } })
    const seen = await tx.collection('accounts').doc('alice').get()
    expect(seen.data.balance).toBe(100)
    await tx.rollback()
  })

  it('refuses the second of two conflicting commits', async () => {
    const t1 = await db.startTransaction()
    const t2 = await db.startTransaction()
    await t1.collection('accounts').doc('alice').update({ data: { balance: _.inc(1) } })
    await t2.collection('accounts').doc('alice').update({ data: { balance: _.inc(1) } })
    await t1.commit()
    await expect(t2.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect((await accounts().doc('alice').get()).data.balance).toBe(101)
  })

  it('retries a conflicting runTransaction so no concurrent update is lost', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () =>
        db.runTransaction(async (t: never) => {
          const tx = t as { collection(n: string): { doc(id: string): { get(): Promise<{ data: { balance: number } }>; update(o: unknown): Promise<unknown> } } }
          const { data } = await tx.collection('accounts').doc('bob').get()
          await tx.collection('accounts').doc('bob').update({ data: { balance: data.balance + 1 } })
        }, 10),
      ),
    )
    expect((await accounts().doc('bob').get()).data.balance).toBe(5)
  })
})

describe('local store: storage and openapi', () => {
  it('uploads, hands out a temporary URL, downloads and deletes a file', async () => {
    const { fileID } = await cloud.uploadFile({ cloudPath: 'materials/身份证明.txt', fileContent: Buffer.from('材料内容') })
    expect(fileID).toMatch(/^cloud:\/\//)
    const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ tempFileURL: string; status: number }> }
    expect(fileList[0].status).toBe(0)
    expect(await (await fetch(encodeURI(fileList[0].tempFileURL))).text()).toBe('材料内容')
    const downloaded = await cloud.downloadFile({ fileID })
    expect(downloaded.fileContent.toString()).toBe('材料内容')
    const deleted = (await cloud.deleteFile({ fileList: [fileID] })) as { fileList: Array<{ status: number }> }
    expect(deleted.fileList[0].status).toBe(0)
    const gone = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ status: number }> }
    expect(gone.fileList[0].status).toBe(-503003)
  })

  it('stores a file under a long Chinese path, as the cloud does (an export named after its center and period)', async () => {
    const cloudPath = `exports/employment/${'创业就业服务中心岗位台账'.repeat(4)}/2026年11月1日至2026年11月30日.xlsx`
    const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from('表格') })
    expect(fileID.endsWith(cloudPath)).toBe(true)
    expect((await cloud.downloadFile({ fileID })).fileContent.toString()).toBe('表格')
  })

  it('puts subscription messages in the outbox against a grant, and refuses a second with 43101', async () => {
    env.cloud.grant('o-someone', ['TPL_REMIND'])
    await cloud.openapi.subscribeMessage.send({ touser: 'o-someone', templateId: 'TPL_REMIND', page: 'pages/mine/index', data: { thing1: { value: '明天 9:00 窗口预约' } } })
    const [message] = env.cloud.store.find('outbox', { query: { touser: 'o-someone' } })
    expect(message).toMatchObject({ templateId: 'TPL_REMIND', data: { thing1: { value: '明天 9:00 窗口预约' } } })
    await expect(cloud.openapi.subscribeMessage.send({ touser: 'o-someone', templateId: 'TPL_REMIND', page: 'pages/mine/index', data: {} })).rejects.toMatchObject({ errCode: 43101 })
  })

  it('flags risky text in the content check with the cloud result shape', async () => {
    const risky = await cloud.openapi.security.msgSecCheck({ content: '高薪日结无需经验，先交培训费', version: 2, scene: 2, openid: 'o-x' })
    expect(risky.result).toEqual({ suggest: 'risky', label: 20001 })
    const fine = await cloud.openapi.security.msgSecCheck({ content: '周六上午社区广场太极拳', version: 2, scene: 2, openid: 'o-x' })
    expect(fine.result.suggest).toBe('pass')
  })

  it('checks a picture like WeChat’s imgSecCheck: passes a clean one, 87014 for a flagged one, 40006 over 1 MB', async () => {
    const fine = await cloud.openapi.security.imgSecCheck({ media: { contentType: 'image/png', value: Buffer.from('PNG 社区广场') } })
    expect(fine.errCode).toBe(0)
    await expect(cloud.openapi.security.imgSecCheck({ media: { contentType: 'image/png', value: Buffer.from('PNG 赌博') } })).rejects.toMatchObject({ errCode: 87014 })
    await expect(cloud.openapi.security.imgSecCheck({ media: { contentType: 'image/jpeg', value: Buffer.alloc(1024 * 1024 + 1) } })).rejects.toMatchObject({ errCode: 40006 })
  })

  it('turns a phone-number code into a stable number and refuses a bad code', async () => {
    const a = await cloud.openapi.phonenumber.getPhoneNumber({ code: 'code-1' })
    const b = await cloud.openapi.phonenumber.getPhoneNumber({ code: 'code-1' })
    expect(a.phoneInfo.purePhoneNumber).toMatch(/^1[3-9]\d{9}$/)
    expect(b.phoneInfo.purePhoneNumber).toBe(a.phoneInfo.purePhoneNumber)
    await expect(cloud.openapi.phonenumber.getPhoneNumber({ code: 'invalid-1' })).rejects.toMatchObject({ errCode: 40029 })
  })
})
