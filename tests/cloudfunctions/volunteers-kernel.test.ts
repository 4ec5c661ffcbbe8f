/**
 * The kernel's hours module (cloudfunctions/_kernel/hours.ts) on the local cloud with the real wx-server-sdk:
 * what every center calls to credit a volunteer, and the time bank's spend and transfer.
 */
import { withLocalCloud } from '../support/local-cloud'
import { connectSdk } from '../support/sdk'

const env = withLocalCloud({ strictIndexes: true })
let hours: typeof import('../../cloudfunctions/_kernel/hours')

beforeAll(() => {
  connectSdk(env.cloud.url)
  // the kernel initialises the SDK on import: after the test process points it at the local cloud
  hours = require('../../cloudfunctions/_kernel/hours')
})

const AT = new Date('2026-11-28T02:00:00Z')
const STAFF = 'kernel-hours-staff'
const balanceOf = (openid: string) => (env.cloud.store.find('hours_accounts', { query: { _id: openid } })[0]?.balance as number | undefined) ?? 0
const entriesOf = (openid: string) => env.cloud.store.find('hours_ledger', { query: { account: openid } })

const credit = (volunteer: string, id: string, h = 2) => ({
  volunteer,
  hours: h,
  source: { kind: 'activity' as const, id, title: '敬老院陪伴' },
  verifiedBy: STAFF,
  at: AT,
})

describe('creditHours', () => {
  it('credits a volunteer once per source however often it is retried', async () => {
    const v = 'kernel-hours-v1'
    expect(await hours.creditHours(credit(v, 'act-1'))).toBe(true)
    expect(await hours.creditHours(credit(v, 'act-1'))).toBe(false)
    expect(await hours.creditHours(credit(v, 'act-1'))).toBe(false)
    expect(balanceOf(v)).toBe(120)
    expect(entriesOf(v)).toHaveLength(1)
    expect(entriesOf(v)[0]).toMatchObject({ kind: 'credit', minutes: 120, source: { kind: 'activity', id: 'act-1' }, verifiedBy: STAFF })
  })

  it('credits once when the same check-in arrives 50 times at once', async () => {
    const v = 'kernel-hours-v2'
    const results = await Promise.all(Array.from({ length: 50 }, () => hours.creditHours(credit(v, 'act-2', 1.5))))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(balanceOf(v)).toBe(90)
    expect(entriesOf(v)).toHaveLength(1)
    expect(env.cloud.store.find('hours_accounts', { query: { _id: v } })[0].open).toEqual([])
  })

  it('credits different sources and different volunteers of one source separately', async () => {
    const a = 'kernel-hours-v3'
    const b = 'kernel-hours-v4'
    await Promise.all([hours.creditHours(credit(a, 'act-3')), hours.creditHours(credit(a, 'act-4')), hours.creditHours(credit(b, 'act-3'))])
    expect(balanceOf(a)).toBe(240)
    expect(balanceOf(b)).toBe(120)
  })
})

describe('spendHours and transferHours', () => {
  const service = { kind: 'homeService' as const, id: 'svc-1', title: '上门助浴', forName: '王秀兰', whenText: '12月2日 周三 09:00' }

  it('spends exactly the balance when 100 spends of an hour arrive at once against 10 hours', async () => {
    const v = 'kernel-hours-spender'
    await hours.creditHours(credit(v, 'act-10', 10))
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => hours.spendHours({ account: v, minutes: 60, key: `req-${i}`, paysFor: `b${i}`, at: AT, service })),
    )
    expect(outcomes.filter((o) => o.outcome === 'spent')).toHaveLength(10)
    expect(outcomes.filter((o) => o.outcome === 'short')).toHaveLength(90)
    expect(balanceOf(v)).toBe(0)
    expect(entriesOf(v).reduce((sum, e) => sum + (e.minutes as number), 0)).toBe(0)
  })

  it('spends a retried request once', async () => {
    const v = 'kernel-hours-retry'
    await hours.creditHours(credit(v, 'act-11', 5))
    const first = await hours.spendHours({ account: v, minutes: 60, key: 'same', paysFor: 'b', at: AT, service })
    const again = await hours.spendHours({ account: v, minutes: 60, key: 'same', paysFor: 'b', at: AT, service })
    expect([first.outcome, again.outcome]).toEqual(['spent', 'already'])
    expect(balanceOf(v)).toBe(240)
  })

  it('moves hours to family both or neither, and refuses a transfer the balance does not cover', async () => {
    const v = 'kernel-hours-giver'
    const mother = 'kernel-hours-mother'
    await hours.creditHours(credit(v, 'act-12', 3))
    expect((await hours.transferHours({ from: v, to: mother, minutes: 120, requestId: 't1', at: AT })).outcome).toBe('moved')
    expect((await hours.transferHours({ from: v, to: mother, minutes: 120, requestId: 't1', at: AT })).outcome).toBe('already')
    expect((await hours.transferHours({ from: v, to: mother, minutes: 120, requestId: 't2', at: AT })).outcome).toBe('short')
    expect([balanceOf(v), balanceOf(mother)]).toEqual([60, 120])
    expect(entriesOf(mother)).toMatchObject([{ kind: 'transferIn', minutes: 120, counterpart: v }])
  })

  it('finishes a move whose call died after the balance changed', async () => {
    const v = 'kernel-hours-crashed'
    await hours.creditHours(credit(v, 'act-13', 2))
    // what a call that died between its balance update and its entry leaves behind
    const entry = { _id: 'spend_crashed', account: v, kind: 'spend', minutes: -60, at: AT, service }
    env.cloud.store.modify('hours_accounts', { query: { _id: v }, single: true, merge: true, upsert: false, data: { $inc: { balance: -60, spent: 60 }, $push: { open: { id: entry._id, entry, since: AT } } } })
    const account = await hours.readAccount(v)
    expect(await hours.settleOpen(account as never, new Date(AT.getTime() + 5 * 60_000))).toBe(1)
    expect(balanceOf(v)).toBe(60)
    expect(entriesOf(v).reduce((sum, e) => sum + (e.minutes as number), 0)).toBe(60)
  })
})
