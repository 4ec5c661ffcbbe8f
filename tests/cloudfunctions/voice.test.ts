/** 居民服务中心 on the local cloud: 社情民意 from sending to the answer, seconds, the staff board, and 干群恳谈. */
import { DEMO_RECEPTION } from '../../emulator/seeds/voice'
import { readSheet } from '../../cloudfunctions/_kernel/sheets'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 Shanghai
const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'voice-staff'
const CADRE = 'cadre-song'
const OTHER_CADRE = 'cadre-other'
const LEGAL_STAFF = 'legal-staff'
const GOVERNANCE_STAFF = 'governance-staff'
const ADMIN = 'admin-ma'
const first = '黄河西路第一社区'
const profile = (name: string, community = first) => ({ name, community, address: '3号楼2单元201' })

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'residents' }], profile('韩梅'))
  env.givenUser(CADRE, [{ role: 'cadre' }], profile('宋志刚'))
  env.givenUser(OTHER_CADRE, [{ role: 'cadre' }], profile('周主任'))
  env.givenUser(LEGAL_STAFF, [{ role: 'centerStaff', center: 'legal' }], profile('林静'))
  env.givenUser(GOVERNANCE_STAFF, [{ role: 'centerStaff', center: 'governance' }], profile('高志远'))
  env.givenUser(ADMIN, [{ role: 'admin' }], profile('马建华'))
  env.givenResident('author', '李建国', first)
  env.givenResident('neighbour', '王秀兰', '黄河西路第二社区')
  env.cloud.store.insert('voice_receptions', [{ ...DEMO_RECEPTION, cadreOpenid: CADRE, createdAt: now, updatedAt: now }])
})

const light = { kind: '诉求' as const, category: '公共设施' as const, text: '小区东门路灯坏了三盏，晚上看不清路', public: true }

describe('社情民意: send → staff answer, forward or agenda → the resident sees it', () => {
  it('sends a public opinion with a photo, shows it in 我的, and staff answer it; the resident sees the answer and is told', async () => {
    env.grant('author', ['voiceProgress'], 3)
    const photo = await env.upload('author', 'opinionPhoto', 'lamp')
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', { ...light, photos: [photo] }))
    expect(o).toMatchObject({ status: 'submitted', statusText: '已提交，等待答复', author: '李建国', mine: true, title: '诉求（公共设施）' })
    expect(await (await fetch(encodeURI(o.photoUrls[0]))).text()).toBe('lamp')
    const mine = dataOf(await env.call('author', 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '诉求（公共设施）', statusText: '已提交，等待答复', whenText: '12月1日 周二 提交', place: '居民服务中心' })

    const board = dataOf(await env.call(STAFF, 'voice', 'listOpinions', { status: 'submitted' }))
    expect(board.items.map((i) => i.id)).toContain(o.id)
    const answered = dataOf(await env.call(STAFF, 'voice', 'answerOpinion', { opinionId: o.id, text: '已报物业维修，本周五前修好。' }))
    expect(answered).toMatchObject({ status: 'answered', answer: { text: '已报物业维修，本周五前修好。', by: '居民服务中心 韩梅' }, canHandle: false })

    const seen = dataOf(await env.call('author', 'voice', 'getOpinion', { opinionId: o.id }))
    expect(seen).toMatchObject({ statusText: '已答复', answer: { text: '已报物业维修，本周五前修好。' } })
    expect(seen.timeline.map((t) => t.text)).toEqual(['提交', '已答复，请查看答复内容'])
    const after = dataOf(await env.call('author', 'account', 'listMyItems', {}))
    expect(after.items[0]).toMatchObject({ title: '诉求（公共设施）', statusText: '已答复' })
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'author', templateId: 'TPL_VOICE_PROGRESS' } })).toHaveLength(1)
    // answered is final
    expect(errorOf(await env.call(STAFF, 'voice', 'answerOpinion', { opinionId: o.id, text: '再答一次' })).code).toBe('CONFLICT')
  })

  it('forwards an opinion to the owning center with its case number; the resident sees where it went, then the answer', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', { kind: '意见', category: '环境卫生', text: '17号楼垃圾桶满溢三天', public: false }))
    expect(errorOf(await env.call(GOVERNANCE_STAFF, 'voice', 'getOpinion', { opinionId: o.id })).code).toBe('FORBIDDEN')
    const forwarded = dataOf(await env.call(STAFF, 'voice', 'forwardOpinion', { opinionId: o.id, center: 'governance', reference: 'GR-20261201-7', note: '请网格员现场处置' }))
    expect(dataOf(await env.call(GOVERNANCE_STAFF, 'voice', 'getOpinion', { opinionId: o.id })).text).toBe('17号楼垃圾桶满溢三天')
    expect(errorOf(await env.call(LEGAL_STAFF, 'voice', 'getOpinion', { opinionId: o.id })).code).toBe('FORBIDDEN')
    expect(forwarded.forward).toMatchObject({ center: 'governance', centerName: '社区综合治理服务中心', reference: 'GR-20261201-7' })
    const seen = dataOf(await env.call('author', 'voice', 'getOpinion', { opinionId: o.id }))
    expect(seen.statusText).toBe('已转交社区综合治理服务中心办理')
    expect(seen.timeline[1].text).toBe('已转交社区综合治理服务中心办理（受理编号 GR-20261201-7）：请网格员现场处置')
    const mine = dataOf(await env.call('author', 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.title === '意见（环境卫生）')).toMatchObject({ statusText: '已转交社区综合治理服务中心办理', place: '社区综合治理服务中心' })
    expect(errorOf(await env.call(STAFF, 'voice', 'forwardOpinion', { opinionId: o.id, center: 'affairs', note: '再转' })).code).toBe('CONFLICT')
    dataOf(await env.call(STAFF, 'voice', 'answerOpinion', { opinionId: o.id, text: '综治中心已清运。' }))
    expect(dataOf(await env.call('author', 'voice', 'getOpinion', { opinionId: o.id })).status).toBe('answered')
  })

  it('puts an opinion on a cadre reception’s agenda, which the cadre sees on the day’s board', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', { kind: '建议', category: '物业管理', text: '建议增设电动车充电桩', public: true }))
    const put = dataOf(await env.call(STAFF, 'voice', 'agendaOpinion', { opinionId: o.id, receptionId: DEMO_RECEPTION._id, note: '请书记听取居民意见' }))
    expect(put.statusText).toBe('已列入「书记接待日（宋志刚）」议程')
    const board = dataOf(await env.call(CADRE, 'voice', 'receptionBoard', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02' }))
    expect(board.agenda.map((a) => a.opinionId)).toContain(o.id)
    expect(errorOf(await env.call(STAFF, 'voice', 'agendaOpinion', { opinionId: o.id, receptionId: 'nowhere', note: '无' })).code).toBe('NOT_FOUND')
  })

  it('refuses text that fails the content check, naming the field, and keeps nothing', async () => {
    const before = env.cloud.store.count('voice_opinions', {})
    const e = errorOf(await env.call('author', 'voice', 'submitOpinion', { ...light, text: '小区里有人聚众赌博' }))
    expect(e).toMatchObject({ code: 'INVALID_INPUT', fields: { text: expect.stringContaining('安全检查') } })
    expect(env.cloud.store.count('voice_opinions', {})).toBe(before)
  })

  it('refuses a photo the resident did not upload', async () => {
    const theirs = await env.upload('neighbour', 'opinionPhoto', 'x')
    const e = errorOf(await env.call('author', 'voice', 'submitOpinion', { ...light, photos: [theirs] }))
    expect(e).toMatchObject({ code: 'INVALID_INPUT', fields: { photos: expect.any(String) } })
  })

  it('keeps an anonymous author’s name from other residents, never from staff', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', { ...light, text: '楼道堆放杂物，有消防隐患', anonymous: true }))
    expect(dataOf(await env.call('neighbour', 'voice', 'getOpinion', { opinionId: o.id })).author).toBe('匿名居民')
    const publicList = dataOf(await env.call('neighbour', 'voice', 'listOpinions', { publicOnly: true }))
    expect(publicList.items.find((i) => i.id === o.id)?.author).toBe('匿名居民')
    expect(dataOf(await env.call(STAFF, 'voice', 'getOpinion', { opinionId: o.id })).author).toBe('李建国')
    expect(dataOf(await env.call('author', 'voice', 'getOpinion', { opinionId: o.id })).author).toBe('李建国')
  })

  it('names who submitted on the timeline as each reader may see them: 我 only to the author', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', { ...light, text: '单元门禁坏了一周，陌生人随意进出', anonymous: true }))
    const submittedBy = async (who: string) => dataOf(await env.call(who, 'voice', 'getOpinion', { opinionId: o.id })).timeline[0].by
    expect(await submittedBy('author')).toBe('我')
    expect(await submittedBy('neighbour')).toBe('匿名居民')
    expect(await submittedBy(STAFF)).toBe('李建国')
    const named = dataOf(await env.call('author', 'voice', 'submitOpinion', { ...light, text: '希望小区健身器材定期检修' }))
    expect(dataOf(await env.call('neighbour', 'voice', 'getOpinion', { opinionId: named.id })).timeline[0].by).toBe('李建国')
  })
})

describe('the staff’s spreadsheet', () => {
  it('exports the board’s filter as an xlsx with Chinese headers, for the center’s staff only', async () => {
    dataOf(await env.call('author', 'voice', 'submitOpinion', { kind: '建议', category: '养老助残', text: '建议社区开设老年助餐点', public: false }))
    const exported = dataOf(await env.call(STAFF, 'voice', 'exportOpinions', { category: '养老助残' }))
    const sheet = await readSheet(Buffer.from(await (await fetch(encodeURI(exported.url))).arrayBuffer()), 'xlsx')
    expect(sheet.headers).toEqual(['提交时间', '类型', '类别', '内容', '反映人', '社区', '公开', '附议人数', '状态', '答复或去向'])
    expect(sheet.rows[0].cells).toMatchObject({ 提交时间: '12月1日 周二 10:00', 类型: '建议', 类别: '养老助残', 内容: '建议社区开设老年助餐点', 反映人: '李建国', 公开: '不公开', 状态: '已提交，等待答复' })
    expect(exported.rows).toBe(sheet.rows.length)
    for (const who of ['author', LEGAL_STAFF, CADRE]) expect(errorOf(await env.call(who, 'voice', 'exportOpinions', {})).code).toBe('FORBIDDEN')
  })
})

describe('who may read and handle an opinion', () => {
  it('shows a private opinion only to its author and the center’s staff: FORBIDDEN to other residents and other centers’ staff', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', { ...light, text: '家里老人需要上门服务', public: false }))
    expect(errorOf(await env.call('neighbour', 'voice', 'getOpinion', { opinionId: o.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(LEGAL_STAFF, 'voice', 'getOpinion', { opinionId: o.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(CADRE, 'voice', 'getOpinion', { opinionId: o.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('neighbour', 'voice', 'secondOpinion', { opinionId: o.id })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call(STAFF, 'voice', 'getOpinion', { opinionId: o.id })).text).toBe('家里老人需要上门服务')
    expect(dataOf(await env.call(ADMIN, 'voice', 'getOpinion', { opinionId: o.id })).canHandle).toBe(true)
    // a resident's list of the public ones leaves it out, even when they ask for everything
    const list = dataOf(await env.call('neighbour', 'voice', 'listOpinions', { pageSize: 50 }))
    expect(list.items.every((i) => i.public)).toBe(true)
    expect(list.items.map((i) => i.id)).not.toContain(o.id)
    // nor does anyone else's 我的 list it
    const theirs = dataOf(await env.call('neighbour', 'voice', 'myOpinions', {}))
    expect(theirs.items.map((i) => i.id)).not.toContain(o.id)
  })

  it('lets only the residents center’s staff answer, forward or put on an agenda', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', light))
    for (const who of ['author', 'neighbour', LEGAL_STAFF, CADRE]) {
      expect(errorOf(await env.call(who, 'voice', 'answerOpinion', { opinionId: o.id, text: '答复' })).code).toBe('FORBIDDEN')
      expect(errorOf(await env.call(who, 'voice', 'forwardOpinion', { opinionId: o.id, center: 'affairs', note: '转' })).code).toBe('FORBIDDEN')
      expect(errorOf(await env.call(who, 'voice', 'agendaOpinion', { opinionId: o.id, receptionId: DEMO_RECEPTION._id, note: '议' })).code).toBe('FORBIDDEN')
    }
  })

  it('never sends who seconded, or any openid', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', light))
    dataOf(await env.call('neighbour', 'voice', 'secondOpinion', { opinionId: o.id }))
    for (const viewer of ['author', 'neighbour', STAFF]) {
      const text = JSON.stringify(dataOf(await env.call(viewer, 'voice', 'getOpinion', { opinionId: o.id })))
      expect(text).not.toMatch(/neighbour|:"author"|seconders|voice-staff/)
      const list = JSON.stringify(dataOf(await env.call(viewer, 'voice', 'listOpinions', {})))
      expect(list).not.toMatch(/neighbour|seconders|authorId/)
    }
  })
})

describe('seconding a public opinion', () => {
  it('counts one second per resident however often they tap, never the author’s own', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', light))
    expect(dataOf(await env.call('neighbour', 'voice', 'secondOpinion', { opinionId: o.id })).secondCount).toBe(1)
    expect(dataOf(await env.call('neighbour', 'voice', 'secondOpinion', { opinionId: o.id })).secondCount).toBe(1)
    expect(errorOf(await env.call('author', 'voice', 'secondOpinion', { opinionId: o.id })).code).toBe('CONFLICT')
    const seen = dataOf(await env.call('neighbour', 'voice', 'getOpinion', { opinionId: o.id }))
    expect(seen).toMatchObject({ secondCount: 1, seconded: true, canSecond: false })
  })

  it('counts 300 residents tapping at once, each twice, as exactly 300 seconds', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', light))
    const people = Array.from({ length: 300 }, (_, i) => env.resident(`second-${i}`))
    const replies = await Promise.all([...people, ...people].map((p) => env.call(p, 'voice', 'secondOpinion', { opinionId: o.id })))
    expect(replies.every((r) => r.ok)).toBe(true)
    const [stored] = env.cloud.store.find('voice_opinions', { query: { _id: o.id } })
    expect(stored.secondCount).toBe(300)
    expect(new Set(stored.seconders as string[]).size).toBe(300)
  })
})

describe('request budgets of 社情民意', () => {
  it('lists a page in at most 2 requests for staff and residents; reads one in 2; seconds in at most 3', async () => {
    const o = dataOf(await env.call('author', 'voice', 'submitOpinion', light))
    for (const [who, input] of [[STAFF, { status: 'submitted' as const, category: '公共设施' as const }], [STAFF, {}], ['neighbour', { publicOnly: true }]] as const) {
      const { result, requests } = await env.counted(who, 'voice', 'listOpinions', input)
      dataOf(result)
      expect(requests).toBeLessThanOrEqual(2)
    }
    const mine = await env.counted('author', 'voice', 'myOpinions', {})
    expect(mine.requests).toBeLessThanOrEqual(1)
    const got = await env.counted('neighbour', 'voice', 'getOpinion', { opinionId: o.id })
    dataOf(got.result)
    expect(got.requests).toBeLessThanOrEqual(2)
    const second = await env.counted('neighbour', 'voice', 'secondOpinion', { opinionId: o.id })
    dataOf(second.result)
    expect(second.requests).toBeLessThanOrEqual(3)
    const sent = await env.counted('author', 'voice', 'submitOpinion', light)
    dataOf(sent.result)
    expect(sent.requests).toBeLessThanOrEqual(3)
  })
})

describe('干群恳谈: reception hours, booking a talk, the outcome', () => {
  it('lets a cadre publish reception hours that residents see as slots', async () => {
    const r = dataOf(await env.call(OTHER_CADRE, 'voice', 'publishReceptionHours', { title: '主任接待日', address: '第二社区居委会 二楼', weekdays: [3], start: '14:00', end: '16:00', slotMinutes: 30 }))
    expect(r).toMatchObject({ title: '主任接待日', cadreName: '周主任', hoursText: '每周三 14:00–16:00，每人 30 分钟', weekdays: [3], mine: true })
    const slots = dataOf(await env.call('neighbour', 'voice', 'receptionSlots', { receptionId: r.id }))
    expect(slots.days[0]).toMatchObject({ day: '2026-12-02' })
    expect(slots.days[0].slots.map((s) => s.time)).toEqual(['14:00', '14:30', '15:00', '15:30'])
    const list = dataOf(await env.call(null, 'voice', 'listReceptions', {}))
    expect(list.items.map((i) => i.title)).toEqual(expect.arrayContaining(['书记接待日', '主任接待日']))
    // only the cadre changes their own hours; residents cannot publish
    expect(errorOf(await env.call(CADRE, 'voice', 'publishReceptionHours', { receptionId: r.id, title: '改', address: '改', weekdays: [1], start: '09:00', end: '10:00', slotMinutes: 30 })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('neighbour', 'voice', 'publishReceptionHours', { title: '我', address: '我家', weekdays: [1], start: '09:00', end: '10:00', slotMinutes: 30 })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_CADRE, 'voice', 'publishReceptionHours', { title: '短', address: '这', weekdays: [1], start: '09:00', end: '09:10', slotMinutes: 30 })).code).toBe('INVALID_INPUT')
  })

  it('books a talk naming the topic in at most 4 requests; the cadre records the outcome, which the resident sees and is told', async () => {
    env.givenResident('talker', '赵大爷', first)
    env.grant('talker', ['voiceProgress'])
    env.resident('talker-0')
    dataOf(await env.call('talker-0', 'voice', 'bookReception', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02', time: '11:00', topic: '先来的人' }))
    const run = await env.counted('talker', 'voice', 'bookReception', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02', time: '09:30', topic: '小区停车位不够' }, { requestId: 'tap-talk-0001' })
    const b = dataOf(run.result)
    expect(run.requests).toBeLessThanOrEqual(4)
    expect(b).toMatchObject({ status: 'booked', whenText: '12月2日 周三 09:30', title: '干群恳谈：书记接待日（宋志刚）', topic: '小区停车位不够' })
    const again = dataOf(await env.call('talker', 'voice', 'bookReception', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02', time: '09:30', topic: '小区停车位不够' }, { requestId: 'tap-talk-0001' }))
    expect(again.id).toBe(b.id)
    const mine = dataOf(await env.call('talker', 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '干群恳谈：书记接待日（宋志刚）', statusText: '已预约', whenText: '12月2日 周三 09:30', place: DEMO_RECEPTION.address })

    const board = dataOf(await env.call(CADRE, 'voice', 'receptionBoard', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02' }))
    expect(board.talks.find((t) => t.id === b.id)).toMatchObject({ who: '赵*爷', topic: '小区停车位不够', time: '09:30' })
    expect(errorOf(await env.call(OTHER_CADRE, 'voice', 'receptionBoard', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('neighbour', 'voice', 'receptionBoard', { receptionId: DEMO_RECEPTION._id, day: '2026-12-02' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_CADRE, 'voice', 'recordReception', { bookingId: b.id, attended: true, outcome: '不是我的' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call('talker', 'voice', 'recordReception', { bookingId: b.id, attended: true, outcome: '自己记' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(CADRE, 'voice', 'recordReception', { bookingId: b.id, attended: true })).code).toBe('INVALID_INPUT')

    const done = dataOf(await env.call(CADRE, 'voice', 'recordReception', { bookingId: b.id, attended: true, outcome: '协调物业在北侧空地新划 20 个车位，月底前完成。' }))
    expect(done).toMatchObject({ status: 'done', outcome: '协调物业在北侧空地新划 20 个车位，月底前完成。' })
    const seen = dataOf(await env.call('talker', 'voice', 'myReceptions', {}))
    expect(seen.items[0]).toMatchObject({ statusText: '已恳谈，查看结果', outcome: expect.stringContaining('20 个车位') })
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'talker', templateId: 'TPL_VOICE_PROGRESS' } })).toHaveLength(1)
    expect(errorOf(await env.call(CADRE, 'voice', 'recordReception', { bookingId: b.id, attended: false })).code).toBe('CONFLICT')
  })

  it('gives the last slot of a morning to exactly one of 100 residents at once, the rest FULL', async () => {
    const people = Array.from({ length: 100 }, (_, i) => env.resident(`crowd-${i}`))
    const replies = await Promise.all(people.map((p) => env.call(p, 'voice', 'bookReception', { receptionId: DEMO_RECEPTION._id, day: '2026-12-03', time: '11:00', topic: '想谈谈' })))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'FULL')).toBe(true)
    const [day] = env.cloud.store.find('voice_reception_days', { query: { _id: `${DEMO_RECEPTION._id}_2026-12-03` } })
    expect((day.booked as Record<string, number>)['1100']).toBe(1)
  })

  it('frees a cancelled slot exactly once, and only the resident who booked may cancel', async () => {
    env.resident('canceller')
    const b = dataOf(await env.call('canceller', 'voice', 'bookReception', { receptionId: DEMO_RECEPTION._id, day: '2026-12-04', time: '10:00', topic: '想谈谈' }))
    expect(errorOf(await env.call('neighbour', 'voice', 'cancelReception', { bookingId: b.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STAFF, 'voice', 'cancelReception', { bookingId: b.id })).code).toBe('FORBIDDEN')
    dataOf(await env.call('canceller', 'voice', 'cancelReception', { bookingId: b.id }))
    expect(dataOf(await env.call('canceller', 'voice', 'cancelReception', { bookingId: b.id })).status).toBe('cancelled')
    const [day] = env.cloud.store.find('voice_reception_days', { query: { _id: `${DEMO_RECEPTION._id}_2026-12-04` } })
    expect((day.booked as Record<string, number>)['1000']).toBe(0)
    // the slot is open again for someone else
    env.resident('next-one')
    dataOf(await env.call('next-one', 'voice', 'bookReception', { receptionId: DEMO_RECEPTION._id, day: '2026-12-04', time: '10:00', topic: '想谈谈' }))
  })

  it('lists slots in at most 2 requests and a resident’s talks in 1', async () => {
    const slots = await env.counted('neighbour', 'voice', 'receptionSlots', { receptionId: DEMO_RECEPTION._id })
    dataOf(slots.result)
    expect(slots.requests).toBeLessThanOrEqual(2)
    const mine = await env.counted('neighbour', 'voice', 'myReceptions', {})
    expect(mine.requests).toBeLessThanOrEqual(1)
  })
})
