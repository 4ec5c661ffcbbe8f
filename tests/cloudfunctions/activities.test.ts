import type { ActivityInput } from '@/shared/contracts/activities'
import { readSheet } from '../../cloudfunctions/_kernel/sheets'
import { seedActivities } from '../../emulator/seeds/culture'
import { activityDraft, givenCultureStaff, publishActivity } from '../support/activities'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const ORG_STAFF = 'xiyang-staff'
const OTHER_ORG_STAFF = 'arts-staff'
const CULTURE_STAFF = 'culture-staff'

const draft = (over: Partial<ActivityInput> = {}): ActivityInput => activityDraft({ capacity: 50, ...over })

beforeAll(() => {
  givenCultureStaff(env, ORG_STAFF, CULTURE_STAFF, now)
  env.givenUser(OTHER_ORG_STAFF, [{ role: 'orgStaff', orgId: 'org-huanghe-yishu' }], { name: '高秀梅', community: '黄河西路第四社区', address: '9号楼' })
})

const publish = (over: Partial<ActivityInput> = {}) => publishActivity(env, ORG_STAFF, CULTURE_STAFF, draft(over))

describe('publishing activities', () => {
  it('goes draft → review → published, and only then shows to residents', async () => {
    const created = dataOf(await env.call(ORG_STAFF, 'activities', 'createActivity', draft({ title: '冬季健身操教学' })))
    expect(created).toMatchObject({ status: 'draft', statusText: '草稿', orgName: '幸福夕阳服务中心', placesLeft: 50, canManage: true })
    expect(errorOf(await env.call('passer-by', 'activities', 'getActivity', { activityId: created.id })).code).toBe('NOT_FOUND')
    dataOf(await env.call(ORG_STAFF, 'activities', 'submitForReview', { activityId: created.id }))
    const queue = dataOf(await env.call(CULTURE_STAFF, 'activities', 'listActivities', { reviewing: true }))
    expect(queue.items.map((a) => a.id)).toContain(created.id)
    const returned = dataOf(await env.call(CULTURE_STAFF, 'activities', 'reviewActivity', { activityId: created.id, approve: false, note: '请补充安全须知' }))
    expect(returned).toMatchObject({ status: 'returned', reviewNote: '请补充安全须知' })
    dataOf(await env.call(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: '冬季健身操教学', description: '安全须知：量力而行。' }), activityId: created.id }))
    dataOf(await env.call(ORG_STAFF, 'activities', 'submitForReview', { activityId: created.id }))
    dataOf(await env.call(CULTURE_STAFF, 'activities', 'reviewActivity', { activityId: created.id, approve: true }))
    const listed = dataOf(await env.call(null, 'activities', 'listActivities', { center: 'culture' }))
    expect(listed.items.map((a) => a.title)).toContain('冬季健身操教学')
  })

  it('refuses text that fails the content check, naming the field', async () => {
    const error = errorOf(await env.call(ORG_STAFF, 'activities', 'createActivity', draft({ description: '高薪日结无需经验，欢迎参加' })))
    expect(error.fields).toEqual({ description: '内容未通过安全检查，请修改后再提交' })
  })

  it('says which dates do not hang together', async () => {
    const error = errorOf(await env.call(ORG_STAFF, 'activities', 'createActivity', draft({ endAt: '2026-12-05T00:00:00.000Z', signupClosesAt: '2026-12-06T00:00:00.000Z' })))
    expect(error.fields).toEqual({ endAt: '结束时间应晚于开始时间', signupClosesAt: '报名应在活动开始前截止' })
  })

  it('keeps each organization to its own activities', async () => {
    const activity = await publish({ title: '幸福夕阳茶话会' })
    expect(errorOf(await env.call(OTHER_ORG_STAFF, 'activities', 'cancelActivity', { activityId: activity.id, reason: '无' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_ORG_STAFF, 'activities', 'listSignUps', { activityId: activity.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_ORG_STAFF, 'activities', 'createActivity', draft())).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_ORG_STAFF, 'activities', 'listActivities', { orgId: 'org-xingfu-xiyang' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_ORG_STAFF, 'activities', 'reviewActivity', { activityId: activity.id, approve: true })).code).toBe('FORBIDDEN')
  })
})

describe('signing up', () => {
  it('gives exactly 50 of 1000 simultaneous residents a place and puts the rest on the waitlist in arrival order', async () => {
    const activity = await publish({ title: '黄河湿地观鸟', capacity: 50 })
    const people = Array.from({ length: 1000 }, (_, i) => `birder-${String(i).padStart(4, '0')}`)
    const replies = await Promise.all(people.map((p) => env.call(env.resident(p), 'activities', 'signUp', { activityId: activity.id })))
    expect(replies.every((r) => r.ok)).toBe(true)
    const signups = env.cloud.store.find('activity_signups', { query: { activityId: activity.id }, limit: 1000 })
    expect(signups).toHaveLength(1000)
    expect(new Set(signups.map((s) => s.subjectId)).size).toBe(1000)
    expect(signups.filter((s) => s.status === 'confirmed')).toHaveLength(50)
    expect(dataOf(await env.call(null, 'activities', 'getActivity', { activityId: activity.id })).placesLeft).toBe(0)

    // the roster: confirmed first, then the waitlist, its positions distinct, consecutive and in arrival order
    const roster: Array<{ id: string; status: string; position: number | null }> = []
    for (let page = 1; ; page++) {
      const p = dataOf(await env.call(ORG_STAFF, 'activities', 'listSignUps', { activityId: activity.id, page, pageSize: 50 }))
      roster.push(...p.items)
      if (!p.hasMore) break
    }
    const waitlist = roster.filter((r) => r.status === 'waitlisted')
    expect(waitlist.map((r) => r.position)).toEqual(Array.from({ length: 950 }, (_, i) => i + 1))
    const arrived = new Map(signups.map((s) => [s.rowId as string, new Date(s.arrivedAt as Date).getTime()]))
    const personOf = new Map(signups.map((s) => [s.rowId as string, s.subjectId as string]))
    const times = waitlist.map((r) => arrived.get(r.id)!)
    expect(times).toEqual([...times].sort((a, b) => a - b))

    // 10 confirmed people cancel at once: exactly the next 10 on the waitlist move up, each told once
    const leaving = signups.filter((s) => s.status === 'confirmed').slice(0, 10).map((s) => s.subjectId as string)
    for (const p of people) env.grant(p, ['activityPromoted'])
    await Promise.all(leaving.map((p) => env.call(p, 'activities', 'cancelSignUp', { activityId: activity.id })))
    await env.deliver()
    const after = env.cloud.store.find('activity_signups', { query: { activityId: activity.id }, limit: 1000 })
    const promotedIds = waitlist.slice(0, 10).map((r) => r.id)
    expect(after.filter((s) => s.status === 'confirmed').map((s) => s.rowId).sort()).toEqual(
      [...signups.filter((s) => s.status === 'confirmed' && !leaving.includes(s.subjectId as string)).map((s) => s.rowId), ...promotedIds].sort(),
    )
    const messages = env.cloud.store.find('outbox', { query: { templateId: 'TPL_ACTIVITY_PROMOTED' }, limit: 1000 })
    expect(messages.map((m) => m.touser).sort()).toEqual(promotedIds.map((id) => personOf.get(id)).sort())
    expect(dataOf(await env.call(null, 'activities', 'getActivity', { activityId: activity.id })).placesLeft).toBe(0)
    const eleventh = personOf.get(waitlist[10].id) as string
    expect(dataOf(await env.call(eleventh, 'activities', 'getActivity', { activityId: activity.id })).mine).toMatchObject({ status: 'waitlisted', position: 1, statusText: '候补第 1 位' })
  }, 180_000)

  it('signs up in 4 database requests (5 onto the waitlist), with or without a request id, and lists a page in at most 2', async () => {
    const activity = await publish({ title: '社区读书会', capacity: 1 })
    const first = await env.raw(env.resident('reader-1'), 'activities', { action: 'signUp', input: { activityId: activity.id }, requestId: 'reader-1-first-try' })
    const second = await env.raw(env.resident('reader-2'), 'activities', { action: 'signUp', input: { activityId: activity.id }, requestId: 'reader-2-first-try' })
    expect(first.result).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    expect(second.result).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 1 } })
    expect(first.dbRequests).toBeLessThanOrEqual(4)
    expect(second.dbRequests).toBeLessThanOrEqual(5)
    // a retry after a lost reply finds the sign-up by its key: same answer, nothing written twice
    const retry = await env.raw('reader-1', 'activities', { action: 'signUp', input: { activityId: activity.id }, requestId: 'reader-1-first-try' })
    expect(retry.result).toMatchObject({ ok: true, data: { status: 'confirmed' } })
    expect(env.cloud.store.count('activity_signups', { activityId: activity.id, status: 'confirmed' })).toBe(1)
    expect(dataOf(await env.call('reader-2', 'activities', 'getActivity', { activityId: activity.id })).mine).toMatchObject({ status: 'waitlisted', position: 1 })
    // giving the place back hands it to the head of the waitlist without asking for more
    const cancel = await env.raw('reader-1', 'activities', { action: 'cancelSignUp', input: { activityId: activity.id } })
    expect(cancel.result).toMatchObject({ ok: true, data: { status: 'cancelled' } })
    expect(cancel.dbRequests).toBeLessThanOrEqual(9)
    expect(env.cloud.store.find('activity_signups', { query: { _id: `${activity.id}_reader-2` } })[0]).toMatchObject({ status: 'confirmed' })
    const listing = await env.raw('reader-1', 'activities', { action: 'listActivities', input: { hasPlaces: true } })
    expect(listing.dbRequests).toBeLessThanOrEqual(2)
    const orgView = await env.raw(ORG_STAFF, 'activities', { action: 'listActivities', input: { orgId: 'org-xingfu-xiyang' } })
    expect(orgView.dbRequests).toBeLessThanOrEqual(2)
  })

  it('shows the sign-up in 我的 and lets a double tap sign up once', async () => {
    const activity = await publish({ title: '剪纸体验课', capacity: 5 })
    const [a, b] = await Promise.all([
      env.call(env.resident('paper-cutter'), 'activities', 'signUp', { activityId: activity.id }),
      env.call(env.resident('paper-cutter'), 'activities', 'signUp', { activityId: activity.id }),
    ])
    expect([a.ok, b.ok]).toEqual([true, true])
    expect(dataOf(await env.call(null, 'activities', 'getActivity', { activityId: activity.id })).placesLeft).toBe(4)
    const mine = dataOf(await env.call('paper-cutter', 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '活动报名：剪纸体验课', statusText: '报名成功', center: 'culture', whenText: '12月5日 周六 09:00', place: '黄河湿地公园南门' })
  })

  it('tells a person admitted from the waitlist, their 我的 saying so by the time the notice arrives — and a later cancel of their own stays', async () => {
    const activity = await publish({ title: '冬至包饺子', capacity: 1 })
    const statusIn我的 = async (person: string) => dataOf(await env.call(person, 'account', 'listMyItems', {})).items.find((i) => i.title === '活动报名：冬至包饺子')?.statusText
    dataOf(await env.call(env.resident('dumpling-1'), 'activities', 'signUp', { activityId: activity.id }))
    dataOf(await env.call(env.resident('dumpling-2'), 'activities', 'signUp', { activityId: activity.id }))
    dataOf(await env.call(env.resident('dumpling-3'), 'activities', 'signUp', { activityId: activity.id }))
    expect(await statusIn我的('dumpling-2')).toBe('候补第 1 位')
    env.grant('dumpling-2', ['activityPromoted'])
    env.grant('dumpling-3', ['activityPromoted'])

    dataOf(await env.call('dumpling-1', 'activities', 'cancelSignUp', { activityId: activity.id }))
    expect(dataOf(await env.call('dumpling-2', 'activities', 'getActivity', { activityId: activity.id })).mine).toMatchObject({ status: 'confirmed' })
    await env.deliver()
    expect(await statusIn我的('dumpling-2')).toBe('报名成功')
    expect(env.cloud.store.find('outbox', { query: { templateId: 'TPL_ACTIVITY_PROMOTED', touser: 'dumpling-2' } })).toHaveLength(1)

    // admitted, then cancelling before the notice went out: 我的 keeps the cancel
    now = new Date('2026-11-30T00:05:00Z')
    dataOf(await env.call('dumpling-2', 'activities', 'cancelSignUp', { activityId: activity.id }))
    now = new Date('2026-11-30T00:06:00Z')
    dataOf(await env.call('dumpling-3', 'activities', 'cancelSignUp', { activityId: activity.id }))
    await env.deliver()
    expect(await statusIn我的('dumpling-3')).toBe('已取消')
    now = new Date('2026-11-30T00:00:00Z')
  })

  it('asks a person with no profile to complete it first, so rosters and check-in have a name', async () => {
    const activity = await publish({ title: '社区合唱排练' })
    const refused = errorOf(await env.call('no-profile-yet', 'activities', 'signUp', { activityId: activity.id }))
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '请先完善个人资料（姓名、社区和地址），再报名' })
    expect(env.cloud.store.count('activity_signups', { activityId: activity.id })).toBe(0)
    env.givenUser('profile-filled-later', [], null)
    expect(errorOf(await env.call('profile-filled-later', 'activities', 'signUp', { activityId: activity.id })).code).toBe('CONFLICT')
    dataOf(await env.call('profile-filled-later', 'account', 'updateProfile', { name: '周小梅', community: '黄河西路第一社区', address: '7号楼' }))
    expect(dataOf(await env.call('profile-filled-later', 'activities', 'signUp', { activityId: activity.id })).status).toBe('confirmed')
  })

  it('refuses sign-ups outside the window, for a cancelled activity, outside the audience or without required answers', async () => {
    const early = await publish({ title: '迎新春联欢', signupOpensAt: '2026-12-01T00:00:00.000Z' })
    expect(errorOf(await env.call(env.resident('someone'), 'activities', 'signUp', { activityId: early.id })).message).toBe('报名尚未开始')
    now = new Date('2026-12-04T11:00:00Z')
    expect(errorOf(await env.call(env.resident('someone'), 'activities', 'signUp', { activityId: early.id })).message).toBe('报名已截止')
    now = new Date('2026-11-30T00:00:00Z')

    const cancelled = await publish({ title: '户外写生' })
    dataOf(await env.call(ORG_STAFF, 'activities', 'cancelActivity', { activityId: cancelled.id, reason: '天气预报有大风' }))
    expect(errorOf(await env.call(env.resident('someone'), 'activities', 'signUp', { activityId: cancelled.id })).message).toBe('活动已取消')

    const seniors = await publish({ title: '老年书法班', minAge: 60, communities: ['黄河西路第二社区'], questions: [{ label: '是否有书法基础', required: true }] })
    env.givenResident('young-neighbour', '小王', '黄河西路第二社区')
    env.givenResident('senior-far', '老张', '黄河西路第五社区')
    env.givenUser('senior-near', [], { name: '王秀兰', community: '黄河西路第二社区', address: '5号楼', birthYear: 1948 })
    env.cloud.store.modify('users', { query: { _id: 'young-neighbour' }, single: true, merge: true, upsert: false, data: { $set: { 'profile.birthYear': 1995 } } })
    expect(errorOf(await env.call(env.resident('senior-far'), 'activities', 'signUp', { activityId: seniors.id })).message).toBe('本活动仅限第二社区居民报名')
    expect(errorOf(await env.call(env.resident('young-neighbour'), 'activities', 'signUp', { activityId: seniors.id })).message).toBe('本活动面向 60 岁以上居民')
    expect(errorOf(await env.call(env.resident('senior-near'), 'activities', 'signUp', { activityId: seniors.id })).fields).toEqual({ 'answers.0': '请回答：是否有书法基础' })
    dataOf(await env.call(env.resident('senior-near'), 'activities', 'signUp', { activityId: seniors.id, answers: ['练过几年'] }))
  })

  it('allows companions up to the limit, each taking a seat', async () => {
    const activity = await publish({ title: '亲子手工', capacity: 3, companionsAllowed: 1 })
    expect(errorOf(await env.call(env.resident('family-a'), 'activities', 'signUp', { activityId: activity.id, companions: 2 })).fields).toEqual({ companions: '每人最多带 1 位同行' })
    expect(dataOf(await env.call(env.resident('family-a'), 'activities', 'signUp', { activityId: activity.id, companions: 1 })).seats).toBe(2)
    expect(dataOf(await env.call(env.resident('family-b'), 'activities', 'signUp', { activityId: activity.id, companions: 1 })).status).toBe('waitlisted')
  })

  it('cancels before the deadline only', async () => {
    const activity = await publish({ title: '太极拳晨练' })
    dataOf(await env.call(env.resident('tai-chi'), 'activities', 'signUp', { activityId: activity.id }))
    now = new Date('2026-12-04T05:00:00Z')
    expect(errorOf(await env.call('tai-chi', 'activities', 'cancelSignUp', { activityId: activity.id })).message).toContain('已过取消截止时间')
    now = new Date('2026-11-30T00:00:00Z')
  })
})

describe('check-in and the organizer', () => {
  it('checks in by the resident’s code or the venue code, and shows attendance and no-shows', async () => {
    const activity = await publish({ title: '合唱公开课', capacity: 10, questions: [{ label: '声部', required: false }] })
    env.givenResident('singer-a', '李建国')
    env.givenResident('singer-b', '赵小红')
    const a = dataOf(await env.call(env.resident('singer-a'), 'activities', 'signUp', { activityId: activity.id, answers: ['男低音'] }))
    dataOf(await env.call(env.resident('singer-b'), 'activities', 'signUp', { activityId: activity.id }))
    expect(a.checkInCode).toMatch(/^[A-Z2-9]{6}$/)
    expect(errorOf(await env.call('singer-b', 'activities', 'checkIn', { activityId: activity.id, code: a.checkInCode! })).code).toBe('FORBIDDEN')
    // right after sign-up, five days ahead: neither staff nor the resident can check in yet
    expect(errorOf(await env.call(ORG_STAFF, 'activities', 'checkIn', { activityId: activity.id, code: a.checkInCode! }))).toMatchObject({ code: 'CONFLICT', message: '签到还未开始：活动开始前 1 小时开放签到' })
    const detail = dataOf(await env.call(ORG_STAFF, 'activities', 'getActivity', { activityId: activity.id }))
    expect(errorOf(await env.call('singer-b', 'activities', 'checkIn', { activityId: activity.id, venueCode: detail.venueCode! })).message).toBe('签到还未开始：活动开始前 1 小时开放签到')

    now = new Date('2026-12-05T00:15:00Z') // 45 minutes before the start
    const checked = dataOf(await env.call(ORG_STAFF, 'activities', 'checkIn', { activityId: activity.id, code: a.checkInCode!.toLowerCase() }))
    expect(checked).toMatchObject({ name: '李建国', checkedIn: true, answers: [{ question: '声部', answer: '男低音' }] })
    const wrong = errorOf(await env.call(ORG_STAFF, 'activities', 'checkIn', { activityId: activity.id, code: 'ZZZZZZ' }))
    expect(wrong.fields).toEqual({ code: '没有这个签到码，请核对居民出示的 6 位签到码' })
    dataOf(await env.call('singer-b', 'activities', 'checkIn', { activityId: activity.id, venueCode: detail.venueCode! }))
    now = new Date('2026-12-05T04:00:00Z')
    const roster = dataOf(await env.call(ORG_STAFF, 'activities', 'listSignUps', { activityId: activity.id }))
    expect(roster.items.map((r) => [r.name, r.checkedIn, r.noShow])).toEqual([
      ['李建国', true, false],
      ['赵小红', true, false],
    ])
    now = new Date('2026-11-30T00:00:00Z')
  })

  it('exports the roster as an xlsx with Chinese headers and masked phones, and messages attendees', async () => {
    const activity = await publish({ title: '健康讲座', capacity: 10, questions: [{ label: '想咨询的问题', required: false }] })
    env.givenResident('listener', '王秀兰')
    dataOf(await env.call(env.resident('listener'), 'activities', 'signUp', { activityId: activity.id, answers: ['高血压饮食'] }))
    const exported = dataOf(await env.call(ORG_STAFF, 'activities', 'exportSignUps', { activityId: activity.id }))
    const sheet = await readSheet(Buffer.from(await (await fetch(encodeURI(exported.url))).arrayBuffer()), 'xlsx')
    expect(sheet.headers).toEqual(['序号', '姓名', '手机号', '人数', '状态', '是否签到', '想咨询的问题'])
    expect(sheet.rows.map((r) => r.cells)).toEqual([{ 序号: '1', 姓名: '王秀兰', 手机号: '138****0000', 人数: '1', 状态: '报名成功', 是否签到: '未签到', 想咨询的问题: '高血压饮食' }])
    env.grant('listener', ['activityChanged'])
    expect(dataOf(await env.call(ORG_STAFF, 'activities', 'notifyAttendees', { activityId: activity.id, message: '请提前 10 分钟到场' }))).toEqual({ notified: 1 })
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'listener', templateId: 'TPL_ACTIVITY_CHANGED' } })).toHaveLength(1)
  })

  it('tells people signed up when the time or place of a published activity changes', async () => {
    const activity = await publish({ title: '元旦游园会', capacity: 10 })
    dataOf(await env.call(env.resident('visitor-x'), 'activities', 'signUp', { activityId: activity.id }))
    env.grant('visitor-x', ['activityChanged'])
    dataOf(await env.call(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: '元旦游园会', capacity: 10, address: '文化广场' }), activityId: activity.id }))
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'visitor-x', templateId: 'TPL_ACTIVITY_CHANGED' } })).toHaveLength(1)
    const lower = errorOf(await env.call(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: '元旦游园会', capacity: 0 }), activityId: activity.id }))
    expect(lower.code).toBe('INVALID_INPUT')
  })

  it('lists the seeded demo activities for residents', async () => {
    env.cloud.store.insert('activities', seedActivities(now))
    const page = dataOf(await env.call(null, 'activities', 'listActivities', { brand: '五个黄河' }))
    expect(page.items.map((a) => a.title)).toEqual(expect.arrayContaining(['「黄河之声」社区合唱排练', '「法治黄河」防诈骗讲座']))
  })
})
