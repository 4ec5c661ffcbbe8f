import {
  applyMoves,
  balanceOf,
  covers,
  creditEntryId,
  creditProblem,
  hoursText,
  type Move,
  spendEntryId,
  toHours,
  toMinutes,
  transferEntryIds,
} from '@/shared/domain/party/ledger'

describe('hours as minutes', () => {
  it('keeps hours as whole minutes so repeated halves never drift', () => {
    expect(toMinutes(1.5)).toBe(90)
    expect(toMinutes(0.1 + 0.2)).toBe(18)
    expect(toHours(90)).toBe(1.5)
    expect(hoursText(600)).toBe('10 小时')
  })

  it('accepts a credit of whole quarter hours up to a day and says why otherwise', () => {
    expect(creditProblem(2.25)).toBeNull()
    expect(creditProblem(0)).toBe('服务时长须大于 0')
    expect(creditProblem(25)).toBe('一次记时最多 24 小时')
    expect(creditProblem(1.1)).toBe('服务时长以 0.25 小时为单位')
  })
})

describe('entry ids', () => {
  it('gives one source and one volunteer one id, so a retried check-in finds its credit', () => {
    const a = creditEntryId({ kind: 'activity', id: 'act-1' }, 'openid-1')
    expect(creditEntryId({ kind: 'activity', id: 'act-1' }, 'openid-1')).toBe(a)
    expect(creditEntryId({ kind: 'activity', id: 'act-1' }, 'openid-2')).not.toBe(a)
    expect(creditEntryId({ kind: 'wish', id: 'act-1' }, 'openid-1')).not.toBe(a)
  })

  it('never puts a dot in an id (ids are used in field paths)', () => {
    expect(creditEntryId({ kind: 'post', id: 'a.b' }, 'o.p')).not.toContain('.')
    expect(spendEntryId('homeService_b.1')).not.toContain('.')
  })

  it('names both sides of a transfer after one move', () => {
    const ids = transferEntryIds('giver', 'req-1')
    expect(ids.out).toBe(`${ids.move}_out`)
    expect(ids.in).toBe(`${ids.move}_in`)
  })
})

describe('ledger rules', () => {
  it('counts an entry once however often it appears', () => {
    const line = { id: 'credit_1', account: 'v', minutes: 120 }
    expect(balanceOf([line, line, { id: 'spend_1', account: 'v', minutes: -60 }, { id: 'x', account: 'w', minutes: 5 }], 'v')).toBe(60)
  })

  it('lets a balance cover only what it holds', () => {
    expect(covers(600, 600)).toBe(true)
    expect(covers(599, 600)).toBe(false)
    expect(covers(600, 0)).toBe(false)
  })

  it('spends exactly 10 hours of 500 one-hour spends against a balance of 10 hours', () => {
    const spends: Move[] = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, kind: 'spend', account: 'v', minutes: 60 }))
    const { balances, applied, refused } = applyMoves({ v: 600 }, spends)
    expect(applied).toHaveLength(10)
    expect(refused).toHaveLength(490)
    expect(balances.v).toBe(0)
  })

  it('credits a source once when it is retried', () => {
    const credit: Move = { id: 'c1', kind: 'credit', account: 'v', minutes: 60 }
    expect(applyMoves({}, [credit, credit, credit]).balances.v).toBe(60)
  })

  it('moves a transfer whole or not at all, never leaving a negative balance', () => {
    const moves: Move[] = [
      { id: 't1', kind: 'transfer', from: 'v', to: 'mother', minutes: 90 },
      { id: 't2', kind: 'transfer', from: 'v', to: 'mother', minutes: 60 },
    ]
    const { balances, refused } = applyMoves({ v: 120 }, moves)
    expect(balances).toEqual({ v: 30, mother: 90 })
    expect(refused).toEqual(['t2'])
  })

  it('refuses a transfer to oneself and a move of nothing', () => {
    const { refused } = applyMoves({ v: 120 }, [
      { id: 'self', kind: 'transfer', from: 'v', to: 'v', minutes: 60 },
      { id: 'zero', kind: 'spend', account: 'v', minutes: 0 },
    ])
    expect(refused).toEqual(['self', 'zero'])
  })
})
