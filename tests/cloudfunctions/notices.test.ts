import type { ActivityInput } from '@/shared/contracts/activities'
import { activityDraft, givenCultureStaff, publishActivity } from '../support/activities'
import { dataOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const ORG_STAFF = 'notice-org-staff'
const CULTURE_STAFF = 'notice-culture-staff'

const draft = (over: Partial<ActivityInput> = {}): ActivityInput => activityDraft({ brand: '五个黄河', title: '黄河大合唱排练', description: '街道合唱团公开排练，欢迎居民观摩。', address: '文化综合服务中心二楼多功能厅', capacity: 3000, ...over })

beforeAll(() => {
  givenCultureStaff(env, ORG_STAFF, CULTURE_STAFF, now)
})

const publish = (over: Partial<ActivityInput> = {}) => publishActivity(env, ORG_STAFF, CULTURE_STAFF, draft(over))

/** People signed up straight in the database: the sign-up path has its own tests, this one is about telling them. */
function givenSignedUp(activityId: string, people: string[]) {
  env.cloud.store.insert(
    'activity_signups',
    people.map((p, i) => ({
      _id: `${activityId}_${p}`,
      rowId: `row-${i}`,
      activityId,
      title: '黄河大合唱排练',
      startAt: new Date('2026-12-05T01:00:00Z'),
      address: '文化综合服务中心二楼多功能厅',
      subjectId: p,
      actorId: p,
      onBehalf: false,
      seats: 1,
      answers: [],
      status: 'confirmed',
      code: `C${String(i).padStart(5, '0')}`,
      arrivedAt: now,
      checkedInAt: null,
      createdAt: now,
      updatedAt: now,
    })),
  )
}

describe('notices to many people', () => {
  it('tells each of 2,000 people exactly once when the activity is cancelled, even when sending fails halfway', async () => {
    const activity = await publish()
    const people = Array.from({ length: 2000 }, (_, i) => `chorus-${String(i).padStart(4, '0')}`)
    givenSignedUp(activity.id, people)
    for (const p of people) env.grant(p, ['activityChanged'])

    // the action records the notices and returns within its time limit; it sends nothing itself
    const cancelled = await env.raw(ORG_STAFF, 'activities', { action: 'cancelActivity', input: { activityId: activity.id, reason: '场地维修' } })
    expect(cancelled.result).toMatchObject({ ok: true })
    expect(env.cloud.store.count('outbox', { templateId: 'TPL_ACTIVITY_CHANGED' })).toBe(0)

    // WeChat fails five sends in the middle of the run
    env.cloud.faults.failAfterSends = 1000
    env.cloud.faults.failNextSends = 5
    const first = await env.deliver()
    expect(first).toBe(1995)
    // the failed ones are tried again on a later run of the timer
    now = new Date(now.getTime() + 5 * 60_000)
    expect(await env.deliver()).toBe(5)
    expect(await env.deliver()).toBe(0)

    const delivered = [0, 1000].flatMap((offset) => env.cloud.store.find('outbox', { query: { templateId: 'TPL_ACTIVITY_CHANGED' }, order: { touser: 1 }, offset, limit: 1000 }).map((m) => m.touser as string))
    expect(delivered).toHaveLength(2000)
    expect(new Set(delivered)).toEqual(new Set(people))
    // a retried cancel records nobody twice
    dataOf(await env.call(ORG_STAFF, 'activities', 'cancelActivity', { activityId: activity.id, reason: '场地维修' }))
    expect(await env.deliver()).toBe(0)
  }, 240_000)

  it('sends a person without a subscription nothing, and shows the refusal with its reason', async () => {
    now = new Date('2026-11-30T00:00:00Z')
    const activity = await publish({ title: '书法展', capacity: 5 })
    dataOf(await env.call(env.resident('no-subscription'), 'activities', 'signUp', { activityId: activity.id }))
    dataOf(await env.call(ORG_STAFF, 'activities', 'notifyAttendees', { activityId: activity.id, message: '展览改到下午两点' }))
    expect(await env.deliver()).toBe(0)
    expect(env.cloud.store.count('outbox', { touser: 'no-subscription' })).toBe(0)
    const [notice] = env.cloud.store.find('notices', { query: { touser: 'no-subscription' } })
    expect(notice).toMatchObject({ state: 'noGrant' })
    const page = await (await fetch(`${env.cloud.url}/dev/outbox`)).text()
    expect(page).toContain('user refuse to accept the msg')
  })

  it('fails at once, naming the field, a notice WeChat would refuse for a field outside its rule — the subscription kept', async () => {
    env.grant('bad-field', ['activityChanged'])
    env.cloud.store.insert('notices', [
      {
        _id: 'bad_field',
        touser: 'bad-field',
        template: 'activityChanged',
        page: '/centers/culture/pages/activity/index?id=x',
        // a weekday in a time field: what people read in the app, refused by WeChat (47003)
        data: { thing1: { value: '剪纸展' }, time2: { value: '12月5日 周六 09:00' }, thing3: { value: '请带身份证' } },
        state: 'queued',
        attempts: 0,
        nextAt: now,
        createdAt: now,
        sentAt: null,
        error: null,
      },
    ])
    expect(await env.deliver()).toBe(0)
    expect(env.cloud.store.find('notices', { query: { _id: 'bad_field' } })[0]).toMatchObject({ state: 'failed', attempts: 1, error: '发送失败（47003：time2）' })
    expect(env.cloud.store.find('subscription_grants', { query: { openid: 'bad-field' } })[0]).toMatchObject({ count: 1 })
    // shown on the outbox page as WeChat's reply; cleared so the suite's own check (no refused field) holds
    expect(env.cloud.store.remove('outbox_refused', { query: { touser: 'bad-field', errcode: 47003 }, single: false })).toBe(1)
  })

  it('never sends twice what a sender that died was sending, and sends what it had not tried yet', async () => {
    // what a sender killed at its time limit leaves behind, found by the next run 10 minutes later
    const longAgo = new Date(Date.now() - 11 * 60_000)
    const notice = { template: 'activityChanged', page: '/centers/culture/pages/activity/index?id=x', data: { thing1: { value: '剪纸展' }, time2: { value: '2026年12月5日 09:00' }, thing3: { value: '请带身份证' } }, attempts: 0, nextAt: now, createdAt: now, sentAt: null, error: null, lock: 'a-dead-sender' }
    for (const p of ['mid-send', 'not-yet-tried']) env.grant(p, ['activityChanged'])
    env.cloud.store.insert('notices', [
      { ...notice, _id: 'crash_mid-send', touser: 'mid-send', state: 'sending', lockedAt: longAgo },
      { ...notice, _id: 'crash_not-yet-tried', touser: 'not-yet-tried', state: 'claimed', lockedAt: longAgo },
    ])
    await env.deliver()
    // WeChat may have delivered it before the sender died: a second copy is worse than none
    expect(env.cloud.store.count('outbox', { touser: 'mid-send' })).toBe(0)
    expect(env.cloud.store.find('notices', { query: { _id: 'crash_mid-send' } })[0]).toMatchObject({ state: 'failed', error: '发送中断：未能确认是否送达，为免重复不再重发' })
    expect(env.cloud.store.count('outbox', { touser: 'not-yet-tried' })).toBe(1)
  })

  it('delivers one message per subscription: a second notice of the same kind waits for a new one', async () => {
    const activity = await publish({ title: '剪纸展', capacity: 5 })
    dataOf(await env.call(env.resident('one-grant'), 'activities', 'signUp', { activityId: activity.id }))
    env.grant('one-grant', ['activityChanged'])
    dataOf(await env.call(ORG_STAFF, 'activities', 'notifyAttendees', { activityId: activity.id, message: '请带身份证' }))
    now = new Date(now.getTime() + 1000)
    dataOf(await env.call(ORG_STAFF, 'activities', 'notifyAttendees', { activityId: activity.id, message: '请提前到场' }))
    expect(await env.deliver()).toBe(1)
    expect(env.cloud.store.count('outbox', { touser: 'one-grant' })).toBe(1)
  })
})
