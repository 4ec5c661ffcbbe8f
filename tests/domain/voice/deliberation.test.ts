import {
  endOfDayAfter, fiveStepsAt, inScope, mayGather, mayImplement, mayObject, mayOpenVote, mayPublishResolution, mayRate, mayScheduleCouncil, progressOf,
  scopeKey, stepTextOf, type TopicState, verifiedFrom, voteState, voterKey,
} from '@/shared/domain/voice/deliberation'

// Tuesday 1 Dec 2026, 10:00 Shanghai
const now = new Date('2026-12-01T02:00:00Z')
const topic = (patch: Partial<TopicState> = {}): TopicState => ({
  step: 'gathering', byCouncil: false, gatherUntil: endOfDayAfter(now, 14), supportCount: 0, threshold: 5, council: null, resolution: null, vote: null, tasks: [], ...patch,
})

describe('periods', () => {
  it('ends a period at midnight Shanghai time, whatever the server’s zone', () => {
    expect(endOfDayAfter(now, 14).toISOString()).toBe('2026-12-15T16:00:00.000Z')
    // 23:30 Shanghai on 1 Dec is still 1 Dec there (15:30 UTC)
    expect(endOfDayAfter(new Date('2026-12-01T15:30:00Z'), 7).toISOString()).toBe('2026-12-08T16:00:00.000Z')
    // 00:30 Shanghai on 2 Dec is already 2 Dec (16:30 UTC on the 1st)
    expect(endOfDayAfter(new Date('2026-12-01T16:30:00Z'), 7).toISOString()).toBe('2026-12-09T16:00:00.000Z')
  })
})

describe('the scope', () => {
  const home = verifiedFrom('黄河西路第一社区', '3号楼2单元 201')
  it('takes the building and the household from the verified address', () => {
    expect(home).toEqual({ community: '黄河西路第一社区', building: '3号楼', household: '黄河西路第一社区|3号楼2单元201' })
  })
  it('lets verified residents of the community, or of the building, act; nobody unverified', () => {
    expect(inScope({ kind: 'community', community: '黄河西路第一社区', building: null }, home)).toBe(true)
    expect(inScope({ kind: 'building', community: '黄河西路第一社区', building: '3号楼' }, home)).toBe(true)
    expect(inScope({ kind: 'building', community: '黄河西路第一社区', building: '5号楼' }, home)).toBe(false)
    expect(inScope({ kind: 'community', community: '黄河西路第二社区', building: null }, home)).toBe(false)
    expect(inScope({ kind: 'community', community: '黄河西路第一社区', building: null }, null)).toBe(false)
    expect(scopeKey({ kind: 'building', community: '黄河西路第一社区', building: '3号楼' })).toBe('building:黄河西路第一社区|3号楼')
  })
  it('counts one vote per household or per person, as the vote states', () => {
    expect(voterKey(true, 'a', home)).toBe(voterKey(true, 'b', home))
    expect(voterKey(false, 'a', home)).not.toBe(voterKey(false, 'b', home))
  })
})

describe('the five steps', () => {
  it('names the five steps as residents are taught them, raising the topic done once it exists', () => {
    const words = (step: Parameters<typeof fiveStepsAt>[0]) => fiveStepsAt(step).map((s) => `${s.name}${s.state === 'done' ? '✓' : s.state === 'now' ? '…' : ''}`)
    expect(words('gathering')).toEqual(['提议题✓', '征求意见…', '议事会协商', '决议公示', '实施评议'])
    expect(words('notice')).toEqual(['提议题✓', '征求意见✓', '议事会协商✓', '决议公示…', '实施评议'])
    expect(words('evaluating')).toEqual(['提议题✓', '征求意见✓', '议事会协商✓', '决议公示✓', '实施评议…'])
    expect(words('closed')).toEqual(['提议题✓', '征求意见', '议事会协商', '决议公示', '实施评议'])
  })

  it('gathers supports and comments only in the period', () => {
    expect(mayGather(topic(), now)).toBeNull()
    expect(mayGather(topic(), new Date('2026-12-15T16:00:00Z'))).toMatch(/已过/)
    expect(mayGather(topic({ step: 'council' }), now)).toMatch(/已结束/)
  })

  it('sends a topic to the council once it reaches the threshold, or when the council raised it', () => {
    expect(mayScheduleCouncil(topic({ supportCount: 4 }))).toMatch(/达到 5 人/)
    expect(mayScheduleCouncil(topic({ supportCount: 5 }))).toBeNull()
    expect(mayScheduleCouncil(topic({ byCouncil: true }))).toBeNull()
    expect(mayScheduleCouncil(topic({ step: 'notice' }))).toMatch(/已过/)
  })

  it('publishes a resolution only after the minutes', () => {
    expect(mayPublishResolution({ ...topic({ step: 'council' }), council: { at: now, minutes: null } })).toMatch(/纪要/)
    expect(mayPublishResolution({ ...topic({ step: 'council' }), council: { at: now, minutes: '同意' } })).toBeNull()
  })

  const noticed = (patch: Partial<TopicState> = {}) =>
    topic({ step: 'notice', resolution: { accepted: true, needsVote: true, noticeUntil: endOfDayAfter(now, 7) }, ...patch })

  it('takes objections during the notice period only', () => {
    expect(mayObject(noticed(), now)).toBeNull()
    expect(mayObject(noticed(), new Date('2026-12-08T16:00:00Z'))).toMatch(/公示期已过/)
  })

  it('opens one vote with a future close, and counts it open until then', () => {
    const closesAt = new Date('2026-12-05T02:00:00Z')
    expect(mayOpenVote(noticed(), closesAt, now)).toBeNull()
    expect(mayOpenVote(noticed(), now, now)).toMatch(/晚于现在/)
    const voting = noticed({ vote: { opensAt: now, closesAt } })
    expect(mayOpenVote(voting, closesAt, now)).toMatch(/已发起/)
    expect(voteState(voting, now)).toBe('open')
    expect(voteState(voting, closesAt)).toBe('closed')
  })

  it('implements an accepted resolution after the notice period and the vote', () => {
    const closesAt = new Date('2026-12-10T02:00:00Z')
    const after = new Date('2026-12-09T02:00:00Z')
    expect(mayImplement(noticed(), now)).toMatch(/公示期结束后/)
    expect(mayImplement(noticed(), after)).toBeNull()
    expect(mayImplement(noticed({ vote: { opensAt: now, closesAt } }), after)).toMatch(/表决结束后/)
    expect(mayImplement(noticed({ resolution: { accepted: false, needsVote: false, noticeUntil: now } }), after)).toMatch(/未通过/)
  })

  it('says a topic at the threshold awaits the council, and a refused resolution ends with its notice', () => {
    expect(stepTextOf({ ...topic({ supportCount: 5 }), resolution: null }, now)).toBe('征求意见（已达 5 人支持，待议事会协商）')
    const refused = { ...topic({ step: 'notice' }), resolution: { accepted: false, noticeUntil: endOfDayAfter(now, 7) } }
    expect(stepTextOf(refused, now)).toBe('决议公示')
    expect(stepTextOf(refused, new Date('2026-12-08T16:00:00Z'))).toBe('已结束（决议不予采纳）')
  })

  it('measures progress by tasks done and lets residents rate once all are done', () => {
    expect(progressOf([])).toBe(0)
    expect(progressOf([{ done: true }, { done: false }, { done: false }])).toBe(33)
    expect(progressOf([{ done: true }, { done: true }])).toBe(100)
    expect(mayRate(topic({ step: 'implementing' }))).toMatch(/实施完成后/)
    expect(mayRate(topic({ step: 'evaluating' }))).toBeNull()
  })
})
