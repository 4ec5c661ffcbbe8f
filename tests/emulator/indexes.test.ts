/**
 * The local store serves function queries the way the cloud database does — by a declared index — and in tests
 * refuses a query no declared index can serve, naming the index to add, so a query that would scan a street's
 * worth of documents never reaches production unnoticed.
 */
import { withLocalCloud } from '../support/local-cloud'
import { connectSdk } from '../support/sdk'

const env = withLocalCloud({
  strictIndexes: true,
  extraCollections: {
    people: {
      indexes: [
        { name: 'community_building', keys: { community: 1, building: 1 } },
        { name: 'phone', keys: { phone: 1 }, unique: true },
        { name: 'joined', keys: { joinedAt: 1 } },
        { name: 'never_used', keys: { shoeSize: 1 } },
      ],
    },
  },
})

let db: ReturnType<ReturnType<typeof connectSdk>['database']>
// biome-ignore lint/suspicious/noExplicitAny: the SDK's typings mix in callback overloads
let _: any
// biome-ignore lint/suspicious/noExplicitAny: see above
const people = () => db.collection('people') as any

beforeAll(async () => {
  db = connectSdk(env.cloud.url).database({ throwOnNotFound: false } as never)
  _ = db.command
  env.cloud.store.insert(
    'people',
    Array.from({ length: 300 }, (_, i) => ({
      _id: `p${i}`,
      community: `第${(i % 6) + 1}社区`,
      building: `${i % 10}号楼`,
      phone: `1380000${String(i).padStart(4, '0')}`,
      joinedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
      tags: i % 2 ? ['独居'] : ['空巢', '高龄'],
    })),
  )
})

describe('queries served by a declared index', () => {
  it('answers equality on the leading fields, with the rest filtered', async () => {
    const { data } = await people().where({ community: '第1社区', building: '0号楼' }).limit(100).get()
    // i % 6 === 0 and i % 10 === 0: every 30th person
    expect(data.map((p: { _id: string }) => p._id).sort()).toEqual(Array.from({ length: 10 }, (_, k) => `p${k * 30}`).sort())
    const { total } = await people().where({ community: _.in(['第1社区', '第2社区']), tags: '独居' }).count()
    expect(total).toBe(50)
  })

  it('answers a range or an ordering on an index’s first field', async () => {
    const { data } = await people()
      .where({ joinedAt: _.lt(new Date(Date.UTC(2026, 0, 4))) })
      .orderBy('joinedAt', 'asc')
      .get()
    expect(data.map((p: { _id: string }) => p._id)).toEqual(['p0', 'p1', 'p2'])
  })

  it('keeps unique indexes unique however many documents there are', async () => {
    await expect(people().add({ data: { _id: 'dup', phone: '13800000007' } })).rejects.toMatchObject({ errCode: -502001 })
  })

  it('follows updates: a document moved to another key is found under the new one only', async () => {
    await people().doc('p5').update({ data: { community: '新社区' } })
    expect((await people().where({ community: '新社区' }).get()).data.map((p: { _id: string }) => p._id)).toEqual(['p5'])
    expect((await people().where({ community: '第6社区', building: '5号楼' }).get()).data.map((p: { _id: string }) => p._id)).not.toContain('p5')
  })
})

describe('queries no declared index serves', () => {
  it('are refused with the index to add', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(people().where({ building: '3号楼' }).get()).rejects.toThrow(/索引/)
    expect(errors.mock.calls.flat().join(' ')).toContain('{"building":1}')
    errors.mockRestore()
  })

  it('reports declared indexes nothing has used', () => {
    expect(env.cloud.store.unusedIndexes()).toContain('people.never_used')
    expect(env.cloud.store.unusedIndexes()).not.toContain('people.community_building')
  })
})
