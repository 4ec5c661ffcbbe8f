import { GOVERNANCE_GRIDS, GOVERNANCE_TEAMS } from '../../emulator/seeds/governance'
import { readSheet } from '../../cloudfunctions/_kernel/sheets'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30 10:00 in Shanghai
let now = new Date('2026-11-30T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const GRID_WORKER = 'grid-chen'
const OTHER_WORKER = 'grid-zheng'
const COMMAND = 'command-gao'
const ADMIN = 'admin-ma'
const PROPERTY = 'property-huang'
const first = '黄河西路第一社区' as const
const here = { lat: 40.8105, lng: 111.6385 }
const north = (m: number) => ({ lat: here.lat + m / 111_195, lng: here.lng })

beforeAll(() => {
  env.cloud.store.insert(
    'governance_grids',
    GOVERNANCE_GRIDS.map((g) => (g.community === first ? { ...g, workerId: GRID_WORKER, workerName: '陈卫东' } : { ...g, workerId: OTHER_WORKER, workerName: '郑强' })),
  )
  env.cloud.store.insert('governance_teams', GOVERNANCE_TEAMS.map((t) => ({ ...t, members: [t._id === 'team-wuye' ? { id: PROPERTY, name: '黄海燕' } : { id: OTHER_WORKER, name: '郑强' }] })))
  env.givenUser(GRID_WORKER, [{ role: 'gridWorker' }], { name: '陈卫东', community: first, address: '2号楼' }, '13900000001')
  env.givenUser(OTHER_WORKER, [{ role: 'gridWorker' }], { name: '郑强', community: '黄河西路第六社区', address: '2号楼' })
  env.givenUser(COMMAND, [{ role: 'centerStaff', center: 'governance' }], { name: '高志远', community: first, address: '9号楼' })
  env.givenUser(ADMIN, [{ role: 'admin' }], { name: '马建华', community: first, address: '1号楼' })
  env.givenUser(PROPERTY, [], { name: '黄海燕', community: first, address: '5号楼' })
  env.givenUser('reporter', [], { name: '李建国', community: first, address: '17号楼3单元402' }, '13812345678')
  env.givenResident('neighbour', '王秀兰', first)
})

type Notice = { touser: string; template: string; data: Record<string, { value: string }> }
/** The outbox (kernel notices): what each person will be told, once per event. */
const noticesTo = (touser: string, template = 'reportAssigned') => env.cloud.store.find('notices', { query: { touser, template } }) as unknown as Notice[]

const litter = { category: '环境卫生' as const, description: '17号楼东侧垃圾桶满溢三天无人清理', location: { community: first, point: north(0), name: '17号楼东侧' } }

describe('随手拍: report → route → dispose → confirm', () => {
  it('routes a report with a photo to the grid worker of its building, on the timeline and in 我的, and the resident is told', async () => {
    env.grant('reporter', ['reportProgress'], 3)
    const photo = await env.upload('reporter', 'reportPhoto', 'litter')
    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, photos: [photo], location: { community: first, name: '小区东门' } }))
    expect(r).toMatchObject({ status: 'assigned', building: '17号楼', assignee: { kind: 'grid', id: 'grid-1-2' }, reporterName: '李建国', reporterPhone: null })
    expect(r.timeline.map((t) => t.text)).toEqual(['居民上报', '自动派单至 第一社区第二网格（网格员 陈卫东）'])
    expect(await (await fetch(encodeURI(r.photoUrls[0]))).text()).toBe('litter')
    const mine = dataOf(await env.call('reporter', 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '我的上报：环境卫生 · 17号楼东侧垃圾桶满溢三天无人清理', statusText: '已派单，待处置人员受理' })

    // the grid worker finds it in their queue, with the reporter's phone to call back
    const queue = dataOf(await env.call(GRID_WORKER, 'governance', 'listReports', { status: 'open' }))
    expect(queue.items.map((i) => i.id)).toContain(r.id)
    const seen = dataOf(await env.call(GRID_WORKER, 'governance', 'getReport', { reportId: r.id }))
    expect(seen.reporterPhone).toBe('13812345678')
    expect(seen.moves).toEqual(['accept', 'close'])

    now = new Date('2026-11-30T03:00:00Z')
    dataOf(await env.call(GRID_WORKER, 'governance', 'acceptReport', { reportId: r.id }))
    dataOf(await env.call(GRID_WORKER, 'governance', 'updateReport', { reportId: r.id, plannedAt: '2026-12-01T08:00:00Z', note: '已联系保洁公司' }))
    const proof = await env.upload(GRID_WORKER, 'disposalPhoto', 'clean')
    const disposed = dataOf(await env.call(GRID_WORKER, 'governance', 'disposeReport', { reportId: r.id, text: '已清运，并增加一个垃圾桶', photos: [proof] }))
    expect(disposed).toMatchObject({ status: 'disposed', disposal: { text: '已清运，并增加一个垃圾桶' } })

    const confirmed = dataOf(await env.call('reporter', 'governance', 'confirmReport', { reportId: r.id }))
    expect(confirmed.status).toBe('fixed')
    const rated = dataOf(await env.call('reporter', 'governance', 'rateReport', { reportId: r.id, score: 5, comment: '处理很快' }))
    expect(rated.rating).toEqual({ score: 5, comment: '处理很快' })
    expect(errorOf(await env.call('reporter', 'governance', 'rateReport', { reportId: r.id, score: 1 })).code).toBe('CONFLICT')
    expect(rated.timeline.map((t) => [t.text, t.by])).toEqual([
      ['居民上报', '上报人'],
      ['自动派单至 第一社区第二网格（网格员 陈卫东）', '系统（按位置和类别）'],
      ['受理', '网格员 陈卫东'],
      ['处置中，计划 12月1日 周二 16:00 前完成', '网格员 陈卫东'],
      ['处置完毕', '网格员 陈卫东'],
      ['确认已解决', '上报人'],
      ['评价 5 星', '上报人'],
    ])
    // told at dispatch and at disposal (asked to confirm)
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'reporter', templateId: 'TPL_REPORT_PROGRESS' } })).toHaveLength(2)
    // the grid worker was told once, when the report was routed to them, with the place and the response deadline
    const told = noticesTo(GRID_WORKER)
    expect(told).toHaveLength(1)
    expect(told[0].data).toMatchObject({ thing1: { value: '环境卫生：17号楼东侧垃圾桶满溢三天无…' }, thing2: { value: '小区东门' }, thing3: { value: '响应时限 12月1日 周二 24:00' } })

    const overview = dataOf(await env.call(COMMAND, 'governance', 'commandOverview', {}))
    expect(overview.street.counters).toMatchObject({ received: 1, respondedOnTime: 1, closed: 1, resolved: 1, rated: 1, satisfied: 1 })
    expect(overview.street.rates).toEqual({ response: 1, resolution: 1, satisfaction: 1 })
    expect(overview.teams.find((t) => t.key === 'grid')?.rates.satisfaction).toBe(1)
    expect(overview.today).toMatchObject({ total: 1, state: { fixed: 1, assigned: 0 }, category: { 环境卫生: 1 } })
  })

  it('sends a property complaint straight to the property team, and lets the command staff re-dispatch it with a note', async () => {
    const r = dataOf(await env.call('reporter', 'governance', 'report', { category: '物业管理', description: '电梯经常停运', location: { community: first } }))
    expect(r.assignee).toMatchObject({ kind: 'team', id: 'team-wuye' })
    expect(noticesTo(PROPERTY).map((n) => n.data.thing4.value)).toEqual(['新的居民上报，请及时受理'])
    const workerBefore = noticesTo(GRID_WORKER).length
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'acceptReport', { reportId: r.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'dispatchReport', { reportId: r.id, to: { kind: 'grid', id: 'grid-1-1' }, note: '试试' })).code).toBe('FORBIDDEN')
    const moved = dataOf(await env.call(COMMAND, 'governance', 'dispatchReport', { reportId: r.id, to: { kind: 'grid', id: 'grid-1-1' }, note: '先由网格员上门核实' }))
    expect(moved.assignee).toMatchObject({ kind: 'grid', id: 'grid-1-1' })
    expect(moved.timeline.at(-1)).toMatchObject({ text: '派单至 第一社区第一网格（网格员 陈卫东）', by: '指挥中心 高志远', note: '先由网格员上门核实' })
    // the grid worker it moved to is told, with the command staff's note; the property team is not told again
    expect(noticesTo(GRID_WORKER).slice(workerBefore).map((n) => n.data.thing4.value)).toEqual(['指挥中心派单：先由网格员上门核实'])
    expect(noticesTo(PROPERTY)).toHaveLength(1)
    // the property team no longer has it; the grid worker does
    expect(errorOf(await env.call(PROPERTY, 'governance', 'acceptReport', { reportId: r.id })).code).toBe('FORBIDDEN')
    const closed = dataOf(
      await env.call(GRID_WORKER, 'governance', 'closeReport', { reportId: r.id, reason: 'notOurs', responsible: '市特种设备检验所', contact: '0471-1234567' }),
    )
    expect(closed).toMatchObject({ status: 'closed', responsible: { who: '市特种设备检验所', contact: '0471-1234567' } })
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'closeReport', { reportId: r.id, reason: 'notOurs' })).fields).toEqual({ responsible: '请写明责任单位及联系方式，方便居民联系' })
  })

  it('reopens a disposal the reporter says is not fixed, and closes an unanswered one as fixed-unconfirmed after 3 days', async () => {
    const a = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, category: '市政设施', description: '路灯不亮' }))
    for (const action of ['acceptReport'] as const) dataOf(await env.call(GRID_WORKER, 'governance', action, { reportId: a.id }))
    dataOf(await env.call(GRID_WORKER, 'governance', 'disposeReport', { reportId: a.id, text: '已更换灯泡' }))
    const before = noticesTo(GRID_WORKER).length
    const reopened = dataOf(await env.call('reporter', 'governance', 'reopenReport', { reportId: a.id, reason: '晚上还是不亮' }))
    expect(reopened).toMatchObject({ status: 'assigned', disposal: null })
    expect(noticesTo(GRID_WORKER).slice(before).map((n) => n.data.thing4.value)).toEqual(['居民反映未解决：晚上还是不亮'])
    expect(reopened.timeline.at(-1)).toMatchObject({ text: '未解决，重新办理', note: '晚上还是不亮' })
    dataOf(await env.call(GRID_WORKER, 'governance', 'acceptReport', { reportId: a.id }))
    dataOf(await env.call(GRID_WORKER, 'governance', 'disposeReport', { reportId: a.id, text: '更换了线路' }))
    now = new Date('2026-12-03T04:00:00Z')
    const { result } = await env.raw(null, 'governance', { Type: 'Timer', TriggerName: 'closeUnconfirmed' })
    expect(result).toMatchObject({ ok: true, data: { closed: 1 } })
    expect(dataOf(await env.call('reporter', 'governance', 'getReport', { reportId: a.id })).status).toBe('fixedUnconfirmed')
  })

  it('tells the command staff about a report no grid or team takes, and they dispatch it by hand', async () => {
    // the fourth community has no grid (yet): nobody to route to
    dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: '黄河西路第四社区', grids: [] }))
    env.givenResident('fourth-early', '钱阿姨', '黄河西路第四社区')
    const r = dataOf(await env.call('fourth-early', 'governance', 'report', { ...litter, description: '小区门口路面塌陷', location: { community: '黄河西路第四社区', building: '3号楼' } }))
    expect(r).toMatchObject({ status: 'submitted', assignee: null })
    expect(noticesTo(COMMAND).map((n) => n.data.thing4.value)).toContain('新上报无法自动派单，请派单')
    const moved = dataOf(await env.call(COMMAND, 'governance', 'dispatchReport', { reportId: r.id, to: { kind: 'team', id: 'team-zhiyuan' }, note: '请志愿者先去看看' }))
    expect(moved).toMatchObject({ status: 'assigned', assignee: { kind: 'team', id: 'team-zhiyuan' } })
    expect(noticesTo(OTHER_WORKER).map((n) => n.data.thing4.value)).toContain('指挥中心派单：请志愿者先去看看')
  })

  it('marks a report overdue when nobody answers in time and puts it first in the command view', async () => {
    now = new Date('2026-12-04T02:00:00Z')
    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, category: '安全隐患', description: '楼道电动车充电', urgent: true }))
    expect(r.respondBy).toBe('2026-12-04T04:00:00.000Z')
    now = new Date('2026-12-04T04:30:00Z')
    const { result } = await env.raw(null, 'governance', { Type: 'Timer', TriggerName: 'escalateOverdue' })
    expect(result).toMatchObject({ ok: true, data: { escalated: 1 } })
    // the command staff are told, once however often the timer runs; residents and handlers get no such notice
    now = new Date('2026-12-04T04:40:00Z')
    expect((await env.raw(null, 'governance', { Type: 'Timer', TriggerName: 'escalateOverdue' })).result).toMatchObject({ ok: true, data: { escalated: 0 } })
    const escalations = noticesTo(COMMAND).filter((n) => n.data.thing4.value.includes('督办'))
    expect(escalations).toHaveLength(1)
    expect(escalations[0].data).toMatchObject({ thing1: { value: '【紧急】安全隐患：楼道电动车充电' }, thing3: { value: '响应时限 12月4日 周五 12:00' }, thing4: { value: '超过响应时限，请督办' } })
    expect(noticesTo(ADMIN)).toHaveLength(0)
    env.grant(COMMAND, ['reportAssigned'])
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: COMMAND, templateId: 'TPL_REPORT_ASSIGNED' } })).toHaveLength(1)
    expect(env.cloud.store.find('outbox_refused', { query: { touser: COMMAND } })).toHaveLength(1)
    const overview = dataOf(await env.call(COMMAND, 'governance', 'commandOverview', {}))
    expect(overview.overdue[0]).toMatchObject({ id: r.id, overdue: true })
    expect(overview.overdueCount).toBe(1)
    const late = dataOf(await env.call(COMMAND, 'governance', 'listReports', { overdue: true, status: 'open' }))
    expect(late.items.map((i) => i.id)).toEqual([r.id])
    // answered late: counted as answered, not on time
    dataOf(await env.call(GRID_WORKER, 'governance', 'acceptReport', { reportId: r.id }))
    const before = overview.street.counters
    const after = dataOf(await env.call(COMMAND, 'governance', 'commandOverview', {})).street.counters
    expect(after.received).toBe(before.received)
    expect(after.respondedOnTime).toBe(before.respondedOnTime)
    expect(after.overdue).toBe(1)
  })
})

describe('same problem nearby', () => {
  it('shows two residents reporting at once, 45 m apart, each other’s report in one request', async () => {
    const [a, b] = await Promise.all([
      env.call('reporter', 'governance', 'report', { ...litter, category: '违章搭建', description: '绿地上搭了铁皮棚', location: { community: first, point: north(0) } }),
      env.call('neighbour', 'governance', 'report', { ...litter, category: '违章搭建', description: '有人在绿地搭棚子', location: { community: first, point: north(45) } }),
    ]).then((rs) => rs.map(dataOf))
    const seen = await env.raw('neighbour', 'governance', { action: 'nearbyReports', input: { category: '违章搭建', community: first, point: north(45) } })
    expect(seen.dbRequests).toBeLessThanOrEqual(2)
    const items = dataOf(seen.result as never) as { items: Array<{ id: string; meters: number | null; mine: boolean }> }
    expect(items.items.find((i) => i.id === a.id)).toMatchObject({ meters: 45, mine: false })
    expect(items.items.find((i) => i.id === b.id)).toMatchObject({ mine: true })
    const far = dataOf(await env.call('neighbour', 'governance', 'nearbyReports', { category: '违章搭建', community: first, point: north(200) }))
    expect(far.items).toEqual([])
  })

  it('counts 100 simultaneous follow taps by 100 residents as 100 followers, once each', async () => {
    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, category: '其他', description: '小区门口积水' }))
    const people = Array.from({ length: 100 }, (_, i) => env.resident(`follower-${i}`))
    const taps = await Promise.all([...people, ...people.slice(0, 20)].map((p) => env.call(p, 'governance', 'followReport', { reportId: r.id })))
    expect(taps.every((t) => t.ok)).toBe(true)
    const doc = env.cloud.store.find('governance_reports', { query: { _id: r.id } })[0] as { followerCount: number; followers: string[] }
    expect(doc.followerCount).toBe(100)
    expect(new Set(doc.followers).size).toBe(100)
    const theirs = dataOf(await env.call('follower-7', 'account', 'listMyItems', {}))
    expect(theirs.items[0]).toMatchObject({ title: '我关注的问题：其他 · 小区门口积水' })
  }, 120_000)

  it('merges duplicates: the merged report closes and its reporter follows the surviving one', async () => {
    const keep = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, category: '市政设施', description: '井盖松动' }))
    const dup = dataOf(await env.call('neighbour', 'governance', 'report', { ...litter, category: '市政设施', description: '井盖踩上去会响' }))
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'mergeReports', { reportId: keep.id, duplicateIds: [dup.id] })).code).toBe('FORBIDDEN')
    const merged = dataOf(await env.call(COMMAND, 'governance', 'mergeReports', { reportId: keep.id, duplicateIds: [dup.id] }))
    expect(merged.followerCount).toBe(1)
    const gone = dataOf(await env.call('neighbour', 'governance', 'getReport', { reportId: dup.id }))
    expect(gone).toMatchObject({ status: 'closed', closeReason: 'duplicate', mergedInto: keep.id, statusText: '已合并到同一问题' })
    const mine = dataOf(await env.call('neighbour', 'governance', 'myReports', {}))
    expect(mine.items.map((i) => i.id)).toEqual(expect.arrayContaining([keep.id, dup.id]))
  })
})

describe('privacy', () => {
  it('keeps a private report from everyone but its reporter, its handler and command staff, in every read', async () => {
    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, category: '邻里纠纷', description: '楼上深夜噪音', public: false }))
    expect(r.assignee).toMatchObject({ kind: 'grid', id: 'grid-1-2' })
    expect(errorOf(await env.call('neighbour', 'governance', 'getReport', { reportId: r.id })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call('neighbour', 'governance', 'followReport', { reportId: r.id })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call('neighbour', 'governance', 'acceptReport', { reportId: r.id })).code).toBe('NOT_FOUND')
    const near = dataOf(await env.call('neighbour', 'governance', 'nearbyReports', { category: '邻里纠纷', community: first, point: north(0) }))
    expect(near.items.map((i) => i.id)).not.toContain(r.id)
    // the handlers' list is not theirs to read at all
    expect(errorOf(await env.call('neighbour', 'governance', 'listReports', {})).code).toBe('FORBIDDEN')
    // a grid worker of another grid is a stranger to it too, in every read
    expect(errorOf(await env.call(OTHER_WORKER, 'governance', 'getReport', { reportId: r.id })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(OTHER_WORKER, 'governance', 'listReports', { status: 'open' })).items.map((i) => i.id)).not.toContain(r.id)
    expect(dataOf(await env.call(OTHER_WORKER, 'governance', 'nearbyReports', { category: '邻里纠纷', community: first, point: north(0) })).items.map((i) => i.id)).not.toContain(r.id)
    // its reporter, its grid worker and the command staff find it
    expect(dataOf(await env.call('reporter', 'governance', 'myReports', {})).items.map((i) => i.id)).toContain(r.id)
    expect(dataOf(await env.call('reporter', 'governance', 'getReport', { reportId: r.id }))).toMatchObject({ public: false, reporterName: '李建国', reporterPhone: null })
    expect(dataOf(await env.call(GRID_WORKER, 'governance', 'listReports', { status: 'open' })).items.map((i) => i.id)).toContain(r.id)
    expect(dataOf(await env.call(COMMAND, 'governance', 'listReports', { category: '邻里纠纷' })).items.map((i) => i.id)).toContain(r.id)
    expect(dataOf(await env.call(GRID_WORKER, 'governance', 'getReport', { reportId: r.id })).reporterPhone).toBe('13812345678')
    const staffView = dataOf(await env.call(COMMAND, 'governance', 'getReport', { reportId: r.id }))
    expect(staffView).toMatchObject({ reporterName: '李建国', reporterPhone: null })
    // a public report shows neighbours neither the reporter's name nor phone
    const pub = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '楼道堆放杂物' }))
    expect(dataOf(await env.call('neighbour', 'governance', 'getReport', { reportId: pub.id }))).toMatchObject({ reporterName: null, reporterPhone: null, moves: ['follow'] })
    // nor a handler it is not assigned to
    expect(dataOf(await env.call(OTHER_WORKER, 'governance', 'getReport', { reportId: pub.id }))).toMatchObject({ reporterName: null, reporterPhone: null })
  })

  it('refuses every move on a report to someone who is not its reporter, handler or command staff', async () => {
    const pub = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '楼顶水箱漏水' }))
    const priv = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '邻居家漏水到我家', public: false }))
    const moves = (reportId: string) =>
      [
        ['acceptReport', { reportId }],
        ['updateReport', { reportId, plannedAt: '2026-12-10T02:00:00Z', note: '我来处理' }],
        ['disposeReport', { reportId, text: '处理好了' }],
        ['closeReport', { reportId, reason: 'unableToFix', note: '不想处理' }],
        ['confirmReport', { reportId }],
        ['reopenReport', { reportId, reason: '没修好' }],
        ['rateReport', { reportId, score: 1 }],
        ['dispatchReport', { reportId, to: { kind: 'grid', id: 'grid-1-1' }, note: '改派' }],
        ['mergeReports', { reportId, duplicateIds: [pub.id === reportId ? priv.id : pub.id] }],
      ] as const
    for (const [action, input] of moves(pub.id)) expect([action, errorOf(await env.call('neighbour', 'governance', action, input as never)).code]).toEqual([action, 'FORBIDDEN'])
    // a private report does not exist for them at all (the staff-only moves are refused by role first)
    for (const [action, input] of moves(priv.id).slice(0, 7)) expect([action, errorOf(await env.call('neighbour', 'governance', action, input as never)).code]).toEqual([action, 'NOT_FOUND'])
    // nor is an export of the handlers' list
    expect(errorOf(await env.call('neighbour', 'governance', 'listReports', { status: 'open', export: true })).code).toBe('FORBIDDEN')
  })

  it('refuses photos that are not the reporter’s own uploads', async () => {
    const theirs = await env.upload('neighbour', 'reportPhoto', 'x')
    expect(errorOf(await env.call('reporter', 'governance', 'report', { ...litter, photos: [theirs] })).code).toBe('INVALID_INPUT')
  })

  it('refuses a report or a disposal whose photo fails WeChat’s image check, naming the photo, and keeps nothing of it', async () => {
    const fine = await env.upload('reporter', 'reportPhoto', 'litter')
    const risky = await env.upload('reporter', 'reportPhoto', 'GIF89a…赌博…')
    const refused = errorOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '一张照片不合规', photos: [fine, risky] }))
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', fields: { photos: '第 2 张问题照片未通过安全检查，请删除后换一张' } })
    expect(env.cloud.store.find('governance_reports', { query: { description: '一张照片不合规' } })).toHaveLength(0)
    // a photo over WeChat's 1 MB limit cannot be checked: the resident is asked for another
    const huge = await env.upload('reporter', 'reportPhoto', 'x'.repeat(1024 * 1024 + 1))
    expect(errorOf(await env.call('reporter', 'governance', 'report', { ...litter, photos: [huge] })).fields).toEqual({ photos: '问题照片太大，无法检查，请删除后重新拍摄或选择' })

    const r = dataOf(await env.call('reporter', 'governance', 'report', { ...litter, description: '单元门口堆放装修垃圾', photos: [fine] }))
    dataOf(await env.call(GRID_WORKER, 'governance', 'acceptReport', { reportId: r.id }))
    const bad = await env.upload(GRID_WORKER, 'disposalPhoto', '色情')
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'disposeReport', { reportId: r.id, text: '已清运', photos: [bad] })).fields).toEqual({ photos: '处置照片未通过安全检查，请删除后换一张' })
    expect(dataOf(await env.call('reporter', 'governance', 'getReport', { reportId: r.id })).status).toBe('accepted')
  })
})

describe('the street’s settings and the command view', () => {
  it('lets the command staff and the street administrator set grids and teams, and no one else', async () => {
    const grids = [{ name: '第三社区一网格', buildings: ['1号楼', '2号楼'], workerId: OTHER_WORKER }]
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'setGrids', { community: '黄河西路第三社区', grids })).code).toBe('FORBIDDEN')
    const view = dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: '黄河西路第三社区', grids }))
    expect(view.grids.filter((g) => g.community === '黄河西路第三社区')).toEqual([expect.objectContaining({ name: '第三社区一网格', workerName: '郑强' })])
    const dupBuilding = errorOf(await env.call(ADMIN, 'governance', 'setGrids', { community: '黄河西路第三社区', grids: [...grids, { ...grids[0], name: '二网格' }] }))
    expect(dupBuilding.fields).toEqual({ 'grids.1.buildings': '1号楼已划入其他网格' })
    const all = dataOf(await env.call(ADMIN, 'governance', 'listGrids', {})).teams.map((t) => ({ id: t.id, name: t.name, kind: t.kind, categories: t.categories, memberIds: t.members.map((m) => m.id) }))
    const teams = all.map((t) => (t.id === 'team-wuye' ? { ...t, name: '物业联合服务队', memberIds: [PROPERTY, GRID_WORKER] } : t))
    const saved = dataOf(await env.call(ADMIN, 'governance', 'setTeams', { teams }))
    expect(saved.teams.find((t) => t.id === 'team-wuye')).toMatchObject({ name: '物业联合服务队', members: [{ id: PROPERTY, name: '黄海燕' }, { id: GRID_WORKER, name: '陈卫东' }] })
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'setTeams', { teams })).code).toBe('FORBIDDEN')
  })

  it('finds people by name for the command staff to pick, and not for a grid worker', async () => {
    const found = dataOf(await env.call(COMMAND, 'governance', 'listGrids', { keyword: '郑' }))
    expect(found.people).toEqual([{ id: OTHER_WORKER, name: '郑强', maskedPhone: null, community: '黄河西路第六社区' }])
    const byPhone = dataOf(await env.call(COMMAND, 'governance', 'listGrids', { keyword: '1381234' }))
    expect(byPhone.people).toEqual([expect.objectContaining({ name: '李建国', maskedPhone: '138****5678' })])
    expect(errorOf(await env.call(GRID_WORKER, 'governance', 'listGrids', { keyword: '郑' })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call(GRID_WORKER, 'governance', 'listGrids', {})).people).toEqual([])
  })

  it('hands a grid’s open reports to its new worker and a team’s to its new members, telling each of them, and keeps a grid or team with open reports until they are re-dispatched', async () => {
    const fourth = '黄河西路第四社区' as const
    const created = dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: fourth, grids: [{ name: '第四社区一网格', buildings: ['8号楼', '9号楼'], workerId: OTHER_WORKER }] }))
    const grid = created.grids.find((g) => g.community === fourth)
    if (!grid) throw new Error('grid not created')
    env.givenResident('fourth-resident', '赵大妈', fourth)
    const r = dataOf(await env.call('fourth-resident', 'governance', 'report', { ...litter, description: '8号楼楼道灯坏了', location: { community: fourth, building: '8号楼' } }))
    expect(r.assignee).toMatchObject({ kind: 'grid', id: grid.id, name: '第四社区一网格（网格员 郑强）' })

    // the grid goes to another worker: the open report goes with it, and the new worker is told, as at a dispatch
    const toldBefore = noticesTo(GRID_WORKER).length
    const otherBefore = noticesTo(OTHER_WORKER).length
    dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: fourth, grids: [{ id: grid.id, name: grid.name, buildings: grid.buildings, center: grid.center, workerId: GRID_WORKER }] }))
    const handedOver = noticesTo(GRID_WORKER).slice(toldBefore)
    expect(handedOver.map((n) => [n.data.thing1.value, n.data.thing4.value])).toEqual([['环境卫生：8号楼楼道灯坏了', '网格调整，转交给您：第四社区一网格']])
    expect(noticesTo(OTHER_WORKER)).toHaveLength(otherBefore)
    // saving the same grids again tells nobody anything
    dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: fourth, grids: [{ id: grid.id, name: grid.name, buildings: grid.buildings, center: grid.center, workerId: GRID_WORKER }] }))
    expect(noticesTo(GRID_WORKER).length).toBe(toldBefore + 1)
    expect(errorOf(await env.call(OTHER_WORKER, 'governance', 'acceptReport', { reportId: r.id })).code).toBe('FORBIDDEN')
    const accepted = dataOf(await env.call(GRID_WORKER, 'governance', 'acceptReport', { reportId: r.id }))
    expect(accepted.assignee?.name).toBe('第四社区一网格（网格员 陈卫东）')

    const removing = errorOf(await env.call(COMMAND, 'governance', 'setGrids', { community: fourth, grids: [] }))
    expect(removing).toMatchObject({ code: 'CONFLICT', message: '第四社区一网格还有 1 件未办结的问题，请先改派后再删除' })
    const gate = dataOf(await env.call('reporter', 'governance', 'report', { category: '物业管理', description: '单元门禁坏了', location: { community: first } }))
    const listed = dataOf(await env.call(COMMAND, 'governance', 'listGrids', {})).teams.map((t) => ({ id: t.id, name: t.name, kind: t.kind, categories: t.categories, memberIds: t.members.map((m) => m.id) }))
    // a member who joins the property team is told of its open report and may act on it; those who stayed are not told again
    const [propertyBefore, joinerBefore] = [noticesTo(PROPERTY).length, noticesTo(OTHER_WORKER).length]
    const all = listed.map((t) => (t.id === 'team-wuye' ? { ...t, memberIds: [...t.memberIds, OTHER_WORKER] } : t))
    dataOf(await env.call(COMMAND, 'governance', 'setTeams', { teams: all }))
    expect(noticesTo(OTHER_WORKER).slice(joinerBefore).map((n) => [n.data.thing1.value, n.data.thing4.value])).toEqual([['物业管理：单元门禁坏了', '队伍调整，转交给您：物业联合服务队']])
    expect(noticesTo(PROPERTY)).toHaveLength(propertyBefore)
    expect(dataOf(await env.call(OTHER_WORKER, 'governance', 'getReport', { reportId: gate.id })).moves).toContain('accept')
    const wuye = errorOf(await env.call(COMMAND, 'governance', 'setTeams', { teams: all.filter((t) => t.id !== 'team-wuye') }))
    expect(wuye.message).toBe('物业联合服务队还有 1 件未办结的问题，请先改派后再删除')
    // a new team is added beside the others
    const more = dataOf(await env.call(COMMAND, 'governance', 'setTeams', { teams: [...all, { name: '平安志愿队', kind: '志愿者', categories: [], memberIds: [OTHER_WORKER] }] }))
    expect(more.teams.find((t) => t.name === '平安志愿队')).toMatchObject({ kind: '志愿者', members: [{ id: OTHER_WORKER, name: '郑强' }] })
  })

  it('opens 我的处置任务 to whoever is on a team, and closes it to one who leaves every team', async () => {
    const rolesOf = async (openid: string) => dataOf(await env.call(openid, 'account', 'whoami', {})).roles.map((r) => r.role)
    env.givenUser('teacher-qian', [], { name: '钱老师', community: first, address: '8号楼' })
    expect(errorOf(await env.call('teacher-qian', 'governance', 'listReports', { mine: true })).code).toBe('FORBIDDEN')
    const teams = dataOf(await env.call(COMMAND, 'governance', 'listGrids', {})).teams.map((t) => ({ id: t.id, name: t.name, kind: t.kind, categories: t.categories, memberIds: t.members.map((m) => m.id) }))
    const withQian = teams.map((t) => (t.id === 'team-tiaojie' ? { ...t, memberIds: [...t.memberIds, 'teacher-qian'] } : t))
    dataOf(await env.call(COMMAND, 'governance', 'setTeams', { teams: withQian }))
    expect(await rolesOf('teacher-qian')).toContain('teamMember')
    expect(dataOf(await env.call('teacher-qian', 'governance', 'listReports', { mine: true })).items).toEqual([])
    // on two teams, off one: still a member
    const onTwo = withQian.map((t) => (t.id === 'team-zhiyuan' ? { ...t, memberIds: [...t.memberIds, 'teacher-qian'] } : t))
    dataOf(await env.call(COMMAND, 'governance', 'setTeams', { teams: onTwo }))
    dataOf(await env.call(COMMAND, 'governance', 'setTeams', { teams: onTwo.map((t) => (t.id === 'team-tiaojie' ? { ...t, memberIds: t.memberIds.filter((id) => id !== 'teacher-qian') } : t)) }))
    expect(await rolesOf('teacher-qian')).toContain('teamMember')
    // off every team: the handlers' list is closed to them again
    dataOf(await env.call(COMMAND, 'governance', 'setTeams', { teams }))
    expect(await rolesOf('teacher-qian')).not.toContain('teamMember')
    expect(errorOf(await env.call('teacher-qian', 'governance', 'listReports', { mine: true })).code).toBe('FORBIDDEN')
    // a grid's worker reads their queue as a 网格员
    const grid = dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: '黄河西路第五社区', grids: [{ name: '第五社区一网格', buildings: ['1号楼'], center: here, workerId: 'teacher-qian' }] }))
    expect(grid.grids.some((g) => g.workerId === 'teacher-qian')).toBe(true)
    expect(await rolesOf('teacher-qian')).toContain('gridWorker')
    dataOf(await env.call(COMMAND, 'governance', 'setGrids', { community: '黄河西路第五社区', grids: [] }))
  })

  it('applies the street’s deadlines to new reports', async () => {
    now = new Date('2026-12-07T01:00:00Z')
    const listed = dataOf(await env.call(COMMAND, 'governance', 'listGrids', {}))
    const settings = { 环境卫生: { ...listed.deadlines.settings.环境卫生, ordinary: { respond: { amount: 4, unit: 'workingHours' as const }, resolve: { amount: 3, unit: 'workingDays' as const } } } }
    dataOf(await env.call(ADMIN, 'governance', 'setDeadlines', { settings }))
    const r = dataOf(await env.call('reporter', 'governance', 'report', litter))
    // Monday 09:00 Shanghai + 4 working hours = 14:30 (lunch 12:00–13:30)
    expect(r.respondBy).toBe('2026-12-07T06:30:00.000Z')
  })

  it('counts the street’s own closures, kept once for every center, in a new report’s deadlines', async () => {
    now = new Date('2026-12-07T01:00:00Z')
    // the street closes Tuesday 12-08 (kept in the legal aid workbench; the administrator counts as its staff)
    dataOf(await env.call(ADMIN, 'legal', 'setWorkdayCorrections', { corrections: [{ day: '2026-12-08', kind: 'off' }] }))
    expect(dataOf(await env.call(COMMAND, 'governance', 'listGrids', {})).deadlines.corrections).toEqual({ '2026-12-08': 'off' })
    const r = dataOf(await env.call('reporter', 'governance', 'report', litter))
    // 3 working days from Monday: Wednesday, Thursday, Friday — due by the end of Friday 12-11, not Thursday
    expect(r.resolveBy).toBe('2026-12-11T16:00:00.000Z')
    dataOf(await env.call(ADMIN, 'legal', 'setWorkdayCorrections', { corrections: [] }))
  })

  it('keeps every category when administrators save different ones at the same moment', async () => {
    // every worker warm (as busy instances are), so the saves really run side by side
    const [{ settings }] = (await Promise.all([1, 2, 3, 4].map(() => env.call(COMMAND, 'governance', 'listGrids', {})))).map((answer) => dataOf(answer).deadlines)
    const categories = ['环境卫生', '市政设施', '安全隐患', '邻里纠纷', '物业管理', '违章搭建'] as const
    const resolveIn = (category: (typeof categories)[number], amount: number) => ({
      [category]: { ...settings[category], ordinary: { ...settings[category].ordinary, resolve: { amount, unit: 'workingDays' as const } } },
    })
    const saved = await Promise.all(categories.map((category, k) => env.call(k % 2 ? ADMIN : COMMAND, 'governance', 'setDeadlines', { settings: resolveIn(category, 10 + k) })))
    for (const answer of saved) dataOf(answer)
    const kept = dataOf(await env.call(COMMAND, 'governance', 'listGrids', {})).deadlines.settings
    expect(categories.map((category) => kept[category].ordinary.resolve.amount)).toEqual([10, 11, 12, 13, 14, 15])
  })

  it('carries the other centers’ live figures, read in one request through their indexes', async () => {
    // Friday 2026-12-04 12:00 Shanghai
    now = new Date('2026-12-04T04:00:00Z')
    const store = env.cloud.store
    const booking = (id: string, status: string, day = '2026-12-04') => ({ _id: id, day, status, placeId: 'p', time: '09:00', subjectId: 's', start: now, activeKey: id, holdKey: id })
    store.insert('affairs_bookings', [booking('b1', 'booked'), booking('b2', 'done'), booking('b3', 'noShow'), booking('b4', 'cancelled'), booking('b5', 'booked', '2026-12-05')])
    // each service promises its own working days: late is past them, counted from the day it was submitted
    store.insert('affairs_services', [{ _id: 'svc-1', name: '生育登记', promisedDays: 1, order: 1 }, { _id: 'svc-15', name: '居住证办理', promisedDays: 15, order: 2 }, { _id: 'svc-3', name: '临时救助', promisedDays: 3, order: 3 }])
    const application = (id: string, serviceId: string, status: string, daysAgo: number) => ({ _id: id, serviceId, status, subjectId: 's', submittedAt: new Date(now.getTime() - daysAgo * 86_400_000), updatedAt: now })
    store.insert('affairs_applications', [
      // Thursday, 1 working day: due by the end of today
      application('a1', 'svc-1', 'submitted', 1),
      // 9 days ago, 15 working days: not yet due
      application('a2', 'svc-15', 'forwarded', 9),
      // 9 days ago, 3 working days: late
      application('a5', 'svc-3', 'accepted', 9),
      application('a3', 'svc-3', 'completed', 20),
      application('a4', 'svc-1', 'returned', 10),
    ])
    const job = (id: string, status: string, validDays: number) => ({ _id: id, status, validThrough: new Date(now.getTime() + validDays * 86_400_000), employerId: 'e', updatedAt: now, createdAt: now })
    store.insert('jobs', [job('j1', 'published', 10), job('j2', 'published', -1), job('j3', 'reviewing', 30), job('j4', 'draft', 30)])
    store.insert('employers', [{ _id: 'e1', status: 'pending', ownerId: 'o1', creditCode: 'c1', submittedAt: now }, { _id: 'e2', status: 'verified', ownerId: 'o2', creditCode: 'c2', submittedAt: now }])
    const opinion = (id: string, status: string, createdAt: string) => ({ _id: id, status, authorId: 'a', public: false, category: '其他', createdAt: new Date(createdAt) })
    store.insert('voice_opinions', [opinion('o1', 'submitted', '2026-12-02T02:00:00Z'), opinion('o2', 'answered', '2026-11-25T02:00:00Z'), opinion('o3', 'forwarded', '2026-11-26T02:00:00Z')])
    const activity = (id: string, status: string, startAt: string, capacity: number, taken: number) => ({ _id: id, status, startAt: new Date(startAt), capacity, taken, center: 'culture', orgId: 'o', updatedAt: now })
    store.insert('activities', [activity('x1', 'published', '2026-12-02T01:00:00Z', 30, 24), activity('x2', 'published', '2026-12-06T07:00:00Z', 20, 6), activity('x3', 'published', '2026-12-08T01:00:00Z', 50, 50), activity('x4', 'draft', '2026-12-03T01:00:00Z', 10, 0)])
    store.insert('meal_menus', [{ _id: '2026-12-04_lunch', day: '2026-12-04', meal: 'lunch', places: 80, taken: 57 }, { _id: '2026-12-05_lunch', day: '2026-12-05', meal: 'lunch', places: 80, taken: 3 }])
    const aid = (id: string, open: boolean, dueAt: Date | null) => ({ _id: id, open, boardKey: dueAt ? `0${dueAt.toISOString()}` : `1${now.toISOString()}`, subjectId: 's', updatedAt: now })
    const wish = (id: string, status: string, deadlineHours: number | null) => ({ _id: id, status, community: '黄河西路第三社区', claimDeadline: deadlineHours === null ? null : new Date(now.getTime() + deadlineHours * 3_600_000), createdAt: now, updatedAt: now })
    // open ones wait for a claimer; a claim past its deadline goes back at the timer's next run: late until then
    store.insert('party_wishes', [wish('w1', 'open', null), wish('w2', 'open', null), wish('w3', 'claimed', -2), wish('w4', 'claimed', 48), wish('w5', 'done', null)])
    store.insert('party_members', [{ _id: 'm1', status: 'pending', ownerId: 'm1', registeredAt: now }, { _id: 'm2', status: 'confirmed', ownerId: 'm2', registeredAt: now }])
    store.insert('legal_aid', [aid('l1', true, new Date(now.getTime() + 86_400_000)), aid('l2', true, new Date(now.getTime() - 3_600_000)), aid('l3', true, new Date(now.getTime() + 10 * 86_400_000)), aid('l4', true, null), aid('l5', false, new Date(now.getTime() + 3_600_000))])

    const answer = await env.raw(COMMAND, 'governance', { action: 'commandOverview', input: {} })
    expect(answer.dbRequests).toBeLessThanOrEqual(5)
    const o = dataOf(answer.result as never) as { centers: Array<{ label: string; value: string; note: string; alert: boolean; page: string | null }> }
    // each center's figures as its manifest declares them, in the street's order of centers
    expect(o.centers).toEqual([
      { center: 'affairs', label: '今日窗口预约', value: '3 人', note: '其中未到 1 人', alert: false, page: null },
      { center: 'affairs', label: '代办申请待办', value: '3 件', note: '超过承诺办结时限 1 件', alert: true, page: null },
      { center: 'legal', label: '法律援助临近时限', value: '2 件', note: '3 日内到期或已超期', alert: true, page: null },
      { center: 'culture', label: '本周活动', value: '2 场', note: '报名率 60%（30/50 个名额）', alert: false, page: null },
      { center: 'eldercare', label: '今日助餐订餐', value: '57 份', note: '共 80 份可订', alert: false, page: null },
      { center: 'residents', label: '社情民意待答复', value: '2 条', note: '本周新收 1 条', alert: false, page: null },
      { center: 'party', label: '党员报到与微心愿', value: '待认领心愿 2 个', note: '待确认党员 1 人，逾期未送达心愿 1 个', alert: true, page: null },
      { center: 'employment', label: '在招岗位', value: '1 个', note: '待审核岗位 1 个、用人单位 1 家', alert: false, page: null },
    ])
    // the street administrator may open every center's own list behind its figure; the command staff only read them
    const admin = dataOf(await env.call(ADMIN, 'governance', 'commandOverview', {}))
    expect(admin.centers.find((f) => f.label === '代办申请待办')?.page).toBe('/centers/affairs/pages/inbox/index')
    expect(admin.centers.every((f) => f.page?.startsWith(`/centers/${f.center}/pages/`))).toBe(true)
  })

  it('exports any table of the command view, and a filtered report list, as xlsx with Chinese headers and no reporter’s name', async () => {
    const teams = dataOf(await env.call(COMMAND, 'governance', 'commandOverview', { export: 'teams' }))
    expect(teams.sheet?.rows).toBe(teams.teams.length)
    const rates = await readSheet(Buffer.from(await (await fetch(encodeURI(teams.sheet?.url ?? ''))).arrayBuffer()), 'xlsx')
    expect(rates.headers.slice(0, 11)).toEqual(['名称', '受理', '按时响应', '办结', '解决', '评价', '满意', '超时', '响应率', '解决率', '满意率'])
    expect(rates.headers).toHaveLength(11 + 36)
    expect(rates.rows.map((r) => r.cells.名称)).toEqual(expect.arrayContaining(['网格员']))
    for (const table of ['today', 'month', 'street', 'communities', 'centers'] as const) {
      expect(dataOf(await env.call(COMMAND, 'governance', 'commandOverview', { export: table })).sheet?.url).toMatch(/\.xlsx/)
    }

    const listed = dataOf(await env.call(COMMAND, 'governance', 'listReports', { community: first, pageSize: 5, export: true }))
    const all = env.cloud.store.count('governance_reports', { community: first })
    expect(listed.items).toHaveLength(5)
    expect(listed.sheet?.rows).toBe(all)
    const sheet = await readSheet(Buffer.from(await (await fetch(encodeURI(listed.sheet?.url ?? ''))).arrayBuffer()), 'xlsx')
    expect(sheet.headers).toEqual(['编号', '上报时间', '类别', '问题描述', '地点', '社区', '状态', '紧急', '公开', '派给', '当前时限', '超时', '关注人数'])
    expect(sheet.rows).toHaveLength(all)
    expect(JSON.stringify(sheet.rows)).not.toMatch(/李建国|13812345678/)
    // a handler exports only what is assigned to them
    const theirs = dataOf(await env.call(PROPERTY, 'governance', 'listReports', { status: 'open', export: true }))
    expect(theirs.sheet?.rows).toBe(env.cloud.store.count('governance_reports', { handlerIds: PROPERTY, open: true }))
  })

  it('answers the command view in at most 5 requests and lists a page in at most 2', async () => {
    const overview = await env.raw(COMMAND, 'governance', { action: 'commandOverview', input: {} })
    expect(overview.result).toMatchObject({ ok: true })
    expect(overview.dbRequests).toBeLessThanOrEqual(5)
    const page = await env.raw(COMMAND, 'governance', { action: 'listReports', input: { community: first } })
    expect(page.dbRequests).toBeLessThanOrEqual(2)
    const mine = await env.raw(GRID_WORKER, 'governance', { action: 'listReports', input: { status: 'open' } })
    expect(mine.dbRequests).toBeLessThanOrEqual(2)
    expect(errorOf(await env.call('reporter', 'governance', 'commandOverview', {})).code).toBe('FORBIDDEN')
  })
})
