import type { PublishMenuInput, SeniorInput } from '@/shared/contracts/eldercare'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai: today's lunch closes at 09:00
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'eldercare-staff'
const FAMILY = 'daughter-zhang'
const STRANGER = 'stranger-li'
const ID_NUMBER = '370102194803122344'

const wang: SeniorInput = {
  name: '王秀兰',
  gender: 'female',
  birthDate: '1948-03-12',
  idNumber: ID_NUMBER,
  community: '黄河西路第二社区',
  building: '5',
  room: '302',
  phone: '13905310001',
  living: 'alone',
  mobility: 'independent',
  diet: { diabetic: true, lowSalt: false, softFood: false, allergies: '虾' },
  subsidy: 'dibao',
  healthNotes: '2 型糖尿病，每日服药',
}

const menu = (day: string, over: Partial<PublishMenuInput> = {}): PublishMenuInput => ({
  day,
  meal: 'lunch',
  dishes: [
    { name: '红烧肉', tags: ['sweet', 'salty'] },
    { name: '虾仁豆腐', tags: [], allergens: ['虾'] },
  ],
  places: 120,
  prices: { special: 1000, senior: 1200, resident: 1500 },
  subsidy: 300,
  ...over,
})

let seniorId = ''

beforeAll(async () => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'eldercare' }], { name: '孙丽', community: '黄河西路第二社区', address: '中心' })
  env.givenUser(FAMILY, [{ role: 'family' }], { name: '张晓燕', community: '黄河西路第三社区', address: '1号楼' })
  env.givenResident(STRANGER, '李建国')
  seniorId = dataOf(await env.call(STAFF, 'eldercare', 'createSenior', wang)).id
  for (const day of ['2026-11-30', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']) {
    dataOf(await env.call(STAFF, 'eldercare', 'publishMenu', menu(day, day === '2026-12-09' ? { places: 1 } : {})))
  }
})

describe('family links', () => {
  it('lets a family member in only after the senior or staff approve, and then shows the record in full', async () => {
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'getSenior', { seniorId })).code).toBe('FORBIDDEN')
    const wrong = errorOf(await env.call(FAMILY, 'eldercare', 'requestLink', { name: '王秀兰', phone: '13900000000', relation: '女儿' }))
    expect(wrong.code).toBe('NOT_FOUND')
    const request = dataOf(await env.call(FAMILY, 'eldercare', 'requestLink', { name: '王秀兰', phone: '13905310001', relation: '女儿' }))
    expect(request).toMatchObject({ status: 'pending', statusText: '待确认' })
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'approveLink', { linkId: request.linkId, decision: 'approve' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STRANGER, 'eldercare', 'approveLink', { linkId: request.linkId, decision: 'approve' })).code).toBe('FORBIDDEN')
    const queue = dataOf(await env.call(STAFF, 'eldercare', 'myLinkedSeniors', {}))
    expect(queue.toApprove.items.map((l) => l.linkId)).toContain(request.linkId)
    expect(dataOf(await env.call(STAFF, 'eldercare', 'approveLink', { linkId: request.linkId, decision: 'approve' })).status).toBe('approved')
    const full = dataOf(await env.call(FAMILY, 'eldercare', 'getSenior', { seniorId }))
    expect(full).toMatchObject({ idNumber: ID_NUMBER, healthNotes: '2 型糖尿病，每日服药', standing: 'family', phoneFull: '13905310001' })
    const mine = dataOf(await env.call(FAMILY, 'eldercare', 'myLinkedSeniors', {}))
    expect(mine.seniors).toEqual([expect.objectContaining({ id: seniorId, relation: '女儿', phone: '139****0001' })])
  })

  it('records who changed a record when family act for the senior', async () => {
    const updated = dataOf(await env.call(FAMILY, 'eldercare', 'updateSenior', { ...wang, seniorId, room: '303' }))
    expect(updated.room).toBe('303')
    expect(updated.updatedByText).toContain('由家属张晓燕更新')
  })

  it('lets linked family and staff edit the emergency contacts, checked like any other field', async () => {
    const contacts = [{ name: '张晓燕', phone: '13905310002', relation: '女儿' }, { name: '李秀梅', phone: '13905310005', relation: '邻居' }]
    const saved = dataOf(await env.call(FAMILY, 'eldercare', 'updateSenior', { ...wang, seniorId, room: '303', contacts }))
    expect(saved.contacts).toEqual(contacts)
    const bad = errorOf(await env.call(FAMILY, 'eldercare', 'updateSenior', { ...wang, seniorId, room: '303', contacts: [{ name: '张晓燕', phone: '1390531', relation: '女儿' }] }))
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', fields: { 'contacts.0.phone': '请填写 11 位手机号' } })
    const tooMany = errorOf(await env.call(STAFF, 'eldercare', 'updateSenior', { ...wang, seniorId, room: '303', contacts: [...contacts, ...contacts] }))
    expect(tooMany.fields).toMatchObject({ contacts: '紧急联系人最多 3 位' })
    const byStaff = dataOf(await env.call(STAFF, 'eldercare', 'updateSenior', { ...wang, seniorId, room: '303', contacts: [contacts[1]] }))
    expect(byStaff).toMatchObject({ contacts: [contacts[1]] })
    expect(byStaff.updatedByText).toContain('由工作人员孙丽更新')
    expect(errorOf(await env.call(STRANGER, 'eldercare', 'updateSenior', { ...wang, seniorId, contacts })).code).toBe('FORBIDDEN')
    // staff lists never carry them
    expect(JSON.stringify(dataOf(await env.call(STAFF, 'eldercare', 'listSeniors', { keyword: 'wxl' })))).not.toContain('13905310005')
  })

  it('lets a senior with WeChat approve their own family, and the family then act for them across the platform', async () => {
    env.givenResident('senior-self', '刘德福')
    const me = dataOf(await env.call('senior-self', 'eldercare', 'createSenior', { ...wang, name: '刘德福', idNumber: null, phone: '13905310003', self: true }))
    const son = env.resident('son-liu')
    const link = dataOf(await env.call(son, 'eldercare', 'requestLink', { name: '刘德福', phone: '13905310003', relation: '儿子' }))
    expect(dataOf(await env.call('senior-self', 'eldercare', 'myLinkedSeniors', {})).toApprove.items.map((l) => l.linkId)).toEqual([link.linkId])
    dataOf(await env.call('senior-self', 'eldercare', 'approveLink', { linkId: link.linkId, decision: 'approve' }))
    expect(env.cloud.store.find('delegations', { query: { _id: `${son}_senior-self` } })[0]).toMatchObject({ active: true })
    // the kernel's 代办 now honours the link: the son sees his father's 我的
    expect((await env.call(son, 'account', 'listMyItems', {}, { onBehalfOf: 'senior-self' })).ok).toBe(true)
    // one may leave: the link ends and so does the 代办
    dataOf(await env.call(son, 'eldercare', 'approveLink', { linkId: link.linkId, decision: 'remove' }))
    expect(errorOf(await env.call(son, 'eldercare', 'getSenior', { seniorId: me.id })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(son, 'account', 'listMyItems', {}, { onBehalfOf: 'senior-self' })).code).toBe('FORBIDDEN')
  })
})

describe('finding seniors', () => {
  it('finds a senior by pinyin initials, phone tail, building or name, with nothing sensitive in the rows', async () => {
    for (const keyword of ['wxl', '0001', '5号楼', '王秀']) {
      const page = dataOf(await env.call(STAFF, 'eldercare', 'listSeniors', { keyword }))
      expect(page.items.map((s) => s.name)).toContain('王秀兰')
      expect(JSON.stringify(page)).not.toContain(ID_NUMBER)
      expect(JSON.stringify(page)).not.toContain('糖尿病，每日')
      expect(JSON.stringify(page)).not.toContain('13905310001')
    }
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'listSeniors', { keyword: 'wxl' })).code).toBe('FORBIDDEN')
  })
})

describe('meals', () => {
  it('orders one lunch in at most 4 requests, with or without a request id, priced with the subsidy', async () => {
    const first = await env.raw(FAMILY, 'eldercare', { action: 'placeMealOrder', input: { seniorId, meal: 'lunch', from: '2026-11-30' }, requestId: 'order-wang-1130' })
    expect(first.result).toMatchObject({ ok: true, data: { placed: [{ status: 'ordered', due: 700, dueText: '7 元', orderedBy: '张晓燕代订' }], failed: [] } })
    expect(first.dbRequests).toBeLessThanOrEqual(4)
    const retry = await env.raw(FAMILY, 'eldercare', { action: 'placeMealOrder', input: { seniorId, meal: 'lunch', from: '2026-11-30' }, requestId: 'order-wang-1130' })
    expect(retry.result).toMatchObject({ ok: true, data: { placed: [{ status: 'ordered' }] } })
    expect(env.cloud.store.count('meal_orders', { seniorId })).toBe(1)
    expect(env.cloud.store.find('meal_menus', { query: { _id: '2026-11-30_lunch' } })[0]).toMatchObject({ taken: 1, placesLeft: 119 })
    const mine = dataOf(await env.call(FAMILY, 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.title === '助餐：王秀兰 午餐')).toMatchObject({ whenText: '11月30日 周一 午餐' })
  })

  it('warns about dishes that clash with the senior’s needs', async () => {
    const { menus } = dataOf(await env.call(FAMILY, 'eldercare', 'listMenus', { from: '2026-11-30', to: '2026-12-06', seniorId }))
    expect(menus[0]).toMatchObject({ ordered: true, dueText: '7 元' })
    expect(menus[0].conflicts).toEqual([
      { dish: '红烧肉', reason: '含糖较高，不适合糖尿病老人' },
      { dish: '虾仁豆腐', reason: '含虾，老人对此过敏' },
    ])
  })

  it('orders next week’s lunches and reports the full day while keeping the others', async () => {
    dataOf(await env.call(STAFF, 'eldercare', 'placeMealOrder', { seniorId: dataOf(await env.call(STAFF, 'eldercare', 'createSenior', { ...wang, name: '赵桂芝', idNumber: null, phone: null })).id, meal: 'lunch', from: '2026-12-09' }))
    const week = dataOf(await env.call(FAMILY, 'eldercare', 'placeMealOrder', { seniorId, meal: 'lunch', from: '2026-12-07', to: '2026-12-11', weekdays: [1, 2, 3, 4, 5], mode: 'delivery', payment: 'monthly' }))
    expect(week.placed.map((o) => o.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11'])
    expect(week.failed).toEqual([{ day: '2026-12-09', dayText: '12月9日 周三', reason: '这一餐已订满' }])
  })

  it('cancels before the cutoff and locks the order after it, saying when in Shanghai time', async () => {
    const [order] = dataOf(await env.call(FAMILY, 'eldercare', 'myMealOrders', { seniorId })).items.filter((o) => o.day === '2026-12-08')
    expect(dataOf(await env.call(FAMILY, 'eldercare', 'cancelMealOrder', { orderId: order.id })).status).toBe('cancelled')
    expect(env.cloud.store.find('meal_menus', { query: { _id: '2026-12-08_lunch' } })[0]).toMatchObject({ taken: 0, placesLeft: 120 })
    const [today] = dataOf(await env.call(FAMILY, 'eldercare', 'myMealOrders', { seniorId })).items
    now = new Date('2026-11-30T01:00:00Z')
    try {
      const locked = errorOf(await env.call(FAMILY, 'eldercare', 'cancelMealOrder', { orderId: today.id }))
      expect(locked).toMatchObject({ code: 'CONFLICT', message: '已过截止时间（11月30日 周一 09:00），订单已锁定，如有变化请致电中心' })
      expect(dataOf(await env.call(FAMILY, 'eldercare', 'myMealOrders', { seniorId })).items[0]).toMatchObject({ canCancel: false })
    } finally {
      now = new Date('2026-11-30T00:00:00Z')
    }
  })

  it('gives staff the day’s sheet in 3 requests a page, marks a delivery and tells the family once', async () => {
    const sheet = await env.raw(STAFF, 'eldercare', { action: 'dailySheet', input: { day: '2026-11-30', meal: 'lunch' } })
    expect(sheet.dbRequests).toBeLessThanOrEqual(3)
    const data = dataOf(sheet.result as never) as { items: Array<{ orderId: string; marks: string[]; diet: string[]; address: string }>; counts: Record<string, number> }
    expect(data.counts).toMatchObject({ orders: 1, diabetic: 1, allergies: 1, delivery: 1 })
    expect(data.items[0]).toMatchObject({ marks: ['独居'], diet: ['糖尿病', '过敏：虾'], address: '5号楼303' })
    env.grant(FAMILY, ['mealDelivered'])
    dataOf(await env.call(STAFF, 'eldercare', 'markDelivered', { orderId: data.items[0].orderId, outcome: 'delivered' }))
    dataOf(await env.call(STAFF, 'eldercare', 'markDelivered', { orderId: data.items[0].orderId, outcome: 'delivered' }))
    expect(await env.deliver()).toBe(1)
    expect(dataOf(await env.call(FAMILY, 'eldercare', 'myMealOrders', { seniorId, upcoming: false })).items.find((o) => o.day === '2026-11-30')).toMatchObject({ statusText: '已送达' })
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'markDelivered', { orderId: data.items[0].orderId, outcome: 'notHome' })).code).toBe('FORBIDDEN')
    const exported = dataOf(await env.call(STAFF, 'eldercare', 'dailySheet', { day: '2026-11-30', meal: 'lunch', export: true }))
    expect(exported.exportUrl).toMatch(/^http/)
  })

  it('sums the month and lets staff mark it settled', async () => {
    const statement = dataOf(await env.call(FAMILY, 'eldercare', 'monthlyStatement', { seniorId, month: '2026-12' }))
    expect(statement).toMatchObject({ meals: 3, subsidy: 900, due: 2100, dueText: '21 元', settled: false })
    expect(errorOf(await env.call(FAMILY, 'eldercare', 'monthlyStatement', { seniorId, month: '2026-12', settle: true })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call(STAFF, 'eldercare', 'monthlyStatement', { seniorId, month: '2026-12', settle: true })).settled).toBe(true)
  })

  it('refuses a family member who is not linked on everything about the senior', async () => {
    const [order] = dataOf(await env.call(FAMILY, 'eldercare', 'myMealOrders', { seniorId })).items
    const refusals = await Promise.all([
      env.call(STRANGER, 'eldercare', 'getSenior', { seniorId }),
      env.call(STRANGER, 'eldercare', 'updateSenior', { ...wang, seniorId }),
      env.call(STRANGER, 'eldercare', 'placeMealOrder', { seniorId, meal: 'lunch', from: '2026-12-10' }),
      env.call(STRANGER, 'eldercare', 'placeMealOrder', { seniorId, meal: 'dinner', from: '2027-01-10' }),
      env.call(STRANGER, 'eldercare', 'cancelMealOrder', { orderId: order.id }),
      env.call(STRANGER, 'eldercare', 'myMealOrders', { seniorId }),
      env.call(STRANGER, 'eldercare', 'listMenus', { from: '2026-12-07', to: '2026-12-11', seniorId }),
      env.call(STRANGER, 'eldercare', 'monthlyStatement', { seniorId, month: '2026-12' }),
      env.call(STRANGER, 'eldercare', 'dailySheet', { day: '2026-11-30', meal: 'lunch' }),
      env.call(STRANGER, 'eldercare', 'markDelivered', { orderId: order.id, outcome: 'delivered' }),
      env.call(STRANGER, 'eldercare', 'importSeniors', { fileId: 'cloud://env.bucket/uploads/seniorImport/x.csv', kind: 'csv' }),
    ])
    expect(refusals.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(Array(refusals.length).fill('FORBIDDEN'))
  })
})

describe('meal places under races', () => {
  it('gives exactly 120 of 500 simultaneous orders a meal, one per senior', async () => {
    dataOf(await env.call(STAFF, 'eldercare', 'publishMenu', menu('2026-12-01')))
    const docs = Array.from({ length: 500 }, (_, i) => ({ _id: `race-senior-${i}`, name: '测试老人', initials: 'csl', gender: 'male', birthDate: '1950-01-01', idNumber: null, community: '黄河西路第一社区', building: '1号楼', unit: '', room: `${i}`, phone: null, phoneTail: null, living: 'family', mobility: 'independent', diet: { diabetic: false, lowSalt: false, softFood: false, allergies: '' }, subsidy: 'none', contacts: [], healthNotes: '', openid: null, familyIds: [`race-family-${i}`], createdAt: now, updatedAt: now }))
    env.cloud.store.insert('seniors', docs)
    const replies = await Promise.all([
      ...docs.map((d, i) => env.call(env.resident(`race-family-${i}`), 'eldercare', 'placeMealOrder', { seniorId: d._id, meal: 'lunch', from: '2026-12-01' })),
      // one family taps eight times for the same senior
      ...Array.from({ length: 8 }, () => env.call('race-family-0', 'eldercare', 'placeMealOrder', { seniorId: 'race-senior-0', meal: 'lunch', from: '2026-12-01' })),
    ])
    expect(replies.every((r) => r.ok)).toBe(true)
    const orders = env.cloud.store.find('meal_orders', { query: { menuId: '2026-12-01_lunch' }, limit: 1000 })
    expect(orders.filter((o) => o.status === 'ordered')).toHaveLength(120)
    expect(new Set(orders.map((o) => o.seniorId)).size).toBe(orders.length)
    expect(env.cloud.store.find('meal_menus', { query: { _id: '2026-12-01_lunch' } })[0]).toMatchObject({ taken: 120, placesLeft: 0 })
  }, 240_000)
})

describe('importing the register', () => {
  const header = '姓名,身份证号,社区,楼栋,房间,电话,居住情况,饮食需要,过敏,补贴类别,健康备注'
  it('reports every row — added, updated by ID number, refused and why — and writes only when confirmed', async () => {
    const csv = [
      header,
      `王秀兰,${ID_NUMBER},黄河西路第二社区,5,302,13905310001,独居,糖尿病,虾,低保,高血压`,
      '孙玉珍,370102195601011237,黄河西路第一社区,8,502,13905310009,与子女同住,软食,,,心脏支架术后',
      '无证号,,黄河西路第一社区,8,101,,,,,,',
      '错社区,370102195601011237,西城社区,1,1,,,,,,',
    ].join('\n')
    const fileId = await env.upload(STAFF, 'seniorImport', csv, 'csv')
    const preview = dataOf(await env.call(STAFF, 'eldercare', 'importSeniors', { fileId, kind: 'csv' }))
    expect(preview).toMatchObject({ added: 1, updated: 1, refused: 2, written: false })
    expect(preview.rows.map((r) => [r.line, r.outcome])).toEqual([[2, 'updated'], [3, 'added'], [4, 'refused'], [5, 'refused']])
    expect(preview.rows[2].reason).toContain('身份证号')
    expect(JSON.stringify(preview)).not.toContain('370102')
    expect(JSON.stringify(preview)).not.toContain('心脏支架')
    expect(env.cloud.store.count('seniors', { name: '孙玉珍' })).toBe(0)
    const done = dataOf(await env.call(STAFF, 'eldercare', 'importSeniors', { fileId, kind: 'csv', confirm: true }))
    expect(done).toMatchObject({ added: 1, updated: 1, refused: 2, written: true })
    expect(dataOf(await env.call(STAFF, 'eldercare', 'listSeniors', { keyword: 'syz' })).items.map((s) => s.name)).toEqual(['孙玉珍'])
    const other = env.resident('import-stranger')
    const foreign = await env.upload(other, 'seniorImport', csv, 'csv')
    expect(errorOf(await env.call(STAFF, 'eldercare', 'importSeniors', { fileId: foreign, kind: 'csv' })).code).toBe('INVALID_INPUT')
  })

  it('reads ID numbers and phones typed into Excel number cells as text, and refuses an ID number Excel has rounded', async () => {
    const withCheck = (base: string) => base + '10X98765432'[[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((n, w, k) => n + w * Number(base[k]), 0) % 11]
    const bases = Array.from({ length: 100 }, (_, i) => `37010219520304${String(100 + i)}`)
    const withX = withCheck(bases.find((b) => withCheck(b).endsWith('X')) as string)
    const digits = withCheck(bases.find((b) => !withCheck(b).endsWith('X') && !withCheck(b).endsWith('0')) as string)
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('老人名册')
    sheet.addRow(['姓名', '身份证号', '社区', '楼栋', '房间', '电话', '紧急联系人', '紧急联系电话'])
    // the way most community registers arrive: the ID typed into a general (number) cell
    sheet.addRow(['周凤英', Number(digits), '黄河西路第四社区', 3, 201, 13905310021, '周强', 13905310022])
    sheet.addRow(['吴兰英', withX, '黄河西路第四社区', 3, 202, 13905310023, '吴刚', 13905310024])
    const bytes = Buffer.from(await book.xlsx.writeBuffer())
    const fileId = await env.upload(STAFF, 'seniorImport', bytes as unknown as string, 'xlsx')
    const done = dataOf(await env.call(STAFF, 'eldercare', 'importSeniors', { fileId, kind: 'xlsx', confirm: true }))
    expect(done.rows.map((r) => [r.line, r.name, r.outcome])).toEqual([[2, '周凤英', 'refused'], [3, '吴兰英', 'added']])
    expect(done.rows[0].reason).toBe('身份证号：表格把它存成了数字，后几位已丢失（Excel 只保留 15 位）。请把「身份证号」列设为文本格式，重新填写后再导入')
    expect(env.cloud.store.count('seniors', { name: '周凤英' })).toBe(0)
    const [stored] = env.cloud.store.find('seniors', { query: { name: '吴兰英' } })
    expect(stored).toMatchObject({ idNumber: withX, phone: '13905310023', building: '3号楼', room: '202', contacts: [{ name: '吴刚', phone: '13905310024', relation: '紧急联系人' }] })
    expect(JSON.stringify(done)).not.toContain(withX.slice(0, 10))
  })

  it('imports 5,000 rows in one call, within the function’s time limit (config.json: the local cloud enforces it)', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => {
      const base = `3701021950${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
      const id = base + '10X98765432'[w.reduce((n, x, k) => n + x * Number(base[k]), 0) % 11]
      return `老人${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯'[i % 4]},${id},黄河西路第三社区,${1 + (i % 20)},${100 + i},,,,,,`
    })
    const fileId = await env.upload(STAFF, 'seniorImport', [header, ...rows].join('\n'), 'csv')
    const done = dataOf(await env.call(STAFF, 'eldercare', 'importSeniors', { fileId, kind: 'csv', confirm: true }))
    expect(done.added + done.updated + done.refused).toBe(5000)
    expect(done.added).toBeGreaterThan(4000)
  }, 60_000)
})
