import { decideText, EMPTY_REVIEW, missingList, possibleDecisions, problems, toReviewInput } from '@/centers/affairs/pages/application/draft'

describe('申请处理 draft', () => {
  it('offers only the decisions the application’s status allows', () => {
    expect(possibleDecisions({ status: 'submitted', handledAt: 'street' })).toEqual(['accept', 'return', 'reject'])
    expect(possibleDecisions({ status: 'accepted', handledAt: 'street' })).toEqual(['return', 'forward', 'reject'])
    expect(possibleDecisions({ status: 'accepted', handledAt: 'community' })).toEqual(['return', 'complete', 'reject'])
    expect(possibleDecisions({ status: 'completed', handledAt: 'street' })).toEqual([])
  })

  it('reads the missing materials typed on one line, whatever the separator', () => {
    expect(missingList('户口簿复印件、诊断证明，  收入证明;\n照片')).toEqual(['户口簿复印件', '诊断证明', '收入证明', '照片'])
    expect(missingList('  ')).toEqual([])
  })

  it('sends nothing until a decision is chosen, and leaves out a blank reason', () => {
    expect(toReviewInput('app-1', EMPTY_REVIEW)).toBeNull()
    expect(decideText(EMPTY_REVIEW)).toBe('请选择处理意见')
    const accept = { ...EMPTY_REVIEW, decision: 'accept' as const, reason: '  ' }
    expect(toReviewInput('app-1', accept)).toEqual({ applicationId: 'app-1', decision: 'accept', reason: undefined, missing: [] })
    expect(decideText(accept)).toBe('确认：预审通过')
  })

  it('asks for a reason and the missing materials before returning an application, by the affairs contract', () => {
    const bare = toReviewInput('app-1', { ...EMPTY_REVIEW, decision: 'return' })
    expect(bare && problems(bare)).toEqual({ reason: '退回或不予受理须写明理由', missing: '退回时请列出缺少的材料' })
    const complete = toReviewInput('app-1', { decision: 'return', reason: '材料不全', missing: '户口簿复印件' })
    expect(complete && problems(complete)).toEqual({})
  })
})
