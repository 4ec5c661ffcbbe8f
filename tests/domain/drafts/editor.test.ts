import { type ActivityDraft, addQuestion, draftFrom, problems, toActivityInput, toggleCommunity } from '@/centers/culture/pages/editor/draft'

const filled: ActivityDraft = {
  ...draftFrom(null, { orgIds: ['org-1'], staffCenters: [] }),
  title: '重阳节合唱',
  description: '社区老年合唱团演出',
  address: '黄河西路文化站二楼',
  startAt: '2026-12-12T01:00:00.000Z',
  endAt: '2026-12-12T03:00:00.000Z',
  signupOpensAt: '2026-12-01T00:00:00.000Z',
  signupClosesAt: '2026-12-10T10:00:00.000Z',
  cancelDeadline: '2026-12-11T10:00:00.000Z',
  capacity: '50',
}

describe('发布活动 draft', () => {
  it('starts a new activity under the person’s first organization, for the culture center', () => {
    const d = draftFrom(null, { orgIds: ['org-1', 'org-2'], staffCenters: ['affairs'] })
    expect(d.orgId).toBe('org-1')
    expect(d.center).toBe('culture')
    expect(d.title).toBe('')
  })

  it('starts a center’s own activity when the person is center staff and in no organization', () => {
    const d = draftFrom(null, { orgIds: [], staffCenters: ['eldercare'] })
    expect(d.orgId).toBeUndefined()
    expect(d.center).toBe('eldercare')
  })

  it('fills the form from the saved activity when editing, numbers as text', () => {
    const saved = { ...toActivityInput(filled), id: 'act-1', orgId: null, capacity: 50, minAge: 60, maxAge: null, questions: [{ label: '是否需要接送', required: true }] }
    const d = draftFrom(saved as Parameters<typeof draftFrom>[0], { orgIds: ['org-1'], staffCenters: [] })
    expect(d.orgId).toBeUndefined()
    expect(d.capacity).toBe('50')
    expect(d.minAge).toBe('60')
    expect(d.maxAge).toBe('')
    expect(d.questions).toEqual([{ key: 'saved-0', label: '是否需要接送', required: true }])
  })

  it('sends what was typed as numbers, unset ages as null, and drops questions left blank', () => {
    const input = toActivityInput({ ...filled, minAge: ' 60 ', questions: [{ key: 'a', label: '是否需要接送', required: true }, { key: 'b', label: '  ', required: false }] })
    expect(input).toMatchObject({ orgId: 'org-1', capacity: 50, minAge: 60, maxAge: null })
    expect(input.questions).toEqual([{ label: '是否需要接送', required: true }])
  })

  it('accepts a complete activity and names each missing field by the activities contract', () => {
    expect(problems(filled)).toEqual({})
    const missing = problems({ ...filled, title: ' ', capacity: '', startAt: '' })
    expect(missing).toEqual({ title: '请填写活动名称', capacity: '请填写名额', startAt: '请选择时间' })
  })

  it('names a wrong order of times at once, before anything is sent', () => {
    const wrong = problems({ ...filled, endAt: filled.startAt, cancelDeadline: '2027-01-01T00:00:00.000Z' })
    expect(wrong).toEqual({ endAt: '结束时间应晚于开始时间', cancelDeadline: '取消截止应不晚于活动开始' })
  })

  it('limits the audience by community only when some are chosen, and a second tap removes one', () => {
    const one = toggleCommunity([], '黄河西路第一社区')
    expect(one).toEqual(['黄河西路第一社区'])
    expect(toggleCommunity(one, '黄河西路第一社区')).toEqual([])
  })

  it('adds blank questions up to five', () => {
    let questions: ActivityDraft['questions'] = []
    for (let i = 0; i < 7; i++) questions = addQuestion(questions, `q${i}`)
    expect(questions).toHaveLength(5)
    expect(questions[0]).toEqual({ key: 'q0', label: '', required: false })
  })
})
