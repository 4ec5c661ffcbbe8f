import { CHECK_IN_RULE_TEXT, capacityRefusal, checkInWindow, inCheckInWindow, mayManageActivity, openPlaces, refuseCheckIn, refuseSignUp } from '@/shared/domain/activities'

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

describe('the check-in window', () => {
  // Saturday 2026-12-05, 09:00–11:00 in Shanghai
  const activity = { startAt: new Date('2026-12-05T01:00:00Z'), endAt: new Date('2026-12-05T03:00:00Z') }

  it('opens one hour before the start and closes at the end', () => {
    expect(checkInWindow(activity)).toEqual({ opensAt: new Date('2026-12-05T00:00:00Z'), closesAt: new Date('2026-12-05T03:00:00Z') })
  })

  it('refuses a check-in right after sign-up, days before the activity, saying when it opens', () => {
    expect(inCheckInWindow(activity, new Date('2026-11-30T02:00:00Z'))).toBe(false)
    expect(refuseCheckIn(activity, new Date('2026-11-30T02:00:00Z'))).toBe('签到还未开始：活动开始前 1 小时开放签到')
  })

  it('refuses a check-in a minute before the window opens', () => {
    expect(refuseCheckIn(activity, new Date('2026-12-04T23:59:00Z'))).not.toBeNull()
  })

  it('accepts a check-in from the hour before the start until the last minute', () => {
    for (const at of ['2026-12-05T00:00:00Z', '2026-12-05T01:30:00Z', '2026-12-05T03:00:00Z']) expect(refuseCheckIn(activity, new Date(at))).toBeNull()
  })

  it('refuses a check-in after the end', () => {
    expect(refuseCheckIn(activity, new Date('2026-12-05T03:01:00Z'))).toBe('活动已结束，不能再签到')
  })

  it('states the window in words for the pages', () => {
    expect(CHECK_IN_RULE_TEXT).toBe('签到时间：活动开始前 1 小时至活动结束')
  })
})
