/**
 * The kernel's claim (cloudfunctions/_kernel/claim.ts) on the local cloud with the real wx-server-sdk: the
 * interleavings a storm only hits now and then, played in a fixed order.
 */
import { withLocalCloud } from '../support/local-cloud'
import { connectSdk } from '../support/sdk'

const env = withLocalCloud()
let kernel: typeof import('../../cloudfunctions/_kernel/claim')
let cloud: typeof import('../../cloudfunctions/_kernel/cloud')

beforeAll(() => {
  connectSdk(env.cloud.url)
  // the kernel initialises the SDK on import: after the test process points it at the local cloud
  kernel = require('../../cloudfunctions/_kernel/claim')
  cloud = require('../../cloudfunctions/_kernel/cloud')
})

const POOLS = 'activities'
const PEOPLE = 'activity_signups'
const poolOf = (id: string) => ({ collection: POOLS, id, taken: 'taken', capacity: 1, waiting: 'waiting' })
const poolDoc = (id: string) => env.cloud.store.find(POOLS, { query: { _id: id }, limit: 1 })[0] as { taken: number; waiting: number }
const statusOf = (id: string) => env.cloud.store.find(PEOPLE, { query: { _id: id }, limit: 1 })[0]?.status

/** A waiter whose record moves between waitlisted and confirmed, as an activity's sign-up does. */
function waiterOf(id: string, beforeUnadmit: () => Promise<void> = async () => {}) {
  const move = async (from: string, to: string) => (await cloud.db.collection(PEOPLE).where({ _id: id, status: from }).update({ data: { status: to } })).stats.updated === 1
  return {
    places: 1,
    admit: () => move('waitlisted', 'confirmed'),
    unadmit: async () => {
      await beforeUnadmit()
      await move('confirmed', 'waitlisted')
    },
  }
}
const headOf = (id: string, beforeUnadmit?: () => Promise<void>) => async () => (statusOf(id) === 'waitlisted' ? waiterOf(id, beforeUnadmit) : null)

describe('promote', () => {
  it('hands a place over that came free while its waiter was held, so nobody waits beside it', async () => {
    // the one seat is held by the waiter's own sign-up call, which claimed it before its record was counted in the
    // queue; a promoter admits that record, cannot hand the seat over (taken), and before it lets the record go the
    // sign-up call — finding its record moved — gives its count back and the seat, and finds nobody to promote
    env.cloud.store.insert(POOLS, [{ _id: 'pool-held', taken: 1, waiting: 0 }])
    env.cloud.store.insert(PEOPLE, [{ _id: 'waiter-held', activityId: 'pool-held', code: 'HELD01', status: 'waitlisted' }])
    const pool = poolOf('pool-held')
    let claimerPromoted: unknown[] = ['not run']
    const claimerGivesBack = async () => {
      await kernel.recount(pool)
      await kernel.release(pool, 1)
      claimerPromoted = await kernel.promote(pool, headOf('waiter-held'), 1)
    }
    const admitted = await kernel.promote(pool, headOf('waiter-held', claimerGivesBack), 1)
    expect(claimerPromoted).toEqual([])
    expect(admitted).toHaveLength(1)
    expect(statusOf('waiter-held')).toBe('confirmed')
    expect(poolDoc('pool-held')).toMatchObject({ taken: 1, waiting: 0 })
  })

  it('stops when the places are really taken, the waiter keeping its place in the queue', async () => {
    env.cloud.store.insert(POOLS, [{ _id: 'pool-full', taken: 1, waiting: 1 }])
    env.cloud.store.insert(PEOPLE, [{ _id: 'waiter-full', activityId: 'pool-full', code: 'FULL01', status: 'waitlisted' }])
    expect(await kernel.promote(poolOf('pool-full'), headOf('waiter-full'), 1)).toEqual([])
    expect(statusOf('waiter-full')).toBe('waitlisted')
    expect(poolDoc('pool-full')).toMatchObject({ taken: 1, waiting: 1 })
  })
})
