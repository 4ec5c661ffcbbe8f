import { maySecond, mayReadOpinion, moveOpinion, opinionStatusText, shownAuthor } from '@/shared/domain/voice/opinions'
import { hoursProblem, hoursText, mayRecordReception, receptionRule } from '@/shared/domain/voice/receptions'
import { slotsForDay } from '@/shared/domain/booking/slots'
import { RECEPTION_POLICY } from '@/shared/domain/voice/receptions'

describe('what staff may do with an opinion', () => {
  it('answers, forwards or puts on an agenda an opinion just sent', () => {
    expect(moveOpinion('submitted', 'answer')).toEqual({ ok: true, status: 'answered' })
    expect(moveOpinion('submitted', 'forward')).toEqual({ ok: true, status: 'forwarded' })
    expect(moveOpinion('submitted', 'agenda')).toEqual({ ok: true, status: 'onAgenda' })
  })

  it('brings the result of a forwarded or agenda opinion back as its answer', () => {
    expect(moveOpinion('forwarded', 'answer')).toEqual({ ok: true, status: 'answered' })
    expect(moveOpinion('onAgenda', 'answer')).toEqual({ ok: true, status: 'answered' })
  })

  it('does nothing more with an answered opinion, and forwards only once', () => {
    for (const move of ['answer', 'forward', 'agenda'] as const) expect(moveOpinion('answered', move).ok).toBe(false)
    expect(moveOpinion('forwarded', 'forward').ok).toBe(false)
  })

  it('says where the opinion went', () => {
    expect(opinionStatusText('forwarded', '社区综合治理服务中心', null)).toBe('已转交社区综合治理服务中心办理')
    expect(opinionStatusText('onAgenda', null, '书记接待日（宋志刚）')).toBe('已列入「书记接待日（宋志刚）」议程')
    expect(opinionStatusText('submitted', null, null)).toBe('已提交，等待答复')
  })
})

describe('who reads an opinion and whose name they see', () => {
  const priv = { authorId: 'a', authorName: '李建国', public: false, anonymous: false }
  it('shows a private opinion to its author and staff only', () => {
    expect(mayReadOpinion(priv, 'a', false)).toBe(true)
    expect(mayReadOpinion(priv, 'b', true)).toBe(true)
    expect(mayReadOpinion(priv, 'b', false)).toBe(false)
    expect(mayReadOpinion({ ...priv, public: true }, 'b', false)).toBe(true)
    // the staff of the center it was forwarded to
    expect(mayReadOpinion(priv, 'b', false, true)).toBe(true)
  })

  it('hides an anonymous author from other residents but never from staff', () => {
    const anon = { ...priv, anonymous: true }
    expect(shownAuthor(anon, 'b', false)).toBe('匿名居民')
    expect(shownAuthor(anon, 'b', true)).toBe('李建国')
    expect(shownAuthor(anon, 'a', false)).toBe('李建国')
  })

  it('lets other residents second a public opinion still being handled', () => {
    const o = { authorId: 'a', public: true, status: 'submitted' as const }
    expect(maySecond(o, 'b')).toBeNull()
    expect(maySecond(o, 'a')).toMatch(/自己/)
    expect(maySecond({ ...o, public: false }, 'b')).toMatch(/未公开/)
    expect(maySecond({ ...o, status: 'answered' }, 'b')).toMatch(/已答复/)
  })
})

describe('a cadre’s reception hours', () => {
  it('turns the hours into one-to-one slots on the shared engine, in Shanghai time', () => {
    const rule = receptionRule({ weekdays: [3, 3], start: '09:00', end: '10:00', slotMinutes: 30 })
    expect(rule).toEqual({ weekdays: [3], periods: [{ start: '09:00', end: '10:00' }], slotMinutes: 30, windows: 1 })
    // Tuesday 1 Dec 2026 10:00 Shanghai = 02:00 UTC
    const slots = slotsForDay('2026-12-02', rule, [], { '0900': 1 }, RECEPTION_POLICY, new Date('2026-12-01T02:00:00Z'))
    expect(slots.map((s) => [s.time, s.state, s.start.toISOString()])).toEqual([
      ['09:00', 'full', '2026-12-02T01:00:00.000Z'],
      ['09:30', 'open', '2026-12-02T01:30:00.000Z'],
    ])
  })

  it('refuses hours that give no slot', () => {
    expect(hoursProblem({ weekdays: [1], start: '09:00', end: '09:20', slotMinutes: 30 })).toMatch(/至少一个时段/)
    expect(hoursProblem({ weekdays: [], start: '09:00', end: '11:00', slotMinutes: 30 })).toMatch(/至少选择一天/)
    expect(hoursProblem({ weekdays: [1], start: '09:00', end: '11:00', slotMinutes: 30 })).toBeNull()
  })

  it('reads the hours the way residents say them', () => {
    expect(hoursText(receptionRule({ weekdays: [5, 3], start: '09:00', end: '11:30', slotMinutes: 30 }))).toBe('每周三、周五 09:00–11:30，每人 30 分钟')
  })

  it('lets the receiving cadre or the center’s staff record a talk, nobody else', () => {
    expect(mayRecordReception({ cadreOpenid: 'c' }, 'c', false)).toBe(true)
    expect(mayRecordReception({ cadreOpenid: 'c' }, 's', true)).toBe(true)
    expect(mayRecordReception({ cadreOpenid: 'c' }, 'x', false)).toBe(false)
  })
})
