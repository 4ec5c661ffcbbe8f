/**
 * What each action of the legal function costs in database requests (issue 13: every submit ≤ 4, listCases ≤ 2 a
 * page; details and lists ≤ 2). Submits are measured as the app sends them — with a request id — and retried with the
 * same id after a lost reply. Every action has its row; a new action gets one.
 */
import type { CloudResult } from '@/shared/result'
import { seedLegal } from '../../emulator/seeds/legal'
import { dataOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 in Shanghai
let now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })

const STAFF = 'budget-legal-staff'
const ADMIN = 'budget-admin'
const LAWYER = 'persona-lawyer-zhou'
const MEDIATOR = 'persona-mediator-wu'
const ASKER = 'budget-asker'
const OTHER = 'budget-other-party'
const BOOKER = 'budget-booker'

beforeAll(() => {
  seedLegal(env.cloud.store)
  const profile = (name: string) => ({ name, community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'legal' }], profile('林静'))
  env.givenUser(ADMIN, [{ role: 'admin' }], profile('马建华'))
  env.givenUser(LAWYER, [{ role: 'lawyer' }], profile('周正'))
  env.givenUser(MEDIATOR, [{ role: 'mediator' }], profile('吴桂英'))
  env.givenResident(ASKER, '王秀兰')
  env.givenResident(OTHER, '赵大海')
  env.givenResident(BOOKER, '李建国')
})

const application = {
  name: '王秀兰',
  idNumber: '11010519491231002X',
  phone: '13912345678',
  who: 'migrant' as const,
  matter: 'wages' as const,
  stage: 'notFiled' as const,
  summary: '在工地干了半年，老板拖欠工资两万元',
  opposingName: '某建筑劳务公司',
}

/** what the rows pass on to the rows after them */
const state: Record<string, string> = {}
const id = (run: { result: CloudResult<unknown> }) => (dataOf(run.result) as { id: string }).id

type Measured = { result: CloudResult<unknown>; requests: number }
type Row = [what: string, budget: number, run: () => Promise<Measured>]

const rows: Row[] = [
  // ---- consultation
  ['askQuestion: with a photo, with a request id', 4, async () => {
    const photo = await env.upload(ASKER, 'legalPhoto', 'contract')
    state.photo = photo
    const run = await env.counted(ASKER, 'legal', 'askQuestion', { category: '婚姻家庭', text: '离婚后孩子的抚养费怎么算？', photos: [photo] }, { requestId: 'ask-00001' })
    state.consultation = id(run)
    return run
  }],
  ['askQuestion: the same request retried (nothing written)', 4, async () => {
    const run = await env.counted(ASKER, 'legal', 'askQuestion', { category: '婚姻家庭', text: '离婚后孩子的抚养费怎么算？', photos: [state.photo] }, { requestId: 'ask-00001' })
    expect(id(run)).toBe(state.consultation)
    return run
  }],
  ['myConsultations: a page', 1, () => env.counted(ASKER, 'legal', 'myConsultations', {})],
  ['getConsultation: the asker', 2, () => env.counted(ASKER, 'legal', 'getConsultation', { consultationId: state.consultation })],
  ['getConsultation: a lawyer on duty (the read logged)', 2, () => env.counted(LAWYER, 'legal', 'getConsultation', { consultationId: state.consultation })],
  ['answerConsultation: the thread, the answer, 我的, the notice', 4, () =>
    env.counted(LAWYER, 'legal', 'answerConsultation', { consultationId: state.consultation, text: '可按子女实际需要和父母负担能力确定。' }, { requestId: 'answer-0001' })],
  ['answerConsultation: the same request retried', 4, () =>
    env.counted(LAWYER, 'legal', 'answerConsultation', { consultationId: state.consultation, text: '可按子女实际需要和父母负担能力确定。' }, { requestId: 'answer-0001' })],
  ['followUp', 4, () => env.counted(ASKER, 'legal', 'followUp', { consultationId: state.consultation, text: '需要准备什么材料？' }, { requestId: 'follow-0001' })],
  ['rateConsultation', 4, async () => {
    dataOf(await env.call(LAWYER, 'legal', 'answerConsultation', { consultationId: state.consultation, text: '收入证明和子女开销票据。' }))
    return env.counted(ASKER, 'legal', 'rateConsultation', { consultationId: state.consultation, rating: 5 }, { requestId: 'rate-00001' })
  }],
  ['closeConsultation', 4, async () => {
    const c = dataOf(await env.call(ASKER, 'legal', 'askQuestion', { category: '借贷', text: '朋友借钱不还怎么办？' }))
    return env.counted(ASKER, 'legal', 'closeConsultation', { consultationId: c.id }, { requestId: 'close-0001' })
  }],
  ['checkEligibility', 0, () => env.counted(null, 'legal', 'checkEligibility', { who: 'migrant', matter: 'wages', stage: 'notFiled' })],

  // ---- legal-aid application (staff steps 5–6: return, accept, decide, assign)
  ['applyAid: with a material photo, with a request id', 4, async () => {
    state.material = await env.upload(ASKER, 'legalMaterial', 'id-card')
    const run = await env.counted(ASKER, 'legal', 'applyAid', { ...application, materialFiles: [state.material] }, { requestId: 'apply-0001' })
    state.aid = id(run)
    return run
  }],
  ['applyAid: the same request retried', 4, async () => {
    const run = await env.counted(ASKER, 'legal', 'applyAid', { ...application, materialFiles: [state.material] }, { requestId: 'apply-0001' })
    expect(id(run)).toBe(state.aid)
    return run
  }],
  ['myAidApplications: a page', 1, () => env.counted(ASKER, 'legal', 'myAidApplications', {})],
  ['getAidApplication: the applicant', 2, () => env.counted(ASKER, 'legal', 'getAidApplication', { applicationId: state.aid })],
  ['getAidApplication: staff (the read logged)', 2, () => env.counted(STAFF, 'legal', 'getAidApplication', { applicationId: state.aid })],
  ['reviewAid: returned for a missing document', 4, () =>
    env.counted(STAFF, 'legal', 'reviewAid', { applicationId: state.aid, decision: 'return', missing: ['劳动关系证明'] }, { requestId: 'return-0001' })],
  ['reviewAid: the same request retried', 4, () =>
    env.counted(STAFF, 'legal', 'reviewAid', { applicationId: state.aid, decision: 'return', missing: ['劳动关系证明'] }, { requestId: 'return-0001' })],
  ['applyAid: resubmitted with one more photo', 4, async () => {
    const badge = await env.upload(ASKER, 'legalMaterial', 'badge')
    return env.counted(ASKER, 'legal', 'applyAid', { ...application, materialFiles: [state.material, badge], applicationId: state.aid }, { requestId: 'resubmit-01' })
  }],
  ['reviewAid: complete, the decision deadline starts', 4, () => env.counted(STAFF, 'legal', 'reviewAid', { applicationId: state.aid, decision: 'accept' }, { requestId: 'accept-0001' })],
  ['decideAid: approved', 4, () => env.counted(STAFF, 'legal', 'decideAid', { applicationId: state.aid, decision: 'approve' }, { requestId: 'approve-001' })],
  ['assignLawyer: the lawyer read with the application', 4, () => env.counted(STAFF, 'legal', 'assignLawyer', { applicationId: state.aid, lawyerId: 'lawyer-zhou' }, { requestId: 'assign-0001' })],
  ['requestAidReview: after a refusal', 4, async () => {
    const app = dataOf(await env.call(OTHER, 'legal', 'applyAid', { ...application, name: '赵大海' }))
    dataOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }))
    dataOf(await env.call(STAFF, 'legal', 'decideAid', { applicationId: app.id, decision: 'refuse', reason: '对方已足额支付工资' }))
    return env.counted(OTHER, 'legal', 'requestAidReview', { applicationId: app.id, reason: '只付了一半' }, { requestId: 'review-0001' })
  }],

  // ---- mediation (staff steps: consent, mediator, session, outcome)
  ['applyMediation: choosing a mediator', 4, async () => {
    const run = await env.counted(ASKER, 'legal', 'applyMediation', { dispute: '楼上装修噪音每天到深夜', otherName: '赵大海', otherPhone: '13712345678', mediatorId: 'mediator-wu' }, { requestId: 'mediate-001' })
    state.mediation = id(run)
    state.code = (dataOf(run.result) as { inviteCode: string }).inviteCode
    return run
  }],
  // the case read by its code and moved, the one 我的 row both parties share (the other party joins it), the applicant told
  ['respondMediation: the other party accepts with the code', 4, () =>
    env.counted(OTHER, 'legal', 'respondMediation', { code: state.code, accept: true }, { requestId: 'respond-001' })],
  ['respondMediation: the same request retried', 4, () => env.counted(OTHER, 'legal', 'respondMediation', { code: state.code, accept: true }, { requestId: 'respond-001' })],
  ['respondMediation: staff record consent given offline', 4, async () => {
    const m = dataOf(await env.call(ASKER, 'legal', 'applyMediation', { dispute: '物业费争议', otherName: '孙海', otherPhone: '13612345678' }))
    return env.counted(STAFF, 'legal', 'respondMediation', { mediationId: m.id, accept: true }, { requestId: 'offline-001' })
  }],
  ['respondMediation: refused, the case ends', 4, async () => {
    const m = dataOf(await env.call(ASKER, 'legal', 'applyMediation', { dispute: '停车位争议', otherName: '赵大海', otherPhone: '13712345678' }))
    return env.counted(OTHER, 'legal', 'respondMediation', { code: m.inviteCode as string, accept: false, reason: '已私下解决' }, { requestId: 'refuse-0001' })
  }],
  ['myMediations: a page', 1, () => env.counted(OTHER, 'legal', 'myMediations', {})],
  ['getMediation: a party', 2, () => env.counted(OTHER, 'legal', 'getMediation', { mediationId: state.mediation })],
  ['getMediation: staff (the read logged)', 2, () => env.counted(STAFF, 'legal', 'getMediation', { mediationId: state.mediation })],
  ['assignMediator: the mediator read with the case, both parties’ 我的 in one write', 4, () =>
    env.counted(STAFF, 'legal', 'assignMediator', { mediationId: state.mediation, mediatorId: 'mediator-wu' }, { requestId: 'assign-m-01' })],
  ['scheduleSession: by the assigned mediator', 4, () =>
    env.counted(MEDIATOR, 'legal', 'scheduleSession', { mediationId: state.mediation, at: '2026-12-03T02:00:00Z', place: '街道人民调解室' }, { requestId: 'session-001' })],
  ['recordOutcome: failure', 4, () =>
    env.counted(MEDIATOR, 'legal', 'recordOutcome', { mediationId: state.mediation, outcome: 'failure', reason: '赔偿金额分歧大' }, { requestId: 'fail-00001' })],
  ['escalateMediation: to administrative mediation', 4, () => env.counted(ASKER, 'legal', 'escalateMediation', { mediationId: state.mediation }, { requestId: 'escalate-01' })],
  ['recordOutcome: agreement, by staff', 4, async () => {
    dataOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: state.mediation, mediatorId: 'mediator-he' }))
    return env.counted(STAFF, 'legal', 'recordOutcome', { mediationId: state.mediation, outcome: 'agreement', terms: '装修限 8:00–18:00，赔偿 500 元', performance: '12月10日前微信转账' }, { requestId: 'agree-00001' })
  }],
  ['confirmAgreement: the first party', 4, () => env.counted(ASKER, 'legal', 'confirmAgreement', { mediationId: state.mediation }, { requestId: 'confirm-a01' })],
  // the case, the confirmation, both 我的 rows, the notice now and the 司法确认 reminder later (one write)
  ['confirmAgreement: the second party, the agreement stands', 4, () =>
    env.counted(OTHER, 'legal', 'confirmAgreement', { mediationId: state.mediation }, { requestId: 'confirm-b01' })],
  // the case (the step applied once), the shared 我的 row, both reminders withdrawn (one write)
  ['recordJudicialApplication: a party applied for 司法确认', 4, () =>
    env.counted(ASKER, 'legal', 'recordJudicialApplication', { mediationId: state.mediation }, { requestId: 'judicial-01' })],
  ['recordJudicialApplication: the same request retried', 4, () =>
    env.counted(ASKER, 'legal', 'recordJudicialApplication', { mediationId: state.mediation }, { requestId: 'judicial-01' })],

  // ---- the duty lawyer (kernel slots)
  ['listDutySlots: 14 days', 2, () => env.counted(null, 'legal', 'listDutySlots', { roomId: 'duty-room' })],
  ['bookLawyer: with a request id', 4, async () => {
    const run = await env.counted(BOOKER, 'legal', 'bookLawyer', { roomId: 'duty-room', day: '2026-12-02', time: '10:00', category: '劳动争议' }, { requestId: 'book-00001' })
    state.booking = id(run)
    return run
  }],
  ['bookLawyer: the same request retried', 4, () =>
    env.counted(BOOKER, 'legal', 'bookLawyer', { roomId: 'duty-room', day: '2026-12-02', time: '10:00', category: '劳动争议' }, { requestId: 'book-00001' })],
  ['myLawyerBookings: a page', 1, () => env.counted(BOOKER, 'legal', 'myLawyerBookings', {})],
  ['cancelLawyerBooking', 4, async () => {
    const b = dataOf(await env.call(BOOKER, 'legal', 'bookLawyer', { roomId: 'duty-room', day: '2026-12-03', time: '10:00', category: '借贷' }))
    return env.counted(BOOKER, 'legal', 'cancelLawyerBooking', { bookingId: b.id }, { requestId: 'cancel-0001' })
  }],
  ['dutyBoard: a day with the people’s names', 2, () => env.counted(STAFF, 'legal', 'dutyBoard', { roomId: 'duty-room', day: '2026-12-02' })],
  ['markLawyerBooking: attended', 4, () => {
    now = new Date('2026-12-02T02:30:00Z')
    return env.counted(STAFF, 'legal', 'markLawyerBooking', { bookingId: state.booking, outcome: 'done' }, { requestId: 'attend-0001' })
  }],

  // ---- the staff board and settings
  ['listProviders', 1, () => env.counted(null, 'legal', 'listProviders', { kind: 'mediator' })],
  ['listCases: consultations waiting', 2, () => env.counted(STAFF, 'legal', 'listCases', { kind: 'consultation' })],
  ['listCases: open applications', 2, () => env.counted(STAFF, 'legal', 'listCases', { kind: 'aid' })],
  ['listCases: open mediations, page 2', 2, () => env.counted(STAFF, 'legal', 'listCases', { kind: 'mediation', page: 2, pageSize: 1 })],
  ['listCases: a lawyer’s assigned applications', 2, () => env.counted(LAWYER, 'legal', 'listCases', { kind: 'aid' })],
  ['caseAccessLog: a page', 2, () => env.counted(ADMIN, 'legal', 'caseAccessLog', { caseId: state.aid })],
  ['caseAccessLog: every case’s reads, page 2', 2, () => env.counted(ADMIN, 'legal', 'caseAccessLog', { page: 2, pageSize: 2 })],
  ['workdayCorrections', 2, () => env.counted(STAFF, 'legal', 'workdayCorrections', {})],
  ['setWorkdayCorrections', 4, () => env.counted(STAFF, 'legal', 'setWorkdayCorrections', { corrections: [{ day: '2026-12-31', kind: 'off' }] }, { requestId: 'workdays-01' })],
]

describe('database requests per legal action', () => {
  it.each(rows)('%s: ≤ %d', async (what, budget, run) => {
    const { result, requests } = await run()
    if (process.env.SHOW_REQUESTS) console.log(`legal ${what}: ${requests} ${result.ok ? '' : JSON.stringify(result.error)}`)
    expect(result.ok ? 'ok' : result.error).toBe('ok')
    expect(requests).toBeLessThanOrEqual(budget)
  })

  it('has a row for every action of the contract', async () => {
    const { legal } = await import('@/shared/contracts/legal')
    const covered = new Set(rows.map(([what]) => what.split(/[:, ]/)[0]))
    expect([...covered].sort()).toEqual(Object.keys(legal.actions).sort())
  })
})
