import { audienceText, EMPTY_OPINION, problems, toOpinionInput } from '@/centers/residents/pages/send/draft'
import { EMPTY_HOURS, problems as hoursProblems, toggleDay, toHoursInput } from '@/centers/residents/pages/hours/draft'

describe('the opinion form', () => {
  it('asks for the kind, the category and the words before sending', () => {
    expect(Object.keys(problems(EMPTY_OPINION)).sort()).toEqual(['category', 'kind', 'text'])
    expect(problems({ ...EMPTY_OPINION, kind: '建议', category: '其他', text: '多种树' })).toEqual({})
  })

  it('sends a private opinion as named: anonymity only hides a name from other residents of a public one', () => {
    expect(toOpinionInput({ ...EMPTY_OPINION, anonymous: true }).anonymous).toBe(false)
    expect(toOpinionInput({ ...EMPTY_OPINION, public: true, anonymous: true }).anonymous).toBe(true)
  })

  it('says who will see it', () => {
    expect(audienceText(EMPTY_OPINION)).toMatch(/只有您本人和居民服务中心工作人员/)
    expect(audienceText({ ...EMPTY_OPINION, public: true, anonymous: true })).toMatch(/看不到您的姓名/)
  })
})

describe('the reception hours form', () => {
  it('toggles weekdays in order', () => {
    expect(toggleDay({ ...EMPTY_HOURS, weekdays: [3] }, 1)).toEqual([1, 3])
    expect(toggleDay({ ...EMPTY_HOURS, weekdays: [1, 3] }, 3)).toEqual([1])
  })

  it('asks for a place and a day, and hours long enough for one resident', () => {
    expect(Object.keys(hoursProblems(EMPTY_HOURS)).sort()).toEqual(['address', 'weekdays'])
    expect(hoursProblems({ ...EMPTY_HOURS, address: '居委会', weekdays: [3], end: '09:10' })).toEqual({ end: expect.stringMatching(/至少一个时段/) })
    expect(toHoursInput({ ...EMPTY_HOURS, receptionId: 'r1' }).receptionId).toBe('r1')
  })
})
