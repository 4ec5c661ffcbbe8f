/**
 * The end of a mediation: both parties confirm the agreement — also at the same moment — and are reminded of
 * 司法确认 before the 30 days run out, each reminder once.
 */
import { seedLegal } from '../../emulator/seeds/legal'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

// Tuesday 1 Dec 2026, 10:00 in Shanghai
let now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })

const STAFF = 'agreement-staff'
const MEDIATOR = 'persona-mediator-wu'

beforeAll(() => {
  seedLegal(env.cloud.store)
  const profile = (name: string) => ({ name, community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'legal' }], profile('林静'))
  env.givenUser(MEDIATOR, [{ role: 'mediator' }], profile('吴桂英'))
})

beforeEach(() => {
  now = new Date('2026-12-01T02:00:00Z')
})

/** A case between two new residents with an agreement recorded, waiting for both confirmations. */
async function agreed(applicant: string, respondent: string): Promise<string> {
  env.givenResident(applicant, '王秀兰')
  env.givenResident(respondent, '赵大海')
  const m = dataOf(await env.call(applicant, 'legal', 'applyMediation', { dispute: '楼上装修噪音每天到深夜', otherName: '赵大海', otherPhone: '13712345678' }))
  dataOf(await env.call(respondent, 'legal', 'respondMediation', { code: m.inviteCode as string, accept: true }))
  dataOf(await env.call(STAFF, 'legal', 'assignMediator', { mediationId: m.id, mediatorId: 'mediator-wu' }))
  dataOf(await env.call(MEDIATOR, 'legal', 'recordOutcome', { mediationId: m.id, outcome: 'agreement', terms: '装修限 8:00–18:00，赔偿 500 元', performance: '12月10日前微信转账' }))
  return m.id
}

const stored = (id: string) => env.cloud.store.find('legal_mediations', { query: { _id: id } })[0] as {
  status: string
  agreement: { confirmedBy: string[] }
  judicialConfirmBy: Date | null
  history: Array<{ text: string }>
}
const noticesOf = (id: string) => env.cloud.store.find('notices', { query: { page: `/centers/legal/pages/mediation/index?id=${id}` } })
const sentTo = (touser: string, template: string) => env.cloud.store.find('outbox', { query: { touser, templateId: template } })

describe('confirming a mediation agreement', () => {
  it('ends with one agreement both parties confirmed when they confirm at the same moment, losing neither confirmation', async () => {
    for (let trial = 0; trial < 8; trial++) {
      const [a, b] = [`race-a-${trial}`, `race-b-${trial}`]
      const id = await agreed(a, b)
      const replies = await Promise.all([
        env.call(a, 'legal', 'confirmAgreement', { mediationId: id }, { requestId: `confirm-a-${trial}-x` }),
        env.call(b, 'legal', 'confirmAgreement', { mediationId: id }, { requestId: `confirm-b-${trial}-x` }),
      ])
      // neither party is told to try again: both confirmations count
      expect(replies.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'ok'])
      const m = stored(id)
      expect(m.status).toBe('confirmed')
      expect([...m.agreement.confirmedBy].sort()).toEqual(['applicant', 'respondent'])
      expect(m.judicialConfirmBy).toEqual(new Date('2026-12-31T02:00:00Z'))
      expect(m.history.filter((h) => h.text.includes('确认调解协议')).map((h) => h.text)).toEqual(['一方确认调解协议', '双方确认调解协议，协议生效'])
      // 我的 of both says the agreement is confirmed (the one-party write never lands after the final one)
      for (const p of [a, b]) {
        const mine = dataOf(await env.call(p, 'account', 'listMyItems', {}))
        expect(mine.items.find((i) => i.link.includes(id))).toMatchObject({ statusText: '协议已确认' })
      }
      // told once each that it stands, and one reminder each waits for later
      const notices = noticesOf(id)
      expect(notices.filter((n) => (n.data as { phrase2: { value: string } }).phrase2?.value === '协议已生效').map((n) => n.touser).sort()).toEqual([a, b].sort())
      expect(notices.filter((n) => n.template === 'legalReminder').map((n) => n.touser).sort()).toEqual([a, b].sort())
    }
  })

  it('answers a retried confirmation with the agreement as confirmed, and refuses a second one from the same party', async () => {
    const id = await agreed('retry-a', 'retry-b')
    dataOf(await env.call('retry-a', 'legal', 'confirmAgreement', { mediationId: id }, { requestId: 'confirm-retry-1' }))
    expect(dataOf(await env.call('retry-a', 'legal', 'confirmAgreement', { mediationId: id }, { requestId: 'confirm-retry-1' })).canConfirm).toBe(false)
    expect(errorOf(await env.call('retry-a', 'legal', 'confirmAgreement', { mediationId: id }, { requestId: 'confirm-retry-2' })).message).toBe('您已确认过该协议，等待对方确认')
    expect(stored(id).history.filter((h) => h.text === '一方确认调解协议')).toHaveLength(1)
  })

  it('reminds both parties of 司法确认 once, 7 days before the 30 days run out at 09:00, after the notice that it stands', async () => {
    const [a, b] = ['remind-a', 'remind-b']
    const id = await agreed(a, b)
    for (const p of [a, b]) env.grant(p, ['legalProgress', 'legalReminder'], 5)
    dataOf(await env.call(a, 'legal', 'confirmAgreement', { mediationId: id }))
    const confirmed = dataOf(await env.call(b, 'legal', 'confirmAgreement', { mediationId: id }))
    // confirmed Tue 1 Dec 10:00: 司法确认 by Thu 31 Dec 10:00; the reminder on Thu 24 Dec at 09:00 (01:00 UTC)
    expect(confirmed.judicialConfirmBy).toBe('2026-12-31T02:00:00.000Z')
    await env.deliver()
    for (const p of [a, b]) {
      expect(sentTo(p, 'TPL_LEGAL_PROGRESS').map((n) => (n.data as { thing3: { value: string } }).thing3.value)).toContain('如需司法确认请于12月31日 周四前申请')
      expect(sentTo(p, 'TPL_LEGAL_REMINDER')).toHaveLength(0)
    }
    now = new Date('2026-12-24T00:59:00Z')
    await env.deliver()
    expect(sentTo(a, 'TPL_LEGAL_REMINDER')).toHaveLength(0)
    now = new Date('2026-12-24T01:00:00Z')
    await env.deliver()
    now = new Date('2026-12-30T01:00:00Z')
    await env.deliver()
    for (const p of [a, b]) {
      const reminders = sentTo(p, 'TPL_LEGAL_REMINDER')
      expect(reminders).toHaveLength(1)
      expect(reminders[0]).toMatchObject({
        page: `/centers/legal/pages/mediation/index?id=${id}`,
        data: { date2: { value: '2026年12月31日' }, thing3: { value: '可持调解协议向人民法院申请司法确认' } },
      })
    }
  })

  it('reminds no one while only one party has confirmed', async () => {
    const id = await agreed('half-a', 'half-b')
    dataOf(await env.call('half-a', 'legal', 'confirmAgreement', { mediationId: id }))
    expect(noticesOf(id).filter((n) => n.template === 'legalReminder')).toHaveLength(0)
  })

  it('sends no 司法确认 reminder once a party recorded that it was applied for, and 我的 stops counting down', async () => {
    const [a, b] = ['applied-a', 'applied-b']
    const id = await agreed(a, b)
    for (const p of [a, b]) env.grant(p, ['legalProgress', 'legalReminder'], 5)
    expect(errorOf(await env.call(a, 'legal', 'recordJudicialApplication', { mediationId: id })).message).toBe('双方确认调解协议、协议生效后，才能申请司法确认')
    dataOf(await env.call(a, 'legal', 'confirmAgreement', { mediationId: id }))
    expect(dataOf(await env.call(b, 'legal', 'confirmAgreement', { mediationId: id })).canRecordJudicial).toBe(true)
    // the mediator and anyone else may not record it for the parties
    env.givenResident('applied-stranger', '李建国')
    for (const p of [MEDIATOR, 'applied-stranger']) expect(errorOf(await env.call(p, 'legal', 'recordJudicialApplication', { mediationId: id })).code).toBe('FORBIDDEN')
    now = new Date('2026-12-08T02:00:00Z')
    const recorded = dataOf(await env.call(b, 'legal', 'recordJudicialApplication', { mediationId: id }))
    expect(recorded).toMatchObject({ status: 'confirmed', judicialAppliedAt: '2026-12-08T02:00:00.000Z', canRecordJudicial: false })
    expect(recorded.history[recorded.history.length - 1]).toMatchObject({ text: '已向人民法院申请司法确认', by: '被申请人' })
    expect(errorOf(await env.call(a, 'legal', 'recordJudicialApplication', { mediationId: id })).code).toBe('CONFLICT')
    for (const p of [a, b]) {
      const mine = dataOf(await env.call(p, 'account', 'listMyItems', {}))
      expect(mine.items.find((i) => i.link.includes(id))).toMatchObject({ statusText: '协议已确认，已申请司法确认', nextAt: null })
    }
    // the day the reminder was due, and the last day of the 30: nobody is reminded
    for (const at of ['2026-12-24T01:00:00Z', '2026-12-31T01:00:00Z']) {
      now = new Date(at)
      await env.deliver()
    }
    for (const p of [a, b]) expect(sentTo(p, 'TPL_LEGAL_REMINDER')).toHaveLength(0)
  })

  it('lets the center record a 司法确认 application the parties made, withdrawing both reminders', async () => {
    const id = await agreed('center-a', 'center-b')
    dataOf(await env.call('center-a', 'legal', 'confirmAgreement', { mediationId: id }))
    dataOf(await env.call('center-b', 'legal', 'confirmAgreement', { mediationId: id }))
    const recorded = dataOf(await env.call(STAFF, 'legal', 'recordJudicialApplication', { mediationId: id }))
    expect(recorded.history[recorded.history.length - 1].by).toBe('法律援助中心 林静')
    expect(noticesOf(id).filter((n) => n.template === 'legalReminder').map((n) => n.state)).toEqual(['withdrawn', 'withdrawn'])
  })
})
