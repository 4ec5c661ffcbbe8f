import { EMPTY_ACT, inputOf, offered, type Report } from '@/centers/governance/pages/report/draft'

const base = { moves: [], viewer: { isReporter: false, isFollower: false, isHandler: false, isCommand: false } } as unknown as Report

describe('the forms on a report', () => {
  it('closes as not our responsibility with who is responsible and how to reach them', () => {
    expect(inputOf('closeReport', 'r1', { ...EMPTY_ACT, reason: 'notOurs', responsible: '供电公司', contact: '95598' })).toEqual({ reportId: 'r1', reason: 'notOurs', responsible: '供电公司', contact: '95598', note: undefined })
  })

  it('sends the disposal photos by their file ids', () => {
    expect(inputOf('disposeReport', 'r1', { ...EMPTY_ACT, text: '已修好', photos: [{ file: 'cloud://x/a.jpg', url: 'blob:a' }] })).toEqual({ reportId: 'r1', text: '已修好', photos: ['cloud://x/a.jpg'] })
  })

  it('offers the handler their moves and the reporter theirs', () => {
    const asHandler = offered({ ...base, moves: ['accept', 'close'], viewer: { ...base.viewer, isHandler: true } })
    expect(asHandler.handler).toEqual(['accept', 'close'])
    const asReporter = offered({ ...base, moves: ['confirm', 'reopen'], viewer: { ...base.viewer, isReporter: true } })
    expect(asReporter).toMatchObject({ handler: [], reporter: ['confirm', 'reopen'], follow: false })
  })
})
