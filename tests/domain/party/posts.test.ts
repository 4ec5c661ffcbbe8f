import { managedCommunities, mayManage, periodRefusal, periodText, signUpRefusal, validHours } from '@/shared/domain/party/posts'

const post = { community: '黄河西路第三社区', startAt: new Date('2026-12-05T01:00:00Z'), endAt: new Date('2026-12-05T04:00:00Z'), status: 'open' as const }
const member = { status: 'confirmed' as const, reportedCommunity: '黄河西路第三社区' }
const now = new Date('2026-12-04T02:00:00Z')

describe('service posts', () => {
  it('lets a confirmed member who reported to the post’s community sign up', () => {
    expect(signUpRefusal(post, member, now)).toBeNull()
  })

  it('refuses a member who is not confirmed, has not reported, or reported elsewhere', () => {
    expect(signUpRefusal(post, null, now)).toBe('党员信息经党建中心确认后才能认领服务岗位')
    expect(signUpRefusal(post, { status: 'pending', reportedCommunity: null }, now)).toBe('党员信息经党建中心确认后才能认领服务岗位')
    expect(signUpRefusal(post, { status: 'confirmed', reportedCommunity: null }, now)).toBe('请先到居住的社区报到，再认领该社区的服务岗位')
    expect(signUpRefusal(post, { status: 'confirmed', reportedCommunity: '黄河西路第一社区' }, now)).toBe('您报到的是黄河西路第一社区，只能认领该社区的服务岗位')
  })

  it('refuses sign-ups once the post is closed or its period is over', () => {
    expect(signUpRefusal({ ...post, status: 'closed' }, member, now)).toBe('该服务岗位已停止认领')
    expect(signUpRefusal(post, member, new Date('2026-12-05T04:00:00Z'))).toBe('该服务岗位的服务期已结束')
  })

  it('reads a one-day period with clock times and a longer one by days, in Shanghai time', () => {
    expect(periodText(post.startAt, post.endAt)).toBe('12月5日 周六 09:00–12:00')
    expect(periodText(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-31T10:00:00Z'))).toBe('12月1日 周二 至 12月31日 周四')
  })

  it('takes hours in half hours up to twelve', () => {
    expect(validHours(1.5)).toBe(true)
    expect(validHours(0)).toBe(false)
    expect(validHours(1.2)).toBe(false)
    expect(validHours(13)).toBe(false)
  })

  it('refuses a period that ends before it starts or is already over', () => {
    expect(periodRefusal(post.endAt, post.startAt, now)).toBe('结束时间应晚于开始时间')
    expect(periodRefusal(post.startAt, post.endAt, new Date('2026-12-06T00:00:00Z'))).toBe('服务期已经过去，请重新选择')
    expect(periodRefusal(post.startAt, post.endAt, now)).toBeNull()
  })
})

describe('who manages a community', () => {
  it('gives party staff every community and community staff or cadres their own only', () => {
    expect(managedCommunities([{ role: 'centerStaff', center: 'party' }], null)).toBe('all')
    expect(managedCommunities([{ role: 'admin' }], null)).toBe('all')
    expect(managedCommunities([{ role: 'communityStaff' }], '黄河西路第三社区')).toEqual(['黄河西路第三社区'])
    expect(managedCommunities([{ role: 'cadre' }], '黄河西路第一社区')).toEqual(['黄河西路第一社区'])
    expect(managedCommunities([{ role: 'centerStaff', center: 'culture' }], '黄河西路第一社区')).toEqual([])
    expect(mayManage(['黄河西路第三社区'], '黄河西路第一社区')).toBe(false)
  })
})
