import { moveApplication, nextMoves } from '@/shared/domain/employment/applications'

describe('a job application', () => {
  it('moves viewed → interview → hired', () => {
    expect(moveApplication('submitted', 'view')).toEqual({ ok: true, status: 'viewed' })
    expect(moveApplication('viewed', 'interview')).toEqual({ ok: true, status: 'interview' })
    expect(moveApplication('interview', 'hire')).toEqual({ ok: true, status: 'hired' })
  })

  it('may be found not suitable at any open step, and then ends', () => {
    expect(moveApplication('interview', 'reject')).toEqual({ ok: true, status: 'rejected' })
    expect(moveApplication('rejected', 'interview')).toEqual({ ok: false, message: '该求职申请当前为「不合适」，不能邀请面试' })
    expect(nextMoves('hired')).toEqual([])
  })

  it('cannot hire someone whose application was never opened', () => {
    expect(moveApplication('submitted', 'hire').ok).toBe(false)
    expect(nextMoves('submitted')).toEqual(['view', 'interview', 'reject'])
  })
})
