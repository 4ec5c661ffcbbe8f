import { attendanceText, canCheckIn, canNotify, problems, toCheckInInput, toNoticeInput } from '@/centers/culture/pages/roster/draft'

describe('报名名单 draft', () => {
  it('offers check-in once the six characters of a resident’s code are typed', () => {
    expect(canCheckIn('AB3D')).toBe(false)
    expect(canCheckIn(' AB3DEF ')).toBe(true)
  })

  it('offers a notice once something is typed', () => {
    expect(canNotify('  ')).toBe(false)
    expect(canNotify('请提前 10 分钟到场')).toBe(true)
  })

  it('accepts a code in small letters and refuses one with letters that are never issued, by the activities contract', () => {
    expect(problems(toCheckInInput('act-1', 'ab3def'))).toEqual({})
    expect(problems(toCheckInInput('act-1', 'AB1DE0'))).toEqual({ code: '签到码为 6 位字母和数字' })
  })

  it('keeps a notice to twenty characters', () => {
    expect(problems(toNoticeInput('act-1', '请提前 10 分钟到场'))).toEqual({})
    expect(problems(toNoticeInput('act-1', '请'.repeat(21)))).toEqual({ message: '通知内容不能超过20个字' })
  })

  it('says who came, who did not, and otherwise the sign-up status', () => {
    expect(attendanceText({ checkedIn: true, noShow: false, statusText: '报名成功' })).toBe('已签到')
    expect(attendanceText({ checkedIn: false, noShow: true, statusText: '报名成功' })).toBe('未到')
    expect(attendanceText({ checkedIn: false, noShow: false, statusText: '候补中' })).toBe('候补中')
  })
})
