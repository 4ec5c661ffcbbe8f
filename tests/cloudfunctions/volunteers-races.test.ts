/**
 * The time bank under load, through the real handlers: many spends against one balance, a transfer racing spends,
 * and a volunteer activity's check-in retried — no hour lost, none counted twice, no balance below zero.
 */
import { freeTimeKeys } from '@/shared/domain/booking/time-holds'
import { HOME_TIME_HOLD } from '@/shared/domain/eldercare/home-services'
import { HOME_SERVICES } from '../../emulator/seeds/eldercare'
import { activityDraft, givenCultureStaff, publishActivity } from '../support/activities'
import { dataOf, withLocalCloud } from '../support/local-cloud'

let now = new Date('2026-11-30T01:00:00Z')
const env = withLocalCloud({ clock: () => now })

const VOL = 'race-volunteer'
const MOTHER = 'race-mother'
const PARTY_STAFF = 'race-party-staff'

const booking = (i: number) => ({
  _id: `race-booking-${i}`,
  activeKey: `race-${i}`,
  holdKey: `race-hold-${i}`,
  // bookings to pay for, not to visit: they hold none of the mother's time (else only one could stand at 09:00)
  ...freeTimeKeys(HOME_TIME_HOLD, `race-${i}`),
  subjectId: MOTHER,
  placeId: 'home-bath',
  day: '2026-12-02',
  time: '09:00',
  serviceName: '助浴',
  seniorId: MOTHER,
  seniorName: '赵桂芝',
  address: '8号楼',
  marks: [],
  start: new Date('2026-12-02T01:00:00Z'),
  cancelBy: new Date('2026-12-01T21:00:00Z'),
  actorId: VOL,
  actorName: '李红霞',
  onBehalf: true,
  ownerId: VOL,
  status: 'booked',
  providerId: null,
  providerName: null,
  steps: [],
  tellStaff: false,
  createdAt: now,
  updatedAt: now,
})

const balanceOf = (account: string) => (env.cloud.store.find('hours_accounts', { query: { _id: account } })[0]?.balance as number | undefined) ?? 0
const ledgerSum = (account: string) => env.cloud.store.find('hours_ledger', { query: { account } }).reduce((s, e) => s + (e.minutes as number), 0)

let volNo = ''
let round = 0
async function topUpTo10Hours() {
  const missing = 600 - balanceOf(VOL)
  if (missing > 0) dataOf(await env.call(PARTY_STAFF, 'party', 'creditHours', { volunteerNos: [volNo], title: '敬老院陪伴', hours: missing / 60, day: '2026-11-29' }, { requestId: `top-up-${++round}-000` }))
  expect(balanceOf(VOL)).toBe(600)
}

beforeAll(async () => {
  env.givenResident(VOL, '李红霞')
  env.givenUser(PARTY_STAFF, [{ role: 'centerStaff', center: 'party' }], { name: '刘洋', community: '黄河西路第一社区', address: '街道' })
  env.cloud.store.insert('seniors', [{ _id: MOTHER, name: '赵桂芝', openid: null, familyIds: [VOL], community: '黄河西路第一社区', building: '8号楼', unit: '1', room: '502' }])
  env.cloud.store.insert('home_services', HOME_SERVICES.map((s) => ({ ...s })))
  env.cloud.store.insert('home_service_bookings', Array.from({ length: 531 }, (_, i) => booking(i)))
  volNo = dataOf(await env.call(VOL, 'party', 'registerVolunteer', { skills: ['助老陪伴'], availability: ['weekend'], community: '黄河西路第一社区' })).number
})

describe('the time bank under load', () => {
  it('spends exactly 10 hours of 500 simultaneous one-hour spends against a balance of 10 hours', async () => {
    await topUpTo10Hours()
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => env.call(VOL, 'party', 'spendHours', { bookingId: `race-booking-${i}`, from: 'mine' })))
    expect(results.filter((r) => r.ok)).toHaveLength(10)
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'CONFLICT')).toBe(true)
    expect(balanceOf(VOL)).toBe(0)
    expect(ledgerSum(VOL)).toBe(0)
    expect(env.cloud.store.count('hours_ledger', { kind: 'spend' })).toBe(10)
  })

  it('never lets a transfer racing spends take a balance below zero, nor lose an hour', async () => {
    await topUpTo10Hours()
    const transfer = env.call(VOL, 'party', 'transferHours', { seniorId: MOTHER, direction: 'toSenior', hours: 6 }, { requestId: 'race-transfer-0001' })
    const spends = Array.from({ length: 30 }, (_, i) => env.call(VOL, 'party', 'spendHours', { bookingId: `race-booking-${500 + i}`, from: 'mine' }))
    const [moved, ...spent] = await Promise.all([transfer, ...spends])
    const taken = spent.filter((r) => r.ok).length * 60 + (moved.ok ? 360 : 0)
    expect(taken).toBeLessThanOrEqual(600)
    expect(balanceOf(VOL)).toBe(600 - taken)
    expect(balanceOf(VOL)).toBeGreaterThanOrEqual(0)
    expect(balanceOf(MOTHER)).toBe(moved.ok ? 360 : 0)
    expect([ledgerSum(VOL), ledgerSum(MOTHER)]).toEqual([balanceOf(VOL), balanceOf(MOTHER)])
    // whatever won, the spends that failed failed for want of hours
    expect(600 - taken).toBeLessThan(60 + (moved.ok ? 0 : 360))
  })

  it('credits a volunteer activity’s attendee once however many times the check-in is retried', async () => {
    const ORG = 'race-org-staff'
    const CULTURE = 'race-culture-staff'
    givenCultureStaff(env, ORG, CULTURE, now)
    const activity = await publishActivity(env, ORG, CULTURE, activityDraft({ title: '黄河湿地清洁志愿服务', volunteerHours: 2.5 }))
    expect(activity.volunteerHours).toBe(2.5)
    dataOf(await env.call(VOL, 'activities', 'signUp', { activityId: activity.id }))
    const code = dataOf(await env.call(VOL, 'activities', 'getActivity', { activityId: activity.id })).mine?.checkInCode as string
    now = new Date('2026-12-05T00:30:00Z')
    const before = balanceOf(VOL)
    const tries = await Promise.all(Array.from({ length: 20 }, () => env.call(ORG, 'activities', 'checkIn', { activityId: activity.id, code })))
    expect(tries.every((r) => r.ok)).toBe(true)
    dataOf(await env.call(ORG, 'activities', 'checkIn', { activityId: activity.id, code }, { requestId: 'check-in-again-1' }))
    expect(balanceOf(VOL) - before).toBe(150)
    const credits = env.cloud.store.find('hours_ledger', { query: { account: VOL, kind: 'credit', 'source.kind': 'activity' } })
    expect(credits).toEqual([expect.objectContaining({ minutes: 150, verifiedBy: ORG, source: expect.objectContaining({ title: '黄河湿地清洁志愿服务' }) })])
  })

  it('credits nothing for an activity that is not volunteer service', async () => {
    const ORG = 'race-org-staff'
    now = new Date('2026-11-30T01:00:00Z')
    const activity = await publishActivity(env, ORG, 'race-culture-staff', activityDraft({ title: '书法讲座' }))
    dataOf(await env.call(VOL, 'activities', 'signUp', { activityId: activity.id }))
    const code = dataOf(await env.call(VOL, 'activities', 'getActivity', { activityId: activity.id })).mine?.checkInCode as string
    now = new Date('2026-12-05T00:30:00Z')
    const before = env.cloud.store.count('hours_ledger', { account: VOL })
    dataOf(await env.call(ORG, 'activities', 'checkIn', { activityId: activity.id, code }))
    expect(env.cloud.store.count('hours_ledger', { account: VOL })).toBe(before)
  })
})
