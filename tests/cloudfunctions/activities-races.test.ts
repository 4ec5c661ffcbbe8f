import type { ActivityInput } from '@/shared/contracts/activities'
import { activityDraft, givenCultureStaff, publishActivity } from '../support/activities'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai
const now = new Date('2026-11-30T00:00:00Z')
let clock = now
const env = withLocalCloud({ clock: () => clock })
const ORG_STAFF = 'race-org-staff'
const CULTURE_STAFF = 'race-culture-staff'

const draft = (over: Partial<ActivityInput> = {}): ActivityInput => activityDraft({ title: '冬日书法体验', description: '书法老师现场指导，笔墨纸砚由中心提供。', address: '文化综合服务中心一楼书画室', capacity: 10, ...over })

beforeAll(() => {
  givenCultureStaff(env, ORG_STAFF, CULTURE_STAFF, now)
})

const publish = (over: Partial<ActivityInput> = {}) => publishActivity(env, ORG_STAFF, CULTURE_STAFF, draft(over))

function signupsOf(activityId: string) {
  return env.cloud.store.find('activity_signups', { query: { activityId }, limit: 1000 })
}

function activityDoc(activityId: string) {
  const [doc] = env.cloud.store.find('activities', { query: { _id: activityId }, limit: 1 })
  return doc as { capacity: number; taken: number; waiting: number; placesLeft: number }
}

/** What must hold after any storm: seats add up, the queue count is the waitlist, and nobody waits beside a free seat. */
function expectConsistent(activityId: string) {
  const all = signupsOf(activityId)
  const confirmedSeats = all.filter((s) => s.status === 'confirmed').reduce((n, s) => n + (s.seats as number), 0)
  const waiting = all.filter((s) => s.status === 'waitlisted')
  const a = activityDoc(activityId)
  expect(confirmedSeats).toBeLessThanOrEqual(a.capacity)
  expect(a.taken ?? 0).toBe(confirmedSeats)
  expect(a.placesLeft).toBe(a.capacity - confirmedSeats)
  expect(a.waiting ?? 0).toBe(waiting.length)
  // nobody waits beside seats that fit the head of the waitlist
  const head = [...waiting].sort((x, y) => new Date(x.arrivedAt as Date).getTime() - new Date(y.arrivedAt as Date).getTime())[0]
  if (head) expect(a.placesLeft).toBeLessThan(head.seats as number)
  return { all, confirmedSeats, waiting }
}

describe('the waitlist under races', () => {
  it('never leaves a newcomer waiting beside a free place when someone signs up 8 times at once', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const activity = await publish({ title: `重复报名演练 ${trial}`, capacity: 1 })
      const replies = await Promise.all([
        ...Array.from({ length: 8 }, () => env.call(env.resident(`repeater-${trial}`), 'activities', 'signUp', { activityId: activity.id })),
        env.call(env.resident(`newcomer-${trial}`), 'activities', 'signUp', { activityId: activity.id }),
      ])
      expect(replies.every((r) => r.ok)).toBe(true)
      const { all, confirmedSeats } = expectConsistent(activity.id)
      expect(all).toHaveLength(2)
      expect(confirmedSeats).toBe(1)
    }
  }, 120_000)

  it('gives every freed place to the head of the queue while 10 cancel and 40 newcomers arrive at once (20 trials)', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const activity = await publish({ title: `候补顺序演练 ${trial}`, capacity: 10 })
      const holders = Array.from({ length: 10 }, (_, i) => `holder-${trial}-${i}`)
      const queued = Array.from({ length: 5 }, (_, i) => `queued-${trial}-${i}`)
      clock = new Date(now.getTime() + trial * 60_000)
      for (const p of [...holders, ...queued]) dataOf(await env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id }))
      // the newcomers arrive after those already waiting (the waitlist's order is arrival time)
      clock = new Date(clock.getTime() + 1000)
      const newcomers = Array.from({ length: 40 }, (_, i) => `late-${trial}-${i}`)
      await Promise.all([
        ...holders.map((p) => env.call(p, 'activities', 'cancelSignUp', { activityId: activity.id })),
        ...newcomers.map((p) => env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id })),
      ])
      const { all } = expectConsistent(activity.id)
      const statusOf = new Map(all.map((s) => [s.subjectId as string, s.status]))
      // the five who were already waiting all got places before any newcomer could
      expect(queued.map((p) => statusOf.get(p))).toEqual(Array(5).fill('confirmed'))
      expect(all.filter((s) => s.status === 'confirmed')).toHaveLength(10)
    }
  }, 300_000)

  it('refuses to lower the capacity below the seats taken, even while people sign up', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const activity = await publish({ title: `缩减名额演练 ${trial}`, capacity: 20 })
      const people = Array.from({ length: 30 }, (_, i) => `shrink-${trial}-${i}`)
      const [edit] = await Promise.all([
        env.call(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: `缩减名额演练 ${trial}`, capacity: 10 }), activityId: activity.id }),
        ...people.map((p) => env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id })),
      ])
      const { confirmedSeats } = expectConsistent(activity.id)
      const a = activityDoc(activity.id)
      if (edit.ok) expect(a.capacity).toBe(10)
      else expect(a.capacity).toBe(20)
      expect(confirmedSeats).toBeLessThanOrEqual(a.capacity)
    }
  }, 120_000)

  it('says how many seats are taken when the capacity asked for is too small', async () => {
    const activity = await publish({ title: '茶艺小课堂', capacity: 5 })
    for (const p of ['tea-1', 'tea-2', 'tea-3']) dataOf(await env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id }))
    const error = errorOf(await env.call(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: '茶艺小课堂', capacity: 2 }), activityId: activity.id }))
    expect(error.fields).toEqual({ capacity: '已有 3 个名额被占用，名额不能少于 3' })
  })

  it('admits the waitlist at once when the capacity is raised', async () => {
    const activity = await publish({ title: '手工编织', capacity: 1 })
    for (const p of ['knit-1', 'knit-2', 'knit-3']) dataOf(await env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id }))
    dataOf(await env.call(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: '手工编织', capacity: 2 }), activityId: activity.id }))
    const { all } = expectConsistent(activity.id)
    expect(all.filter((s) => s.status === 'confirmed').map((s) => s.subjectId).sort()).toEqual(['knit-1', 'knit-2'])
    expect(dataOf(await env.call('knit-3', 'activities', 'getActivity', { activityId: activity.id })).mine).toMatchObject({ position: 1 })
  })

  it('gives the next freed seat to a waiter whose sign-up died between its record and the queue count', async () => {
    const activity = await publish({ title: '中断报名演练', capacity: 1 })
    dataOf(await env.call(env.resident('seat-holder'), 'activities', 'signUp', { activityId: activity.id }))
    // a sign-up killed at its time limit after writing its record, before counting itself in the queue
    const [holder] = signupsOf(activity.id)
    const arrived = new Date(clock.getTime() - 5 * 60_000)
    env.cloud.store.insert('activity_signups', [{ ...holder, _id: `${activity.id}_interrupted`, rowId: 'row-interrupted', subjectId: 'interrupted', code: 'INTRPT', status: 'waitlisted', arrivedAt: arrived, createdAt: arrived, updatedAt: arrived }])
    expect(activityDoc(activity.id).waiting).toBe(0)
    dataOf(await env.call('seat-holder', 'activities', 'cancelSignUp', { activityId: activity.id }))
    // the seat goes to the person who was first, not to whoever comes next
    dataOf(await env.call(env.resident('next-newcomer'), 'activities', 'signUp', { activityId: activity.id }))
    const statusOf = new Map(signupsOf(activity.id).map((s) => [s.subjectId, s.status]))
    expect(statusOf.get('interrupted')).toBe('confirmed')
    expect(statusOf.get('next-newcomer')).toBe('waitlisted')
    expectConsistent(activity.id)
  })

  it('never lets a newcomer take a seat a waiter needs while the head of the waitlist leaves as seats free up (20 trials)', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const activity = await publish({ title: `候补离开演练 ${trial}`, capacity: 2, companionsAllowed: 1 })
      clock = new Date(now.getTime() + trial * 60_000)
      dataOf(await env.call(env.resident(`pair-${trial}`), 'activities', 'signUp', { activityId: activity.id, companions: 1 }))
      dataOf(await env.call(env.resident(`head-${trial}`), 'activities', 'signUp', { activityId: activity.id }))
      dataOf(await env.call(env.resident(`couple-${trial}`), 'activities', 'signUp', { activityId: activity.id, companions: 1 }))
      clock = new Date(clock.getTime() + 1000)
      const newcomers = Array.from({ length: 6 }, (_, i) => `after-${trial}-${i}`)
      await Promise.all([
        env.call(`pair-${trial}`, 'activities', 'cancelSignUp', { activityId: activity.id }),
        env.call(`head-${trial}`, 'activities', 'cancelSignUp', { activityId: activity.id }),
        ...newcomers.map((p) => env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id })),
      ])
      const { all } = expectConsistent(activity.id)
      const statusOf = new Map(all.map((s) => [s.subjectId as string, s.status]))
      // the head either left or was admitted before its cancel arrived; either way the seats go down the queue
      expect(newcomers.filter((p) => statusOf.get(p) === 'confirmed')).toEqual([])
      if (statusOf.get(`head-${trial}`) === 'cancelled') expect(statusOf.get(`couple-${trial}`)).toBe('confirmed')
    }
  }, 300_000)

  it('shows organizers opaque row ids, never a resident’s openid', async () => {
    const activity = await publish({ title: '亲子绘本', capacity: 3 })
    dataOf(await env.call(env.resident('picture-book-reader'), 'activities', 'signUp', { activityId: activity.id }))
    const page = dataOf(await env.call(ORG_STAFF, 'activities', 'listSignUps', { activityId: activity.id }))
    expect(JSON.stringify(page)).not.toContain('picture-book-reader')
  })
})
