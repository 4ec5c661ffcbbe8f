import { amountOf, spanOf, toDeadlinesInput, withSpan } from '@/centers/governance/pages/setup/draft'
import { DEFAULT_SETTINGS } from '@/shared/domain/governance/deadlines'

describe('the deadline settings form', () => {
  it('changes one span of a category and keeps the others', () => {
    const next = withSpan(DEFAULT_SETTINGS.安全隐患, 'ordinary.respond', { amount: 4, unit: 'workingHours' })
    expect(spanOf(next, 'ordinary.respond')).toEqual({ amount: 4, unit: 'workingHours' })
    expect(spanOf(next, 'urgent.respond')).toEqual({ amount: 2, unit: 'hours' })
  })

  it('reads typed amounts as whole numbers, and nothing as 0 for the contract to refuse', () => {
    expect(amountOf('12')).toBe(12)
    expect(amountOf('')).toBe(0)
  })

  it('saves only the category edited', () => {
    expect(Object.keys(toDeadlinesInput('环境卫生', DEFAULT_SETTINGS.环境卫生, {}).settings)).toEqual(['环境卫生'])
  })
})
