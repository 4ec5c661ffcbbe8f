import { aidDeadline, boardOrder, isOverdue, needsHardshipDeclaration, stepAid } from '@/shared/domain/legal/aid'
import { answer, consultTitle, followUp, isUnansweredTooLong, mayRate, mayReadConsultation } from '@/shared/domain/legal/consultations'
import { checkEligibility, ELIGIBILITY_STEPS } from '@/shared/domain/legal/eligibility'
import { isValidIdNumber, maskIdNumber } from '@/shared/domain/legal/id-number'
import { refuseOutcome } from '@/shared/domain/legal/bookings'
import { agreementStands, judicialApplicationRefusal, judicialConfirmationBy, judicialReminderAt, stepMediation } from '@/shared/domain/legal/mediation'

const at = (iso: string) => new Date(iso)

describe('legal consultation', () => {
  it('names a consultation by its category only, never by what was asked', () => {
    expect(consultTitle('婚姻家庭')).toBe('法律咨询（婚姻家庭）')
  })

  it('shows an unpicked question to every lawyer, then only to the lawyer who picked it up', () => {
    expect(mayReadConsultation({ askerId: 'a', lawyerId: null }, 'lawyer-1', true)).toBe(true)
    expect(mayReadConsultation({ askerId: 'a', lawyerId: 'lawyer-1' }, 'lawyer-2', true)).toBe(false)
    expect(mayReadConsultation({ askerId: 'a', lawyerId: 'lawyer-1' }, 'neighbour', false)).toBe(false)
    expect(mayReadConsultation({ askerId: 'a', lawyerId: 'lawyer-1' }, 'a', false)).toBe(true)
  })

  it('flags a question still waiting after more than a day', () => {
    expect(isUnansweredTooLong('waiting', at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:01Z'))).toBe(true)
    expect(isUnansweredTooLong('waiting', at('2026-12-01T00:00:00Z'), at('2026-12-01T23:59:00Z'))).toBe(false)
    expect(isUnansweredTooLong('answered', at('2026-11-01T00:00:00Z'), at('2026-12-02T00:00:00Z'))).toBe(false)
  })

  it('lets the resident follow up after an answer and the lawyer answer again, but nothing after closing', () => {
    expect(answer('waiting')).toEqual({ ok: true, status: 'answered' })
    expect(followUp('answered')).toEqual({ ok: true, status: 'waiting' })
    expect(followUp('closed').ok).toBe(false)
    expect(answer('closed').ok).toBe(false)
  })

  it('lets the asker rate once, and only after a lawyer answered', () => {
    expect(mayRate({ status: 'waiting', lawyerId: null, rating: null })).toBe('律师答复后才能评价')
    expect(mayRate({ status: 'closed', lawyerId: 'l', rating: null })).toBeNull()
    expect(mayRate({ status: 'closed', lawyerId: 'l', rating: 5 })).toBe('您已评价过这次咨询')
  })
})

describe('legal-aid eligibility check', () => {
  it('asks three questions, one per screen', () => {
    expect(ELIGIBILITY_STEPS.map((s) => s.key)).toEqual(['who', 'matter', 'stage'])
  })

  it('exempts a migrant worker claiming unpaid wages from the hardship check and routes to an aid application', () => {
    expect(checkEligibility({ who: 'migrant', matter: 'wages', stage: 'notFiled' })).toMatchObject({ hardship: 'exempt', route: 'aid' })
  })

  it('asks a migrant worker in a family matter for the hardship declaration', () => {
    expect(checkEligibility({ who: 'migrant', matter: 'family', stage: 'litigation' }).hardship).toBe('required')
  })

  it('exempts social-assistance and 优抚 recipients whatever the matter', () => {
    expect(checkEligibility({ who: 'assistance', matter: 'damages', stage: 'notFiled' }).hardship).toBe('exempt')
    expect(checkEligibility({ who: 'veteran', matter: 'support', stage: 'notFiled' }).hardship).toBe('exempt')
  })

  it('exempts seniors, disabled people and minors only when they have no fixed income', () => {
    expect(checkEligibility({ who: 'elderly', matter: 'support', stage: 'notFiled' }).hardship).toBe('ifNoIncome')
    expect(needsHardshipDeclaration('ifNoIncome', true)).toBe(false)
    expect(needsHardshipDeclaration('ifNoIncome', false)).toBe(true)
  })

  it('routes neighbour disputes and matters already in mediation to mediation, other questions to a consultation', () => {
    expect(checkEligibility({ who: 'other', matter: 'neighbour', stage: 'notFiled' }).route).toBe('mediation')
    expect(checkEligibility({ who: 'women', matter: 'family', stage: 'mediation' }).route).toBe('mediation')
    expect(checkEligibility({ who: 'other', matter: 'other', stage: 'notFiled' }).route).toBe('consultation')
  })
})

describe('legal-aid application', () => {
  it('returns an incomplete application and takes it back when resubmitted', () => {
    expect(stepAid('submitted', 'return')).toEqual({ ok: true, status: 'returned' })
    expect(stepAid('returned', 'resubmit')).toEqual({ ok: true, status: 'submitted' })
  })

  it('decides only a complete application, and assigns a lawyer only after approval', () => {
    expect(stepAid('submitted', 'approve')).toEqual({ ok: false, message: '申请当前为「已提交，材料审查中」，不能决定给予法律援助' })
    expect(stepAid('complete', 'approve')).toEqual({ ok: true, status: 'approved' })
    expect(stepAid('approved', 'assign')).toEqual({ ok: true, status: 'assigned' })
  })

  it('lets a refusal be reviewed once', () => {
    expect(stepAid('refused', 'requestReview')).toEqual({ ok: true, status: 'reviewRequested' })
    expect(stepAid('reviewRequested', 'refuse')).toEqual({ ok: true, status: 'refused' })
    expect(stepAid('refused', 'requestReview', { reviewedOnce: true }).ok).toBe(false)
  })

  it('gives 7 working days to decide, skipping the weekend', () => {
    // complete on Tuesday 1 Dec 2026 (Shanghai): 7 working days → Thursday 10 Dec, due at its end
    const d = aidDeadline({ status: 'complete', completeAt: at('2026-12-01T02:00:00Z'), approvedAt: null })
    expect(d).toEqual({ kind: 'decision', due: at('2026-12-10T16:00:00Z') })
  })

  it('counts the working day of Shanghai, not of UTC, when an application completes late in the evening', () => {
    // 23:30 Monday 30 Nov Shanghai is 15:30 UTC: the count starts from Monday
    const d = aidDeadline({ status: 'complete', completeAt: at('2026-11-30T15:30:00Z'), approvedAt: null })
    expect(d?.due).toEqual(at('2026-12-09T16:00:00Z'))
  })

  it('skips the National Day holiday and counts the make-up working day', () => {
    // approved Wed 30 Sep 2026: 1–7 Oct off, Sat 10 Oct is a make-up working day → 8, 9, 10 Oct
    const d = aidDeadline({ status: 'approved', completeAt: null, approvedAt: at('2026-09-30T02:00:00Z') })
    expect(d).toEqual({ kind: 'assignment', due: at('2026-10-10T16:00:00Z') })
  })

  it('follows a staff correction of the calendar', () => {
    const d = aidDeadline({ status: 'approved', completeAt: null, approvedAt: at('2026-12-01T02:00:00Z') }, { '2026-12-02': 'off' })
    // Wed 2 Dec closed: Thu 3, Fri 4, Mon 7
    expect(d?.due).toEqual(at('2026-12-07T16:00:00Z'))
  })

  it('puts overdue applications first on the board', () => {
    const now = at('2026-12-20T02:00:00Z')
    const rows = [
      { id: 'later', deadline: { kind: 'decision' as const, due: at('2026-12-25T16:00:00Z') }, submittedAt: at('2026-12-01T00:00:00Z') },
      { id: 'none', deadline: null, submittedAt: at('2026-11-01T00:00:00Z') },
      { id: 'overdue', deadline: { kind: 'assignment' as const, due: at('2026-12-18T16:00:00Z') }, submittedAt: at('2026-12-10T00:00:00Z') },
    ]
    expect(boardOrder(rows, now).map((r) => r.id)).toEqual(['overdue', 'later', 'none'])
    expect(isOverdue(rows[2].deadline, now)).toBe(true)
  })
})

describe('ID numbers', () => {
  it('accepts a number whose check digit is right and refuses one typed wrong', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('110105194912310021')).toBe(false)
  })

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
  })
})

describe('mediation', () => {
  it('ends the case when the other party refuses', () => {
    expect(stepMediation('invited', 'people', 'refuse')).toEqual({ ok: true, status: 'refused', level: 'people' })
    expect(stepMediation('refused', 'people', 'assign').ok).toBe(false)
  })

  it('escalates a failed people’s mediation to administrative, then judicial, and no further', () => {
    expect(stepMediation('failed', 'people', 'escalate')).toEqual({ ok: true, status: 'accepted', level: 'administrative' })
    expect(stepMediation('failed', 'administrative', 'escalate')).toEqual({ ok: true, status: 'accepted', level: 'judicial' })
    expect(stepMediation('failed', 'judicial', 'escalate')).toEqual({ ok: false, message: '司法调解是最后一级，调解不成可依法向法院起诉' })
  })

  it('lets an agreement stand only when both parties confirm, and reminds of judicial confirmation within 30 days', () => {
    expect(agreementStands(['a'], ['a', 'b'])).toBe(false)
    expect(agreementStands(['b', 'a'], ['a', 'b'])).toBe(true)
    expect(judicialConfirmationBy(at('2026-12-01T00:00:00Z'))).toEqual(at('2026-12-31T00:00:00Z'))
  })

  it('reminds of 司法确认 at 09:00 Shanghai seven days before the window closes, whatever the hour it was confirmed', () => {
    // confirmed Tue 1 Dec 10:00 → by Thu 31 Dec 10:00 → reminded Thu 24 Dec 09:00 Shanghai
    expect(judicialReminderAt(at('2026-12-31T02:00:00Z'), at('2026-12-01T02:00:00Z'))).toEqual(at('2026-12-24T01:00:00Z'))
    // confirmed at 00:30 Shanghai on the 2nd (still the 1st in UTC): by 00:30 on 1 Jan, reminded 25 Dec — the Shanghai day counts
    expect(judicialReminderAt(at('2026-12-31T16:30:00Z'), at('2026-12-01T16:30:00Z'))).toEqual(at('2026-12-25T01:00:00Z'))
    // across the spring change of daylight saving elsewhere (8 Mar 2026 in Los Angeles) the hour stays 09:00 Shanghai
    expect(judicialReminderAt(at('2026-03-14T02:00:00Z'), at('2026-02-12T02:00:00Z'))).toEqual(at('2026-03-07T01:00:00Z'))
  })

  it('sends the 司法确认 reminder at once when less than seven days are left', () => {
    expect(judicialReminderAt(at('2026-12-31T02:00:00Z'), at('2026-12-26T02:00:00Z'))).toEqual(at('2026-12-26T02:00:00Z'))
  })
})

describe('司法确认 applied for', () => {
  it('is recorded once, and only after the agreement stands', () => {
    expect(judicialApplicationRefusal({ status: 'agreed' })).toBe('双方确认调解协议、协议生效后，才能申请司法确认')
    expect(judicialApplicationRefusal({ status: 'confirmed' })).toBeNull()
    expect(judicialApplicationRefusal({ status: 'confirmed', judicialAppliedAt: null })).toBeNull()
    expect(judicialApplicationRefusal({ status: 'confirmed', judicialAppliedAt: new Date('2026-12-05T02:00:00Z') })).toBe('已记录申请司法确认')
  })
})

describe('after a duty lawyer booking', () => {
  const booking = { status: 'booked' as const, day: '2026-12-02', start: at('2026-12-02T06:00:00Z') }

  it('records 已面谈 from the booking’s day on (Shanghai), and 未到 only once its time has begun', () => {
    expect(refuseOutcome(booking, 'done', at('2026-12-01T15:59:00Z'))).toBe('还没到面谈当天，不能记为已面谈')
    expect(refuseOutcome(booking, 'done', at('2026-12-01T16:00:00Z'))).toBeNull()
    expect(refuseOutcome(booking, 'noShow', at('2026-12-02T05:59:00Z'))).toBe('面谈时间还没到，不能记为未到')
    expect(refuseOutcome(booking, 'noShow', at('2026-12-02T06:00:00Z'))).toBeNull()
  })

  it('records nothing on a booking that was cancelled or already recorded', () => {
    expect(refuseOutcome({ ...booking, status: 'cancelled' }, 'done', at('2026-12-02T07:00:00Z'))).toBe('该预约已取消，不能再记为「已面谈」')
    expect(refuseOutcome({ ...booking, status: 'done' }, 'noShow', at('2026-12-02T07:00:00Z'))).toBe('该预约已面谈，不能再记为「未到」')
  })
})
