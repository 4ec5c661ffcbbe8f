import { mayCallReporter, mayRate, mayRead, move, possibleMoves } from '@/shared/domain/governance/reports'

const nobody = { isReporter: false, isFollower: false, isHandler: false, isCommand: false }

describe('report states', () => {
  it('lets the handler accept an assigned report, then dispose of it', () => {
    expect(move('assigned', 'accept', 'handler')).toEqual({ ok: true, status: 'accepted' })
    expect(move('accepted', 'dispose', 'handler')).toEqual({ ok: true, status: 'disposed' })
  })

  it('refuses a disposal before the report was accepted, saying why', () => {
    expect(move('assigned', 'dispose', 'handler')).toEqual({ ok: false, message: '问题当前为「已派单，待处置人员受理」，不能处置完毕' })
  })

  it('lets only the reporter confirm or reopen, and the command staff re-dispatch', () => {
    expect(move('disposed', 'confirm', 'handler').ok).toBe(false)
    expect(move('disposed', 'reopen', 'reporter')).toEqual({ ok: true, status: 'assigned' })
    expect(move('inProgress', 'dispatch', 'command')).toEqual({ ok: true, status: 'assigned' })
    expect(move('inProgress', 'dispatch', 'handler').ok).toBe(false)
  })

  it('closes a disposal nobody confirmed as fixed-unconfirmed', () => {
    expect(move('disposed', 'expire', 'timer')).toEqual({ ok: true, status: 'fixedUnconfirmed' })
  })

  it('offers the handler of an accepted report progress, disposal and closing', () => {
    expect(possibleMoves('accepted', ['handler'])).toEqual(['update', 'dispose', 'close'])
  })

  it('rates a report once, after it is closed', () => {
    expect(mayRate('disposed', false)).toBe(false)
    expect(mayRate('fixed', false)).toBe(true)
    expect(mayRate('fixed', true)).toBe(false)
  })

  it('shows a private report only to its reporter, handlers and command staff', () => {
    expect(mayRead(false, nobody)).toBe(false)
    expect(mayRead(false, { ...nobody, isFollower: true })).toBe(false)
    expect(mayRead(false, { ...nobody, isHandler: true })).toBe(true)
    expect(mayRead(true, nobody)).toBe(true)
  })

  it('gives the reporter’s phone to the handler assigned and no one else', () => {
    expect(mayCallReporter({ ...nobody, isHandler: true })).toBe(true)
    expect(mayCallReporter({ ...nobody, isCommand: true })).toBe(false)
  })
})
