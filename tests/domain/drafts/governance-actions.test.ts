import { EMPTY_ACT, inputOf, offered, problemsOf, type Report } from '@/centers/governance/pages/report/draft'

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

  it('finds what a move still lacks before it is sent: who is responsible, the planned date', () => {
    expect(problemsOf('closeReport', 'r1', { ...EMPTY_ACT, reason: 'notOurs' })).toEqual({ responsible: '请写明责任单位及联系方式，方便居民联系' })
    expect(problemsOf('updateReport', 'r1', { ...EMPTY_ACT, note: '已联系' })).toEqual({ plannedAt: '请选择计划完成的日期和时间' })
    expect(problemsOf('acceptReport', 'r1', EMPTY_ACT)).toEqual({})
  })
})
