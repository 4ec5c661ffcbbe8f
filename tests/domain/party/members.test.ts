import { mayDecide, mayRegister, mayReport, memberStatusText } from '@/shared/domain/party/members'

describe('party members', () => {
  it('lets a person register once, and again only after a refusal', () => {
    expect(mayRegister(null).ok).toBe(true)
    expect(mayRegister({ status: 'refused' }).ok).toBe(true)
    expect(mayRegister({ status: 'pending' })).toEqual({ ok: false, message: '您已提交党员报到，请等待党建中心确认' })
    expect(mayRegister({ status: 'confirmed' }).ok).toBe(false)
  })

  it('lets staff decide only a registration that still waits', () => {
    expect(mayDecide('pending')).toBe(true)
    expect(mayDecide('confirmed')).toBe(false)
    expect(mayDecide('refused')).toBe(false)
  })

  it('lets only a confirmed member report to a community', () => {
    expect(mayReport(null).ok).toBe(false)
    expect(mayReport({ status: 'pending' })).toEqual({ ok: false, message: '党员信息确认后才能到社区报到' })
    expect(mayReport({ status: 'confirmed' }).ok).toBe(true)
  })

  it('says where a confirmed member reported', () => {
    expect(memberStatusText({ status: 'confirmed', reportedCommunity: '黄河西路第三社区' })).toBe('已到黄河西路第三社区报到')
    expect(memberStatusText({ status: 'confirmed', reportedCommunity: null })).toBe('已确认，待到社区报到')
    expect(memberStatusText({ status: 'pending', reportedCommunity: null })).toBe('待党建中心确认')
  })
})
