import { isVerified, mayPublish, standing, verificationEnds } from '@/shared/domain/employment/employers'

const verifiedOn = new Date('2026-06-01T02:00:00Z')
const verified = { status: 'verified' as const, verifiedUntil: verificationEnds(verifiedOn), firstVerifiedAt: verifiedOn }

describe('employer verification', () => {
  it('lasts six months from the day staff verify', () => {
    expect(verificationEnds(verifiedOn).toISOString()).toBe('2026-12-01T02:00:00.000Z')
    expect(isVerified(verified, new Date('2026-11-30T23:00:00Z'))).toBe(true)
    expect(isVerified(verified, new Date('2026-12-01T02:00:00Z'))).toBe(false)
  })

  it('lets a verified employer publish, with staff review only in the first month after the first verification', () => {
    expect(mayPublish(verified, new Date('2026-06-20T00:00:00Z'))).toEqual({ ok: true, needsReview: true })
    expect(mayPublish(verified, new Date('2026-07-02T00:00:00Z'))).toEqual({ ok: true, needsReview: false })
  })

  it('stops an unverified or expired employer from publishing, saying what to do', () => {
    expect(mayPublish({ status: 'pending', verifiedUntil: null, firstVerifiedAt: null }, verifiedOn)).toEqual({ ok: false, message: '单位尚未通过中心认证，通过后才能发布岗位' })
    expect(mayPublish(verified, new Date('2026-12-02T00:00:00Z'))).toEqual({ ok: false, message: '单位认证已过期，请重新提交审核，通过后才能发布岗位' })
  })

  it('reads as expiring in the last 30 days, expired after, and verified while a renewal is under review', () => {
    expect(standing(verified, new Date('2026-10-01T00:00:00Z'))).toBe('verified')
    expect(standing(verified, new Date('2026-11-15T00:00:00Z'))).toBe('expiring')
    expect(standing({ ...verified, status: 'pending' }, new Date('2026-11-15T00:00:00Z'))).toBe('verified')
    expect(standing(verified, new Date('2026-12-15T00:00:00Z'))).toBe('expired')
    expect(standing({ status: 'refused', verifiedUntil: null, firstVerifiedAt: null }, verifiedOn)).toBe('refused')
  })
})
