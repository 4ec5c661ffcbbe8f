/**
 * 志愿者与时间银行 on the local cloud: registering, hours and the ledger, the service record PDF, staff credits,
 * spending hours on a senior's home service, transfers with a senior's account — who may see what, and how many
 * requests each takes.
 */
import { HOME_SERVICES } from '../../emulator/seeds/eldercare'
import { readSheet } from '../../cloudfunctions/_kernel/sheets'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'
import { seniorDoc } from '../support/eldercare'
import { readPdf } from '../support/pdf'

let now = new Date('2026-11-30T01:00:00Z') // 周一 09:00 in Shanghai
const env = withLocalCloud({ clock: () => now, strictIndexes: true })

const VOL = 'vol-daughter' // 李红霞, whose mother is 赵桂芝
const OTHER = 'vol-neighbour' // a volunteer not linked to 赵桂芝
const STRANGER = 'resident-stranger'
const STAFF = 'party-staff'
const MOTHER = 'senior-zhao'

const senior = (id: string, name: string, familyIds: string[], openid: string | null = null) =>
  seniorDoc({ _id: id, name, familyIds, openid, birthDate: '1950-01-01', community: '黄河西路第一社区', building: '8号楼', unit: '1', room: '502', mobility: 'independent', createdBy: STAFF, updatedBy: STAFF, updatedByRole: '工作人员', at: now })

let volNo = ''
let otherNo = ''

beforeAll(async () => {
  env.givenResident(VOL, '李红霞', '黄河西路第一社区')
  env.givenResident(OTHER, '周建平', '黄河西路第三社区')
  env.givenResident(STRANGER, '钱多多', '黄河西路第二社区')
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'party' }], { name: '党建干事刘洋', community: '黄河西路第一社区', address: '街道' })
  env.cloud.store.insert('seniors', [senior(MOTHER, '赵桂芝', [VOL]), senior('senior-other', '孙桂英', [OTHER])])
  env.cloud.store.insert('home_services', HOME_SERVICES.map((s) => ({ ...s })))
  volNo = dataOf(await env.call(VOL, 'party', 'registerVolunteer', { skills: ['助老陪伴'], availability: ['weekend'], community: '黄河西路第一社区' })).number
  otherNo = dataOf(await env.call(OTHER, 'party', 'registerVolunteer', { skills: ['理发'], availability: ['anytime'], community: '黄河西路第三社区' })).number
})

const balanceOf = (account: string) => (env.cloud.store.find('hours_accounts', { query: { _id: account } })[0]?.balance as number | undefined) ?? 0
const ledgerSum = (account: string) => env.cloud.store.find('hours_ledger', { query: { account } }).reduce((s, e) => s + (e.minutes as number), 0)

describe('registerVolunteer', () => {
  it('gives a volunteer a number (never their openid), keeps it on update, and lists them in 我的', async () => {
    expect(volNo).toMatch(/^ZY[A-Z2-9]{6}$/)
    const { result, requests } = await env.counted(VOL, 'party', 'registerVolunteer', { skills: ['助老陪伴', '理发'], availability: ['weekend', 'weekdayEvening'], community: '黄河西路第一社区' })
    const v = dataOf(result)
    expect(v).toMatchObject({ number: volNo, name: '李红霞', skills: ['助老陪伴', '理发'], availabilityText: '周末、工作日晚上' })
    expect(requests).toBeLessThanOrEqual(4)
    const mine = dataOf(await env.call(VOL, 'account', 'listMyItems', {})).items
    expect(mine.find((i) => i.title === `志愿者 ${volNo}`)).toMatchObject({ statusText: expect.stringContaining('已登记') })
  })

  it('asks a person without a name to fill in their profile first', async () => {
    env.givenUser('no-profile')
    const error = errorOf(await env.call('no-profile', 'party', 'registerVolunteer', { skills: ['理发'], availability: ['weekend'], community: '黄河西路第一社区' }))
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('个人资料') })
  })

  it('says which field is wrong', async () => {
    const error = errorOf(await env.call(VOL, 'party', 'registerVolunteer', { skills: [], availability: ['weekend'], community: '黄河西路第一社区' }))
    expect(error.fields).toEqual({ skills: '请至少选择一项服务技能' })
  })
})

describe('creditHours (party staff)', () => {
  it('credits each named volunteer once per submit however often it is retried, naming the service and the staff member', async () => {
    const input = { volunteerNos: [volNo, 'ZY222222'], title: '社区敬老院陪伴', hours: 6, day: '2026-11-28' }
    const first = dataOf(await env.call(STAFF, 'party', 'creditHours', input, { requestId: 'credit-tap-0001' }))
    const again = dataOf(await env.call(STAFF, 'party', 'creditHours', input, { requestId: 'credit-tap-0001' }))
    expect(first).toEqual({ credited: [{ number: volNo, name: '李红霞' }], already: [], unknown: ['ZY222222'] })
    expect(again.credited).toEqual([])
    expect(again.already).toEqual([volNo])
    dataOf(await env.call(STAFF, 'party', 'creditHours', { volunteerNos: [volNo], title: '应急值守', hours: 4, day: '2026-11-29' }, { requestId: 'credit-tap-0002' }))
    expect(balanceOf(VOL)).toBe(600)
    expect(ledgerSum(VOL)).toBe(600)
  })

  it('tells the volunteer once per credit, with fields WeChat accepts', async () => {
    env.grant(VOL, ['hoursCredited'], 5)
    await env.deliver()
    const told = env.cloud.store.find('outbox', { query: { touser: VOL, templateId: 'TPL_HOURS_CREDITED' }, limit: 10 })
    expect(told).toHaveLength(2)
  })

  it('refuses a resident, and a day still to come', async () => {
    expect(errorOf(await env.call(VOL, 'party', 'creditHours', { volunteerNos: [volNo], title: '自己记的', hours: 8, day: '2026-11-28' })).code).toBe('FORBIDDEN')
    const error = errorOf(await env.call(STAFF, 'party', 'creditHours', { volunteerNos: [volNo], title: '明天的服务', hours: 1, day: '2026-12-01' }))
    expect(error.fields).toEqual({ day: '只能为已完成的服务记时' })
  })
})

describe('myHours, ledger and serviceRecord', () => {
  it('shows a volunteer their hours, the period, and the seniors whose time bank they use, in 2 requests', async () => {
    const { result, requests } = await env.counted(VOL, 'party', 'myHours', {})
    expect(dataOf(result)).toMatchObject({
      balance: 10,
      balanceText: '10 小时',
      creditedText: '10 小时',
      periodText: '2026年11月28日 至 2026年11月29日',
      volunteer: { number: volNo },
      seniors: [{ seniorId: MOTHER, name: '赵桂芝', standing: 'family', balanceText: '0 小时' }],
    })
    expect(requests).toBeLessThanOrEqual(2)
  })

  it('lists the ledger newest first with who verified each credit, in 1 request a page', async () => {
    const { result, requests } = await env.counted(VOL, 'party', 'ledger', { pageSize: 1 })
    const page = dataOf(result)
    expect(page.items).toEqual([expect.objectContaining({ kind: 'credit', hoursText: '+4 小时', title: '应急值守', verifiedBy: '党建干事刘洋' })])
    expect(page.hasMore).toBe(true)
    expect(requests).toBeLessThanOrEqual(2)
    expect(JSON.stringify(page)).not.toContain(STAFF)
  })

  it('lets party staff read a volunteer by number in 2 requests', async () => {
    const hours = await env.counted(STAFF, 'party', 'myHours', { volunteerNo: volNo })
    expect(dataOf(hours.result)).toMatchObject({ balanceText: '10 小时', volunteer: { name: '李红霞' } })
    expect(hours.requests).toBeLessThanOrEqual(2)
    const ledger = await env.counted(STAFF, 'party', 'ledger', { volunteerNo: volNo })
    expect(dataOf(ledger.result).items).toHaveLength(2)
    expect(ledger.requests).toBeLessThanOrEqual(2)
  })

  it.each([
    ['myHours', { volunteerNo: 'otherNo' }],
    ['ledger', { volunteerNo: 'otherNo' }],
    ['serviceRecord', { volunteerNo: 'otherNo' }],
    ['myHours', { seniorId: 'senior-other' }],
    ['ledger', { seniorId: 'senior-other' }],
  ] as const)('refuses %s of another person’s hours (%j) with FORBIDDEN', async (action, input) => {
    const named = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === 'otherNo' ? otherNo : v]))
    const error = errorOf(await env.call(VOL, 'party', action, named as never))
    expect(error.code).toBe('FORBIDDEN')
  })

  it('makes a 志愿服务记录证明 PDF with the organization, the volunteer, the period and the hours, kept as the volunteer’s file', async () => {
    const record = dataOf(await env.call(VOL, 'party', 'serviceRecord', {}))
    expect(record).toMatchObject({ title: '志愿服务记录证明', name: '李红霞', number: volNo, totalText: '10 小时', periodText: '2026年11月28日 至 2026年11月29日' })
    const pdf = Buffer.from(await (await fetch(encodeURI(record.url))).arrayBuffer())
    const read = await readPdf(pdf)
    expect(read).toMatchObject({ version: '1.4', pages: 1 })
    for (const words of ['志愿服务记录证明', '黄河西路街道党建指导中心（党员服务中心）', '李红霞', volNo, '10 小时', '2026年11月28日 至 2026年11月29日', '社区敬老院陪伴', '党建干事刘洋']) expect(read.text).toContain(words)
    // the Chinese font travels in the file, as a subset of the glyphs used: a phone with no such font still shows it
    expect(read.fonts).toEqual([{ name: expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Regular$/), subtype: 'CIDFontType2', embedded: true }])
    expect(pdf.length).toBeLessThan(100_000)
    const stored = env.cloud.store.find('files', { query: { purpose: 'serviceRecord' } })
    expect(stored.map((f) => f.owner)).toEqual([VOL])
  })

  it('lists the volunteers for party staff in 2 requests a page, and makes a record in 3', async () => {
    const list = await env.counted(STAFF, 'party', 'listVolunteers', { pageSize: 1 })
    expect(dataOf(list.result)).toMatchObject({ items: [expect.objectContaining({ name: expect.any(String) })], hasMore: true })
    expect(list.requests).toBeLessThanOrEqual(2)
    expect(errorOf(await env.call(VOL, 'party', 'listVolunteers', {})).code).toBe('FORBIDDEN')
    const record = await env.counted(VOL, 'party', 'serviceRecord', {})
    expect(record.requests).toBeLessThanOrEqual(3)
  })

  it('exports the volunteers for party staff as xlsx with each one’s hours, never an openid', async () => {
    expect(errorOf(await env.call(VOL, 'party', 'exportVolunteers', {})).code).toBe('FORBIDDEN')
    const all = dataOf(await env.call(STAFF, 'party', 'exportVolunteers', {}))
    expect(all.rows).toBe(2)
    const sheet = await readSheet(Buffer.from(await (await fetch(encodeURI(all.url))).arrayBuffer()), 'xlsx')
    expect(sheet.headers).toEqual(['志愿者编号', '姓名', '所在社区', '服务技能', '可服务时间', '登记时间', '累计服务时长（小时）', '已使用（小时）', '时间银行余额（小时）'])
    expect(sheet.rows.find((r) => r.cells.志愿者编号 === volNo)?.cells).toMatchObject({
      姓名: '李红霞',
      所在社区: '黄河西路第一社区',
      服务技能: '助老陪伴、理发',
      可服务时间: '周末、工作日晚上',
      '累计服务时长（小时）': '10',
      '已使用（小时）': '0',
      '时间银行余额（小时）': '10',
    })
    expect(sheet.rows.find((r) => r.cells.志愿者编号 === otherNo)?.cells).toMatchObject({ 姓名: '周建平', '累计服务时长（小时）': '0' })
    for (const openid of [VOL, OTHER]) expect(JSON.stringify(sheet)).not.toContain(openid)
    const third = dataOf(await env.call(STAFF, 'party', 'exportVolunteers', { community: '黄河西路第三社区' }))
    expect(third.rows).toBe(1)
  })

  it('asks someone not registered to register before a record is made', async () => {
    expect(errorOf(await env.call(STRANGER, 'party', 'serviceRecord', {})).code).toBe('CONFLICT')
  })

  it('does not let anyone upload over a generated record', async () => {
    expect(errorOf(await env.call(VOL, 'account', 'prepareUpload', { purpose: 'serviceRecord', exts: ['pdf'] })).code).toBe('INVALID_INPUT')
  })
})

describe('spendHours and transferHours', () => {
  let bath = ''

  beforeAll(async () => {
    // the daughter books her mother's bath on Wednesday (eldercare's own booking)
    bath = dataOf(await env.call(VOL, 'eldercare', 'bookHomeService', { seniorId: MOTHER, serviceId: 'home-bath', day: '2026-12-02', time: '09:00' }, { requestId: 'book-bath-0001' })).id
  })

  it('shows the mother’s upcoming home services with what they cost, in 2 requests', async () => {
    const { result, requests } = await env.counted(VOL, 'party', 'myHours', { seniorId: MOTHER })
    expect(dataOf(result)).toMatchObject({ senior: { name: '赵桂芝' }, bookings: [{ bookingId: bath, serviceName: '助浴', costText: '1 小时', paidText: null }] })
    expect(requests).toBeLessThanOrEqual(2)
  })

  it('refuses to pay from the mother’s empty account and leaves the bath unpaid', async () => {
    const error = errorOf(await env.call(VOL, 'party', 'spendHours', { bookingId: bath, from: 'senior' }))
    expect(error).toMatchObject({ code: 'CONFLICT', message: '赵桂芝的长辈账户时长不足 1 小时，不能兑换这次服务' })
    expect(balanceOf(MOTHER)).toBe(0)
  })

  it('pays the mother’s bath with the daughter’s hours once, in at most 4 requests', async () => {
    const { result, requests } = await env.counted(VOL, 'party', 'spendHours', { bookingId: bath, from: 'mine' }, { requestId: 'spend-tap-0001' })
    expect(dataOf(result)).toMatchObject({ spentText: '已用 1 小时兑换「助浴」', booking: { paidText: '已用家属时长兑换 1 小时' } })
    expect(requests).toBeLessThanOrEqual(4)
    // a second tap (a new request) finds it paid
    const again = dataOf(await env.call(VOL, 'party', 'spendHours', { bookingId: bath, from: 'mine' }, { requestId: 'spend-tap-0002' }))
    expect(again.spentText).toBe('这次服务已用时长兑换')
    expect(balanceOf(VOL)).toBe(540)
    expect(ledgerSum(VOL)).toBe(540)
  })

  it('refuses to pay someone else’s senior’s service', async () => {
    expect(errorOf(await env.call(OTHER, 'party', 'spendHours', { bookingId: bath, from: 'mine' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER, 'party', 'transferHours', { seniorId: MOTHER, direction: 'fromSenior', hours: 1 })).code).toBe('FORBIDDEN')
  })

  it('gives the hours back when the paid service is cancelled', async () => {
    dataOf(await env.call(VOL, 'eldercare', 'cancelHomeService', { bookingId: bath }))
    expect(balanceOf(VOL)).toBe(600)
    expect(ledgerSum(VOL)).toBe(600)
    const rows = dataOf(await env.call(VOL, 'party', 'ledger', {})).items
    expect(rows.find((r) => r.kind === 'refund')).toMatchObject({ title: '退回：助浴已取消', hoursText: '+1 小时' })
  })

  it('transfers hours to the mother’s account and back, both sides or neither', async () => {
    const first = await env.counted(VOL, 'party', 'transferHours', { seniorId: MOTHER, direction: 'toSenior', hours: 3 }, { requestId: 'transfer-0001' })
    expect(dataOf(first.result).movedText).toBe('已转给赵桂芝 3 小时')
    // the senior, the transfer looked up, the giver's balance parked, the receiver's (its account made on first use: +1),
    // both entries, both unparked: both-or-neither without a transaction
    expect(first.requests).toBeLessThanOrEqual(9)
    dataOf(await env.call(VOL, 'party', 'transferHours', { seniorId: MOTHER, direction: 'toSenior', hours: 3 }, { requestId: 'transfer-0001' }))
    expect([balanceOf(VOL), balanceOf(MOTHER)]).toEqual([420, 180])
    const error = errorOf(await env.call(VOL, 'party', 'transferHours', { seniorId: MOTHER, direction: 'fromSenior', hours: 4 }))
    expect(error.message).toBe('赵桂芝的长辈账户时长不足 4 小时')
    dataOf(await env.call(VOL, 'party', 'transferHours', { seniorId: MOTHER, direction: 'fromSenior', hours: 1 }))
    expect([balanceOf(VOL), balanceOf(MOTHER)]).toEqual([480, 120])
    expect([ledgerSum(VOL), ledgerSum(MOTHER)]).toEqual([480, 120])
    const motherLedger = dataOf(await env.call(VOL, 'party', 'ledger', { seniorId: MOTHER })).items
    expect(motherLedger.map((r) => `${r.title} ${r.hoursText}`).sort()).toEqual(['家属转入 +3 小时', '转给家属 −1 小时'])
  })
})

describe('volunteer service from other centers', () => {
  it('credits a home service done by a volunteer provider once, verified by the staff who closed it', async () => {
    const STAFF_E = 'eldercare-staff'
    env.givenUser(STAFF_E, [{ role: 'centerStaff', center: 'eldercare' }], { name: '孙丽', community: '黄河西路第二社区', address: '2号楼' })
    // 周建平 is the barber on Tuesdays, as a volunteer
    const haircut = HOME_SERVICES.find((s) => s._id === 'home-haircut') as (typeof HOME_SERVICES)[number]
    env.cloud.store.modify('home_services', { query: { _id: 'home-haircut' }, single: true, merge: true, upsert: false, data: { $set: { providers: haircut.providers.map((p) => (p.id === 'p-hair-2' ? { ...p, volunteer: OTHER } : p)) } } })
    const b = dataOf(await env.call(VOL, 'eldercare', 'bookHomeService', { seniorId: MOTHER, serviceId: 'home-haircut', day: '2026-12-01', time: '14:00' }))
    dataOf(await env.call(STAFF_E, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'confirmed', providerId: 'p-hair-2' }))
    // the listing never carries the volunteer's openid
    expect(JSON.stringify(dataOf(await env.call(VOL, 'eldercare', 'listHomeServices', { serviceId: 'home-haircut' })))).not.toContain(OTHER)
    now = new Date('2026-12-01T07:00:00Z')
    dataOf(await env.call(STAFF_E, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' }))
    dataOf(await env.call(STAFF_E, 'eldercare', 'updateHomeServiceBooking', { bookingId: b.id, status: 'done' }))
    const rows = dataOf(await env.call(OTHER, 'party', 'ledger', {})).items
    expect(rows).toEqual([expect.objectContaining({ kind: 'credit', title: '上门理发', hoursText: '+0.5 小时', verifiedBy: '孙丽' })])
    expect(balanceOf(OTHER)).toBe(30)
  })
})
