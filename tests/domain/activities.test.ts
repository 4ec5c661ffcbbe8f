import { capacityRefusal, mayManageActivity, openPlaces, refuseSignUp } from '@/shared/domain/activities'

describe('seats a newcomer can take', () => {
  it('offers the free seats when nobody waits', () => {
    expect(openPlaces({ placesLeft: 3, waiting: 0 })).toBe(3)
  })

  it('offers none while people wait, because freed seats go to the waitlist first', () => {
    expect(openPlaces({ placesLeft: 1, waiting: 2 })).toBe(0)
  })

  it('never shows a negative number', () => {
    expect(openPlaces({ placesLeft: -1 })).toBe(0)
  })
})

describe('changing the capacity', () => {
  it('allows any capacity that still holds the seats taken', () => {
    expect(capacityRefusal(10, 10)).toBeNull()
  })

  it('says how many seats are taken when the new capacity is too small', () => {
    expect(capacityRefusal(2, 3)).toBe('已有 3 个名额被占用，名额不能少于 3')
  })
})

describe('who manages an activity', () => {
  const activity = { orgId: 'org-a', center: 'culture' as const }

  it('lets the organizing organization’s staff manage it', () => {
    expect(mayManageActivity(activity, [{ role: 'orgStaff', orgId: 'org-a' }])).toBe(true)
  })

  it('lets the staff of the activity’s center manage it', () => {
    expect(mayManageActivity(activity, [{ role: 'centerStaff', center: 'culture' }])).toBe(true)
  })

  it('keeps other organizations and other centers out', () => {
    expect(mayManageActivity(activity, [{ role: 'orgStaff', orgId: 'org-b' }, { role: 'centerStaff', center: 'affairs' }])).toBe(false)
  })
})

describe('refusing a sign-up', () => {
  const now = new Date('2026-11-30T00:00:00Z')
  const open = {
    status: 'published' as const,
    audience: {},
    signupOpensAt: new Date('2026-11-29T00:00:00Z'),
    signupClosesAt: new Date('2026-12-04T00:00:00Z'),
    cancelDeadline: new Date('2026-12-04T00:00:00Z'),
    startAt: new Date('2026-12-05T00:00:00Z'),
    endAt: new Date('2026-12-05T02:00:00Z'),
  }

  it('accepts anyone while sign-up is open and the audience is everyone', () => {
    expect(refuseSignUp(open, { community: null, birthYear: null }, now)).toBeNull()
  })

  it('names the communities an activity is limited to', () => {
    expect(refuseSignUp({ ...open, audience: { communities: ['黄河西路第一社区'] } }, { community: '黄河西路第二社区', birthYear: null }, now)?.message).toBe('本活动仅限第一社区居民报名')
  })
})
