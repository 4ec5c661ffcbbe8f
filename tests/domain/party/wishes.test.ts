import { claimDeadline, isOverdue, moveWish, publicWho } from '@/shared/domain/party/wishes'

describe('微心愿', () => {
  it('names a needy person publicly only by community and kind', () => {
    expect(publicWho('黄河西路第三社区', '独居老人')).toBe('第三社区 一位独居老人')
  })

  it('moves a wish through vetting, claim, delivery and confirmation in order', () => {
    expect(moveWish('vetting', 'approve')).toEqual({ ok: true, status: 'open' })
    expect(moveWish('open', 'claim')).toEqual({ ok: true, status: 'claimed' })
    expect(moveWish('claimed', 'deliver')).toEqual({ ok: true, status: 'delivered' })
    expect(moveWish('delivered', 'confirm')).toEqual({ ok: true, status: 'done' })
  })

  it('refuses a second claim and a confirmation before delivery', () => {
    expect(moveWish('claimed', 'claim')).toEqual({ ok: false, message: '该心愿已被认领' })
    expect(moveWish('claimed', 'confirm')).toEqual({ ok: false, message: '该心愿尚未送达，不能确认' })
    expect(moveWish('vetting', 'claim').ok).toBe(false)
  })

  it('returns a claim to the pool once its deadline has passed, not before', () => {
    const claimedAt = new Date('2026-12-01T02:00:00Z')
    const deadline = claimDeadline(claimedAt)
    expect(deadline.toISOString()).toBe('2026-12-08T02:00:00.000Z')
    expect(isOverdue({ status: 'claimed', claimDeadline: deadline }, new Date('2026-12-08T01:59:00Z'))).toBe(false)
    expect(isOverdue({ status: 'claimed', claimDeadline: deadline }, new Date('2026-12-08T02:00:00Z'))).toBe(true)
    expect(isOverdue({ status: 'delivered', claimDeadline: deadline }, new Date('2026-12-09T00:00:00Z'))).toBe(false)
    expect(moveWish('claimed', 'expire')).toEqual({ ok: true, status: 'open' })
  })
})
