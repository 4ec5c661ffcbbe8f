/** 法律援助 checked from outside: a resident booking many days at once; staff handling their own matter. */
import { seedLegal } from '../../emulator/seeds/legal'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 Shanghai
const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'legal-staff'
const COLLEAGUE = 'legal-colleague'

beforeAll(() => {
  seedLegal(env.cloud.store)
  env.givenResident('greedy')
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'legal' }], { name: '林静', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(COLLEAGUE, [{ role: 'centerStaff', center: 'legal' }], { name: '方明', community: '黄河西路第一社区', address: '1号楼' })
})

it('holds a resident to 2 open duty-lawyer bookings when they book 10 days at once', async () => {
  const days = ['02', '03', '04', '07', '08', '09', '10', '11', '14', '15'].map((d) => `2026-12-${d}`)
  const replies = await Promise.all(days.map((day) => env.call('greedy', 'legal', 'bookLawyer', { roomId: 'duty-room', day, time: '10:00', category: '劳动争议' })))
  expect(replies.filter((r) => r.ok)).toHaveLength(2)
  expect(env.cloud.store.count('legal_bookings', { subjectId: 'greedy', status: 'booked' })).toBe(2)
})

describe('a member of staff who is a party', () => {
  it('cannot review, decide or assign a lawyer to their own legal-aid application; a colleague can', async () => {
    const app = dataOf(
      await env.call(STAFF, 'legal', 'applyAid', {
        name: '林静',
        idNumber: '11010519491231002X',
        phone: '13912345678',
        who: 'migrant',
        matter: 'wages',
        stage: 'notFiled',
        summary: '前雇主拖欠工资',
        opposingName: '某公司',
      }),
    )
    expect(errorOf(await env.call(STAFF, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' })).code).toBe('FORBIDDEN')
    expect(dataOf(await env.call(COLLEAGUE, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' })).status).not.toBe('submitted')
  })

  it('is never the lawyer or mediator assigned to their own matter', async () => {
    env.givenUser('persona-lawyer-zhou', [{ role: 'lawyer' }], { name: '周正', community: '黄河西路第五社区', address: '5号楼' })
    env.givenUser('persona-mediator-wu', [{ role: 'mediator' }], { name: '吴桂英', community: '黄河西路第五社区', address: '6号楼' })
    const app = dataOf(
      await env.call('persona-lawyer-zhou', 'legal', 'applyAid', {
        name: '周正',
        idNumber: '11010519491231002X',
        phone: '13912345678',
        who: 'migrant',
        matter: 'wages',
        stage: 'notFiled',
        summary: '兼职单位拖欠报酬',
        opposingName: '某公司',
      }),
    )
    dataOf(await env.call(COLLEAGUE, 'legal', 'reviewAid', { applicationId: app.id, decision: 'accept' }))
    dataOf(await env.call(COLLEAGUE, 'legal', 'decideAid', { applicationId: app.id, decision: 'approve' }))
    expect(errorOf(await env.call(COLLEAGUE, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-zhou' })).code).toBe('INVALID_INPUT')
    expect(dataOf(await env.call(COLLEAGUE, 'legal', 'assignLawyer', { applicationId: app.id, lawyerId: 'lawyer-qian' })).lawyerName).toBe('钱立')
    const m = dataOf(await env.call('persona-mediator-wu', 'legal', 'applyMediation', { dispute: '邻居装修噪音', otherName: '赵大海', otherPhone: '13712345678' }))
    dataOf(await env.call(COLLEAGUE, 'legal', 'respondMediation', { mediationId: m.id, accept: true }))
    expect(errorOf(await env.call(COLLEAGUE, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' })).code).toBe('INVALID_INPUT')
  })

  it('cannot record the other party’s consent, assign a mediator or mediate their own dispute', async () => {
    const m = dataOf(await env.call(STAFF, 'legal', 'applyMediation', { dispute: '邻居占用楼道堆放杂物', otherName: '赵大海', otherPhone: '13712345678' }))
    expect(errorOf(await env.call(STAFF, 'legal', 'respondMediation', { mediationId: m.id, accept: true })).code).toBe('FORBIDDEN')
    dataOf(await env.call(COLLEAGUE, 'legal', 'respondMediation', { mediationId: m.id, accept: true }))
    expect(errorOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' })).code).toBe('FORBIDDEN')
    dataOf(await env.call(COLLEAGUE, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }))
    expect(errorOf(await env.call(STAFF, 'legal', 'scheduleSession', { mediationId: m.id, at: '2026-12-03T02:00:00Z', place: '调解室' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STAFF, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'agreement', terms: '对方清理杂物', performance: '三日内' })).code).toBe('FORBIDDEN')
    // their own case they still read as its applicant
    expect(dataOf(await env.call(STAFF, 'legal', 'getMediation', { mediationId: m.id })).role).toBe('applicant')
  })
})

describe('staff and the mediator at the same moment', () => {
  it('keeps every session either of them schedules at once, or says the case just changed', async () => {
    env.givenUser('persona-mediator-he', [{ role: 'mediator' }], { name: '何建平', community: '黄河西路第五社区', address: '7号楼' })
    const cases = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const who = env.resident(`disputant-${i}`)
        const m = dataOf(await env.call(who, 'legal', 'applyMediation', { dispute: `楼上漏水 ${i}`, otherName: '赵大海', otherPhone: '13712345678' }))
        dataOf(await env.call(COLLEAGUE, 'legal', 'respondMediation', { mediationId: m.id, accept: true }))
        dataOf(await env.call(COLLEAGUE, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-he' }))
        return m.id
      }),
    )
    const replies = await Promise.all(
      cases.flatMap((mediationId) => [
        env.call(COLLEAGUE, 'legal', 'scheduleSession', { mediationId, at: '2026-12-03T02:00:00Z', place: '调解室' }),
        env.call('persona-mediator-he', 'legal', 'scheduleSession', { mediationId, at: '2026-12-04T06:00:00Z', place: '社区议事厅' }),
      ]),
    )
    for (const [i, mediationId] of cases.entries()) {
      const m = dataOf(await env.call(COLLEAGUE, 'legal', 'getMediation', { mediationId }))
      const accepted = [replies[2 * i], replies[2 * i + 1]].filter((r) => r.ok).length
      expect([mediationId, m.sessions.length]).toEqual([mediationId, accepted])
      expect(accepted).toBeGreaterThanOrEqual(1)
    }
  })
})
