import { seedLegal } from '../../emulator/seeds/legal'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 Shanghai
let now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })

const STAFF = 'legal-staff'
const OTHER_STAFF = 'affairs-staff'
const ADMIN = 'street-admin'
const LAWYER = 'persona-lawyer-zhou'
const LAWYER_2 = 'persona-lawyer-qian'
const MEDIATOR = 'persona-mediator-wu'
const MEDIATOR_2 = 'persona-mediator-he'

beforeEach(() => {
  now = new Date('2026-12-01T02:00:00Z')
})

beforeAll(() => {
  seedLegal(env.cloud.store)
  const profile = (name: string) => ({ name, community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'legal' }], profile('林静'))
  env.givenUser(OTHER_STAFF, [{ role: 'centerStaff', center: 'affairs' }], profile('陈敏'))
  env.givenUser(ADMIN, [{ role: 'admin' }], profile('马建华'))
  env.givenUser(LAWYER, [{ role: 'lawyer' }], profile('周正'))
  env.givenUser(LAWYER_2, [{ role: 'lawyer' }], profile('钱立'))
  env.givenUser(MEDIATOR, [{ role: 'mediator' }], profile('吴桂英'))
  env.givenUser(MEDIATOR_2, [{ role: 'mediator' }], profile('何建平'))
  env.givenResident('asker', '王秀兰')
  env.givenResident('neighbour', '李建国')
  env.givenResident('other-party', '赵大海')
})

const ID = '11010519491231002X'
const application = {
  name: '王秀兰',
  idNumber: ID,
  phone: '13912345678',
  who: 'migrant' as const,
  matter: 'wages' as const,
  stage: 'notFiled' as const,
  summary: '在工地干了半年，老板拖欠工资两万元',
  opposingName: '某建筑劳务公司',
}

/** Every one of them gets FORBIDDEN for the record. */
async function forbiddenFor(people: string[], call: (who: string) => Promise<{ ok: boolean }>) {
  for (const who of people) {
    const reply = await call(who)
    expect([who, reply.ok ? 'ok' : (reply as unknown as { error: { code: string } }).error.code]).toEqual([who, 'FORBIDDEN'])
  }
}

describe('legal consultation', () => {
  it('takes a question in at most 4 requests and shows 我的 only its category', async () => {
    const photo = await env.upload('asker', 'legalPhoto', 'contract')
    const run = await env.raw('asker', 'legal', { action: 'askQuestion', input: { category: '婚姻家庭', text: '离婚后孩子的抚养费怎么算？', photos: [photo] } })
    const asked = dataOf(run.result as never) as { id: string; title: string; status: string; photoUrls: string[] }
    expect(asked).toMatchObject({ title: '法律咨询（婚姻家庭）', status: 'waiting' })
    expect(asked.photoUrls).toHaveLength(1)
    expect(run.dbRequests).toBeLessThanOrEqual(4)
    const mine = dataOf(await env.call('asker', 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.center === 'legal')).toMatchObject({ title: '法律咨询（婚姻家庭）', statusText: '等待律师答复' })
    expect(JSON.stringify(mine)).not.toContain('抚养费')
  })

  it('refuses text that fails the content check, naming the field', async () => {
    const e = errorOf(await env.call('asker', 'legal', 'askQuestion', { category: '借贷', text: '赌博欠的钱要还吗' }))
    expect(e).toMatchObject({ code: 'INVALID_INPUT', fields: { text: '内容未通过安全检查，请修改后再提交' } })
  })

  it('goes question → answer → follow-up → answer → close → rating, private to the asker and the lawyer who picked it up', async () => {
    const c = dataOf(await env.call('asker', 'legal', 'askQuestion', { category: '劳动争议', text: '公司不签劳动合同怎么办？' }))
    // before pickup every lawyer on duty sees it; nobody else
    await forbiddenFor(['neighbour', OTHER_STAFF, MEDIATOR], (p) => env.call(p, 'legal', 'getConsultation', { consultationId: c.id }))
    dataOf(await env.call(LAWYER_2, 'legal', 'getConsultation', { consultationId: c.id }))
    const answered = dataOf(await env.call(LAWYER, 'legal', 'answerConsultation', { consultationId: c.id, text: '可以主张双倍工资，先保留工资流水。' }))
    expect(answered).toMatchObject({ status: 'answered', lawyerName: '周正' })
    // picked up: the other lawyer, another resident and other staff get FORBIDDEN on every action
    await forbiddenFor([LAWYER_2, 'neighbour', OTHER_STAFF], (p) => env.call(p, 'legal', 'getConsultation', { consultationId: c.id }))
    await forbiddenFor([LAWYER_2], (p) => env.call(p, 'legal', 'answerConsultation', { consultationId: c.id, text: '我也来答' }))
    await forbiddenFor(['neighbour', LAWYER_2], (p) => env.call(p, 'legal', 'followUp', { consultationId: c.id, text: '追问' }))
    await forbiddenFor(['neighbour', LAWYER_2], (p) => env.call(p, 'legal', 'closeConsultation', { consultationId: c.id }))
    await forbiddenFor(['neighbour', LAWYER], (p) => env.call(p, 'legal', 'rateConsultation', { consultationId: c.id, rating: 1 }))
    expect(errorOf(await env.call(OTHER_STAFF, 'legal', 'answerConsultation', { consultationId: c.id, text: '答' })).code).toBe('FORBIDDEN')
    const followed = dataOf(await env.call('asker', 'legal', 'followUp', { consultationId: c.id, text: '工资流水在哪里打印？' }))
    expect(followed).toMatchObject({ status: 'waiting', canFollowUp: false })
    const again = dataOf(await env.call(LAWYER, 'legal', 'answerConsultation', { consultationId: c.id, text: '到发工资的银行柜台打印。' }))
    expect(again.messages.map((m) => m.from)).toEqual(['asker', 'lawyer', 'asker', 'lawyer'])
    const rated = dataOf(await env.call('asker', 'legal', 'rateConsultation', { consultationId: c.id, rating: 5, comment: '很清楚' }))
    expect(rated).toMatchObject({ status: 'closed', rating: 5, canRate: false })
    expect(errorOf(await env.call('asker', 'legal', 'followUp', { consultationId: c.id, text: '再问' })).code).toBe('CONFLICT')
    // the lawyer's reads are in the access log the administrator reviews
    const log = dataOf(await env.call(ADMIN, 'legal', 'caseAccessLog', { caseId: c.id }))
    expect(log.items.map((e) => e.staffName)).toEqual(['钱立'])
    expect(errorOf(await env.call(STAFF, 'legal', 'caseAccessLog', { caseId: c.id })).code).toBe('FORBIDDEN')
  })

  it('flags questions unanswered for more than a day on the board, oldest first, in at most 2 requests a page', async () => {
    now = new Date('2026-12-03T02:00:00Z')
    const fresh = dataOf(await env.call('neighbour', 'legal', 'askQuestion', { category: '邻里纠纷', text: '楼上漏水不修怎么办？' }))
    const run = await env.raw(STAFF, 'legal', { action: 'listCases', input: { kind: 'consultation' } })
    const board = dataOf(run.result as never) as { items: Array<{ id: string; title: string; flagged: boolean; who: string }> }
    expect(run.dbRequests).toBeLessThanOrEqual(2)
    expect(board.items[0]).toMatchObject({ title: '法律咨询（婚姻家庭）', flagged: true, who: '王*兰' })
    expect(board.items.find((i) => i.id === fresh.id)?.flagged).toBe(false)
    expect(JSON.stringify(board)).not.toContain('漏水')
    expect(errorOf(await env.call('neighbour', 'legal', 'listCases', { kind: 'consultation' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_STAFF, 'legal', 'listCases', { kind: 'aid' })).code).toBe('FORBIDDEN')
  })
})

describe('legal-aid eligibility', () => {
  it('tells a migrant worker owed wages that no hardship check applies and routes to an application, even before signing in', async () => {
    const r = dataOf(await env.call(null, 'legal', 'checkEligibility', { who: 'migrant', matter: 'wages', stage: 'arbitration' }))
    expect(r).toMatchObject({ hardship: 'exempt', route: 'aid' })
  })
})

describe('legal-aid application', () => {
  it('refuses a mistyped ID number and asks for the hardship declaration where it applies', async () => {
    expect(errorOf(await env.call('asker', 'legal', 'applyAid', { ...application, idNumber: '110105194912310021' })).fields).toEqual({ idNumber: '身份证号不正确，请核对后重新填写' })
    expect(errorOf(await env.call('asker', 'legal', 'applyAid', { ...application, who: 'other', matter: 'family' })).fields).toEqual({ hardship: '请填写家庭人口、月收入和经济困难说明' })
  })

  it('returns for a missing document, takes the resubmission, decides within 7 working days and assigns a lawyer within 3', async () => {
    env.grant('asker', ['legalProgress'], 5)
    const run = await env.raw('asker', 'legal', { action: 'applyAid', input: { ...application, materialFiles: [await env.upload('asker', 'legalMaterial', 'id-card')] } })
    const app = dataOf(run.result as never) as { id: string; idNumber: string; maskedIdNumber: string; status: string; hearBackText: string }
    expect(run.dbRequests).toBeLessThanOrEqual(4)
    expect(app).toMatchObject({ status: 'submitted', idNumber: '1101**********002X', maskedIdNumber: '1101**********002X' })
    const mine = dataOf(await env.call('asker', 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.title === '法律援助申请')).toBeTruthy()
    expect(JSON.stringify(mine)).not.toContain(ID)

    // nobody but the applicant and the center's staff reads or moves it
    await forbiddenFor(['neighbour', LAWYER, MEDIATOR, OTHER_STAFF], (p) => env.call(p, 'legal', 'getAidApplication', { applicationId: app.id }))
    await forbiddenFor([LAWYER, OTHER_STAFF, 'neighbour'], (p) => env.call(p, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }))
    await forbiddenFor(['neighbour'], (p) => env.call(p, 'legal', 'applyAid', { ...application, applicationId: app.id }))
    const seen = dataOf(await env.call(STAFF, 'legal', 'getAidApplication', { applicationId: app.id }))
    expect(seen.idNumber).toBe(ID)

    const returned = dataOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'return', missing: ['劳动关系证明（工牌、考勤等）'] }))
    expect(returned).toMatchObject({ status: 'returned', missing: ['劳动关系证明（工牌、考勤等）'] })
    // the resident's own view of it keeps the photos sent before; one more is added
    const own = dataOf(await env.call('asker', 'legal', 'getAidApplication', { applicationId: app.id }))
    const more = [...own.materialFiles, await env.upload('asker', 'legalMaterial', 'badge')]
    const resubmitted = dataOf(await env.call('asker', 'legal', 'applyAid', { ...application, materialFiles: more, applicationId: app.id }))
    expect(resubmitted).toMatchObject({ status: 'submitted', missing: [] })
    expect(resubmitted.materialUrls).toHaveLength(2)

    const complete = dataOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }))
    // complete on Tue 1 Dec: 7 working days → end of Thu 10 Dec
    expect(complete.dueAt).toBe('2026-12-10T16:00:00.000Z')
    const forResident = dataOf(await env.call('asker', 'legal', 'getAidApplication', { applicationId: app.id }))
    expect(forResident.hearBackText).toBe('我们将在 12月10日 周四 前告知您审查决定')
    expect(forResident.idNumber).toBe('1101**********002X')

    await forbiddenFor([LAWYER, OTHER_STAFF], (p) => env.call(p, 'legal', 'decideAid', { applicationId: app.id, decision: 'approve' }))
    now = new Date('2026-12-04T02:00:00Z')
    const approved = dataOf(await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'approve' }))
    // approved Fri 4 Dec: 3 working days → end of Wed 9 Dec
    expect(approved).toMatchObject({ status: 'approved', dueAt: '2026-12-09T16:00:00.000Z' })
    await forbiddenFor([LAWYER, OTHER_STAFF], (p) => env.call(p, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-zhou' }))
    const assigned = dataOf(await env.call(STAFF, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-zhou' }))
    expect(assigned).toMatchObject({ status: 'assigned', lawyerName: '周正', dueAt: null })
    expect(assigned.timeline.map((t) => t.text)).toEqual(['提交申请', '退回补充材料', '补充材料后重新提交', '材料齐全，受理审查', '决定给予法律援助', '指派律师'])

    // the assigned lawyer now reads it in full; the other lawyer still may not
    expect(dataOf(await env.call(LAWYER, 'legal', 'getAidApplication', { applicationId: app.id })).idNumber).toBe(ID)
    await forbiddenFor([LAWYER_2], (p) => env.call(p, 'legal', 'getAidApplication', { applicationId: app.id }))
    const log = dataOf(await env.call(ADMIN, 'legal', 'caseAccessLog', { caseId: app.id }))
    expect(log.items.map((e) => e.staffName)).toEqual(['周正', '林静'])

    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'asker', templateId: 'TPL_LEGAL_PROGRESS' } }).length).toBeGreaterThanOrEqual(5)
  })

  it('puts overdue applications first on the staff board, and deadlines follow the staff calendar corrections', async () => {
    dataOf(await env.call(STAFF, 'legal', 'setWorkdayCorrections', { corrections: [{ day: '2026-11-25', kind: 'off' }] }))
    now = new Date('2026-11-20T02:00:00Z')
    const old = dataOf(await env.call('neighbour', 'legal', 'applyAid', { ...application, name: '李建国' }))
    // Fri 20 Nov complete; 25 Nov closed by staff: 23, 24, 26, 27, 30 Nov, 1, 2 Dec → due end of Wed 2 Dec
    expect(dataOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: old.id, decision: 'accept' })).dueAt).toBe('2026-12-02T16:00:00.000Z')
    now = new Date('2026-12-03T02:00:00Z')
    const run = await env.raw(STAFF, 'legal', { action: 'listCases', input: { kind: 'aid' } })
    const board = dataOf(run.result as never) as { items: Array<{ id: string; flagged: boolean; dueText: string | null }> }
    expect(run.dbRequests).toBeLessThanOrEqual(2)
    expect(board.items[0]).toMatchObject({ id: old.id, flagged: true, dueText: '审查决定期限 12月2日 周三' })
    expect(JSON.stringify(board)).not.toContain(ID)
  })

  it('refuses in writing; the applicant may ask for one review', async () => {
    const app = dataOf(await env.call('other-party', 'legal', 'applyAid', { ...application, name: '赵大海' }))
    dataOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }))
    expect(errorOf(await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'refuse' })).fields).toEqual({ reason: '不予法律援助须书面说明理由' })
    const refused = dataOf(await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'refuse', reason: '对方已足额支付工资' }))
    expect(refused).toMatchObject({ status: 'refused', refusalReason: '对方已足额支付工资' })
    await forbiddenFor(['neighbour', STAFF], (p) => env.call(p, 'legal', 'requestAidReview', { applicationId: app.id, reason: '并未支付' }))
    const review = dataOf(await env.call('other-party', 'legal', 'requestAidReview', { applicationId: app.id, reason: '对方只付了一半' }))
    expect(review).toMatchObject({ status: 'reviewRequested', canRequestReview: false })
    dataOf(await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'refuse', reason: '复核维持' }))
    expect(errorOf(await env.call('other-party', 'legal', 'requestAidReview', { applicationId: app.id, reason: '再复核' })).code).toBe('CONFLICT')
  })
})

describe('mediation', () => {
  async function invited(mediatorId?: string) {
    const m = dataOf(await env.call('asker', 'legal', 'applyMediation', { dispute: '楼上装修噪音每天到深夜', otherName: '赵大海', otherPhone: '13712345678', mediatorId }))
    return m
  }

  it('ends the case when the other party refuses the invitation', async () => {
    const m = await invited()
    expect(m.inviteCode).toMatch(/^[A-Z2-9]{6}$/)
    const refused = dataOf(await env.call('other-party', 'legal', 'respondMediation', { code: m.inviteCode as string, accept: false, reason: '已经私下解决' }))
    expect(refused).toMatchObject({ status: 'refused', refusalReason: '已经私下解决', role: 'respondent' })
    expect(errorOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' })).code).toBe('CONFLICT')
    // ended for good: no step moves it again, and the code is used up
    expect(refused).toMatchObject({ canRespond: false, canEscalate: false, canConfirm: false })
    expect(errorOf(await env.call(STAFF, 'legal', 'respondMediation', { mediationId: m.id, accept: true })).code).toBe('CONFLICT')
    expect(errorOf(await env.call('asker', 'legal', 'escalateMediation', { mediationId: m.id })).code).toBe('CONFLICT')
    expect(errorOf(await env.call('neighbour', 'legal', 'respondMediation', { code: m.inviteCode as string, accept: true })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call('other-party', 'legal', 'respondMediation', { code: m.inviteCode as string, accept: true }, { requestId: 'after-refusal' })).code).toBe('NOT_FOUND')
    // off the staff board; the applicant's 我的 says it ended, nothing is in flight for the one who refused
    const board = dataOf(await env.call(STAFF, 'legal', 'listCases', { kind: 'mediation', pageSize: 50 }))
    expect(board.items.map((i) => i.id)).not.toContain(m.id)
    const mine = dataOf(await env.call('asker', 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.link.includes(m.id))).toMatchObject({ statusText: '对方不同意调解，已终止', nextAt: null })
    const theirs = dataOf(await env.call('other-party', 'account', 'listMyItems', { pageSize: 50 }))
    expect(theirs.items.find((i) => i.link.includes(m.id))).toBeUndefined()
  })

  it('takes consent, mediates, fails, escalates to administrative then judicial with the same case number and history, and agrees', async () => {
    env.grant('asker', ['legalProgress'], 20)
    const m = await invited('mediator-wu')
    await forbiddenFor(['neighbour', MEDIATOR, LAWYER, OTHER_STAFF], (p) => env.call(p, 'legal', 'getMediation', { mediationId: m.id }))
    await forbiddenFor(['neighbour'], (p) => env.call(p, 'legal', 'respondMediation', { mediationId: m.id, accept: true }))
    dataOf(await env.call('other-party', 'legal', 'respondMediation', { code: m.inviteCode as string, accept: true }))
    await forbiddenFor([OTHER_STAFF, MEDIATOR, 'neighbour'], (p) => env.call(p, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }))
    dataOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }))
    // the mediator not assigned cannot read or handle it
    await forbiddenFor([MEDIATOR_2, 'neighbour'], (p) => env.call(p, 'legal', 'getMediation', { mediationId: m.id }))
    await forbiddenFor([MEDIATOR_2], (p) => env.call(p, 'legal', 'scheduleSession', { mediationId: m.id, at: '2026-12-05T02:00:00Z', place: '调解室' }))
    await forbiddenFor([MEDIATOR_2], (p) => env.call(p, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'failure', reason: '分歧大' }))
    const scheduled = dataOf(await env.call(MEDIATOR, 'legal', 'scheduleSession', { mediationId: m.id, at: '2026-12-05T02:00:00Z', place: '街道人民调解室' }))
    expect(scheduled.sessions).toHaveLength(1)
    // the respondent sees the case; the phone of the other party is masked for them only
    expect(dataOf(await env.call('other-party', 'legal', 'getMediation', { mediationId: m.id })).respondentPhone).toBe('137****5678')
    dataOf(await env.call(MEDIATOR, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'failure', reason: '赔偿金额分歧大' }))
    await forbiddenFor(['neighbour', MEDIATOR_2, OTHER_STAFF], (p) => env.call(p, 'legal', 'escalateMediation', { mediationId: m.id }))
    const before = dataOf(await env.call('asker', 'legal', 'getMediation', { mediationId: m.id })).history
    const admin = dataOf(await env.call('asker', 'legal', 'escalateMediation', { mediationId: m.id }))
    expect(admin).toMatchObject({ id: m.id, level: 'administrative', status: 'accepted', caseNo: m.caseNo, mediatorName: null })
    // the whole history carries over unchanged, the escalation added to it
    expect(admin.history.slice(0, before.length)).toEqual(before)
    expect(admin.history[before.length]).toMatchObject({ level: 'administrative', text: '转入下一级调解', by: '申请人' })
    // still one case for both parties: in their lists and in 我的
    for (const p of ['asker', 'other-party']) {
      const cases = dataOf(await env.call(p, 'legal', 'myMediations', { pageSize: 50 })).items.filter((c) => c.caseNo === m.caseNo)
      expect(cases.map((c) => [c.id, c.levelText])).toEqual([[m.id, '行政调解']])
      const rows = dataOf(await env.call(p, 'account', 'listMyItems', { pageSize: 50 })).items.filter((i) => i.link.includes(m.id))
      expect(rows.map((i) => i.title)).toEqual(['调解申请（行政调解）'])
    }
    // the former mediator no longer holds the case
    expect(errorOf(await env.call(MEDIATOR, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'failure', reason: 'x' })).code).toBe('FORBIDDEN')
    dataOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-he' }))
    dataOf(await env.call(STAFF, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'failure', reason: '仍未达成一致' }))
    const judicial = dataOf(await env.call('other-party', 'legal', 'escalateMediation', { mediationId: m.id }))
    expect(judicial).toMatchObject({ level: 'judicial', caseNo: m.caseNo })
    dataOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }))
    const agreed = dataOf(await env.call(MEDIATOR, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'agreement', terms: '装修限 8:00–18:00，赔偿 500 元', performance: '12月10日前微信转账' }))
    expect(agreed.status).toBe('agreed')
    await forbiddenFor(['neighbour', MEDIATOR_2], (p) => env.call(p, 'legal', 'confirmAgreement', { mediationId: m.id }))
    expect(errorOf(await env.call(MEDIATOR, 'legal', 'confirmAgreement', { mediationId: m.id })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call('asker', 'legal', 'confirmAgreement', { mediationId: m.id })).status).toBe('agreed')
    const confirmed = dataOf(await env.call('other-party', 'legal', 'confirmAgreement', { mediationId: m.id }))
    expect(confirmed).toMatchObject({ status: 'confirmed', judicialConfirmBy: '2026-12-31T02:00:00.000Z' })
    expect(confirmed.history.map((h) => h.level)).toEqual(expect.arrayContaining(['people', 'administrative', 'judicial']))
    expect(confirmed.history.length).toBeGreaterThanOrEqual(12)
    expect(errorOf(await env.call('asker', 'legal', 'escalateMediation', { mediationId: m.id })).code).toBe('CONFLICT')
    // both parties see it in 我的, titled by the level only
    const theirs = dataOf(await env.call('other-party', 'account', 'listMyItems', {}))
    expect(theirs.items.find((i) => i.link.includes(m.id))).toMatchObject({ title: '调解申请（司法调解）', statusText: '协议已确认' })
    expect(JSON.stringify(theirs)).not.toContain('噪音')
  })

  it('lets staff record consent the other party gave offline', async () => {
    const m = await invited()
    const r = dataOf(await env.call(STAFF, 'legal', 'respondMediation', { mediationId: m.id, accept: true }))
    expect(r).toMatchObject({ status: 'accepted', role: 'staff' })
    expect(r.history[r.history.length - 1].by).toBe('法律援助中心 林静（线下征得意见）')
  })
})

describe('what a step by staff, a lawyer or a mediator replies with', () => {
  it('masks the ID number and phone and leaves out finances and photos on every staff step; only the detail reads show them, each in the access log', async () => {
    const photo = await env.upload('neighbour', 'legalMaterial', 'id-card')
    const app = dataOf(await env.call('neighbour', 'legal', 'applyAid', { ...application, name: '李建国', materialFiles: [photo] }))
    now = new Date('2026-12-01T02:01:00Z')
    const read = dataOf(await env.call(STAFF, 'legal', 'getAidApplication', { applicationId: app.id }))
    expect(read).toMatchObject({ idNumber: ID, phone: '13912345678' })
    expect(read.materialUrls).toHaveLength(1)
    const replies = [
      await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }),
      await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'approve' }),
      await env.call(STAFF, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-zhou' }, { requestId: 'assign-masked-1' }),
      // the same step retried after a lost reply answers the same way
      await env.call(STAFF, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-zhou' }, { requestId: 'assign-masked-1' }),
    ]
    for (const reply of replies.map(dataOf)) {
      expect(reply).toMatchObject({ idNumber: '1101**********002X', phone: '139****5678', materialUrls: [], materialFiles: [], hardship: null })
      expect(JSON.stringify(reply)).not.toContain(ID)
    }
    now = new Date('2026-12-01T02:02:00Z')
    expect(dataOf(await env.call(LAWYER, 'legal', 'getAidApplication', { applicationId: app.id })).idNumber).toBe(ID)
    const log = dataOf(await env.call(ADMIN, 'legal', 'caseAccessLog', { caseId: app.id }))
    expect(log.items.map((e) => [e.staffName, e.action])).toEqual([
      ['周正', '查看法律援助申请'],
      ['林静', '查看法律援助申请'],
    ])
  })

  it('masks the other party’s phone on the staff’s and the mediator’s steps; their reads of the case show it and are logged', async () => {
    const m = dataOf(await env.call('asker', 'legal', 'applyMediation', { dispute: '共用过道堆放杂物', otherName: '赵大海', otherPhone: '13712345678' }))
    dataOf(await env.call('other-party', 'legal', 'respondMediation', { code: m.inviteCode as string, accept: true }))
    const replies = [
      await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }),
      await env.call(MEDIATOR, 'legal', 'scheduleSession', { mediationId: m.id, at: '2026-12-05T02:00:00Z', place: '街道人民调解室' }),
      await env.call(MEDIATOR, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'failure', reason: '分歧大' }),
      await env.call(STAFF, 'legal', 'escalateMediation', { mediationId: m.id }),
    ].map(dataOf)
    for (const reply of replies) expect(reply.respondentPhone).toBe('137****5678')
    // the applicant entered the number: they see it in full
    expect(dataOf(await env.call('asker', 'legal', 'getMediation', { mediationId: m.id })).respondentPhone).toBe('13712345678')
    now = new Date('2026-12-01T02:05:00Z')
    expect(dataOf(await env.call(STAFF, 'legal', 'getMediation', { mediationId: m.id })).respondentPhone).toBe('13712345678')
    const log = dataOf(await env.call(ADMIN, 'legal', 'caseAccessLog', { caseId: m.id }))
    expect(log.items.map((e) => [e.staffName, e.action])).toEqual([['林静', '查看调解案件']])
  })

  it('leaves the photos out of a lawyer’s answer; the lawyer’s read of the thread shows them and is logged', async () => {
    const photo = await env.upload('neighbour', 'legalPhoto', 'iou')
    const c = dataOf(await env.call('neighbour', 'legal', 'askQuestion', { category: '借贷', text: '借条写错了日期还有效吗？', photos: [photo] }))
    expect(dataOf(await env.call(LAWYER, 'legal', 'getConsultation', { consultationId: c.id })).photoUrls).toHaveLength(1)
    const answered = dataOf(await env.call(LAWYER, 'legal', 'answerConsultation', { consultationId: c.id, text: '一般仍然有效，可补充其他证据。' }))
    expect(answered.photoUrls).toEqual([])
    expect(dataOf(await env.call(LAWYER, 'legal', 'closeConsultation', { consultationId: c.id })).photoUrls).toEqual([])
    expect(dataOf(await env.call('neighbour', 'legal', 'getConsultation', { consultationId: c.id })).photoUrls).toHaveLength(1)
    const log = dataOf(await env.call(ADMIN, 'legal', 'caseAccessLog', { caseId: c.id }))
    expect(log.items.map((e) => e.staffName)).toEqual(['周正'])
  })
})

describe('who may read a legal record', () => {
  it('refuses every read action to another resident, a lawyer or mediator not assigned, and staff of another center', async () => {
    const c = dataOf(await env.call('asker', 'legal', 'askQuestion', { category: '房产物业', text: '物业不退押金怎么办？' }))
    dataOf(await env.call(LAWYER, 'legal', 'answerConsultation', { consultationId: c.id, text: '先书面催告，保留收据。' }))
    dataOf(await env.call('asker', 'legal', 'followUp', { consultationId: c.id, text: '催告要怎么写？' }))
    const app = dataOf(await env.call('asker', 'legal', 'applyAid', application))
    dataOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }))
    dataOf(await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'approve' }))
    dataOf(await env.call(STAFF, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-zhou' }))
    const m = dataOf(await env.call('asker', 'legal', 'applyMediation', { dispute: '空调外机噪音', otherName: '赵大海', otherPhone: '13712345678' }))
    dataOf(await env.call('other-party', 'legal', 'respondMediation', { code: m.inviteCode as string, accept: true }))
    dataOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }))

    const outsiders = ['neighbour', LAWYER_2, MEDIATOR_2, OTHER_STAFF]
    const reads: Array<[string, (p: string) => Promise<{ ok: boolean }>]> = [
      // consultations are for the asker and the lawyer who picked it up: the center's other staff included
      ['getConsultation', (p) => env.call(p, 'legal', 'getConsultation', { consultationId: c.id })],
      ['getAidApplication', (p) => env.call(p, 'legal', 'getAidApplication', { applicationId: app.id })],
      ['getMediation', (p) => env.call(p, 'legal', 'getMediation', { mediationId: m.id })],
      ...[c.id, app.id, m.id].map((caseId): [string, (p: string) => Promise<{ ok: boolean }>] => ['caseAccessLog', (p) => env.call(p, 'legal', 'caseAccessLog', { caseId })]),
    ]
    for (const [, read] of reads) await forbiddenFor(outsiders, read)
    await forbiddenFor([STAFF, MEDIATOR], (p) => env.call(p, 'legal', 'getConsultation', { consultationId: c.id }))
    await forbiddenFor([STAFF, LAWYER, MEDIATOR, 'asker'], (p) => env.call(p, 'legal', 'caseAccessLog', { caseId: app.id }))
    for (const kind of ['consultation', 'aid', 'mediation'] as const) await forbiddenFor(['neighbour', OTHER_STAFF], (p) => env.call(p, 'legal', 'listCases', { kind }))
    // their own boards do not list what is not theirs
    const queue = dataOf(await env.call(LAWYER_2, 'legal', 'listCases', { kind: 'consultation', pageSize: 50 }))
    expect(queue.items.map((i) => i.id)).not.toContain(c.id)
    expect(dataOf(await env.call(LAWYER_2, 'legal', 'listCases', { kind: 'aid', pageSize: 50 })).items.map((i) => i.id)).not.toContain(app.id)
    expect(dataOf(await env.call(MEDIATOR_2, 'legal', 'listCases', { kind: 'mediation', pageSize: 50 })).items.map((i) => i.id)).not.toContain(m.id)
    // those who hold them read them
    expect(dataOf(await env.call(LAWYER, 'legal', 'listCases', { kind: 'consultation', pageSize: 50 })).items.map((i) => i.id)).toContain(c.id)
    expect(dataOf(await env.call(MEDIATOR, 'legal', 'listCases', { kind: 'mediation', pageSize: 50 })).items.map((i) => i.id)).toContain(m.id)
    for (const [p, read] of [[LAWYER, reads[0][1]], [LAWYER, reads[1][1]], [MEDIATOR, reads[2][1]], ['other-party', reads[2][1]], [ADMIN, reads[3][1]]] as const) {
      expect([p, (await read(p)).ok]).toEqual([p, true])
    }
  })
})

describe('the access log the administrator reviews', () => {
  it('lists every staff read of every case, the latest first, naming the case by its number and never the person', async () => {
    now = new Date('2026-12-09T02:00:00Z')
    const app = dataOf(await env.call('neighbour', 'legal', 'applyAid', { ...application, name: '李建国' }))
    dataOf(await env.call(STAFF, 'legal', 'getAidApplication', { applicationId: app.id }))
    now = new Date('2026-12-09T02:01:00Z')
    const m = dataOf(await env.call('neighbour', 'legal', 'applyMediation', { dispute: '楼道电动车充电', otherName: '赵大海', otherPhone: '13712345678' }))
    dataOf(await env.call(STAFF, 'legal', 'getMediation', { mediationId: m.id }))
    const run = await env.raw(ADMIN, 'legal', { action: 'caseAccessLog', input: { pageSize: 2 } })
    const log = dataOf(run.result as never) as { items: Array<{ caseId: string; caseLabel: string; staffName: string; action: string; kind: string }>; hasMore: boolean }
    expect(run.dbRequests).toBeLessThanOrEqual(2)
    expect(log.items.map((e) => [e.caseId, e.kind, e.caseLabel, e.staffName, e.action])).toEqual([
      [m.id, 'mediation', `人民调解 ${m.caseNo}`, '林静', '查看调解案件'],
      [app.id, 'aid', `法律援助 ${app.caseNo}`, '林静', '查看法律援助申请'],
    ])
    expect(log.hasMore).toBe(true)
    expect(JSON.stringify(log)).not.toMatch(/李建国|13712345678|11010519491231002X/)
    await forbiddenFor([STAFF, OTHER_STAFF, LAWYER, 'neighbour'], (p) => env.call(p, 'legal', 'caseAccessLog', {}))
  })
})
