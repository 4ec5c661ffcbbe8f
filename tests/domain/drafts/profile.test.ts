import { EMPTY_PROFILE, problems, profileDraftFrom, toProfileInput } from '@/account/pages/profile/draft'

const complete = { name: '王秀兰', community: '黄河西路第二社区', address: '5号楼2单元301', phone: '', birthYear: '' }

describe('个人资料 draft', () => {
  it('starts a newcomer with an empty form', () => {
    expect(profileDraftFrom(null)).toEqual(EMPTY_PROFILE)
  })

  it('shows a saved profile with an unknown phone and birth year as blank', () => {
    const saved = { name: '李建国', community: '黄河西路第一社区', address: '3号楼', phone: null, birthYear: 1956 }
    expect(profileDraftFrom(saved)).toEqual({ name: '李建国', community: '黄河西路第一社区', address: '3号楼', phone: '', birthYear: '1956' })
  })

  it('leaves a blank phone and birth year out of what is saved, and sends the year as a number', () => {
    expect(toProfileInput(complete)).toEqual({ name: '王秀兰', community: '黄河西路第二社区', address: '5号楼2单元301', phone: undefined, birthYear: undefined })
    expect(toProfileInput({ ...complete, phone: ' 13812345678 ', birthYear: ' 1956 ' })).toMatchObject({ phone: '13812345678', birthYear: 1956 })
  })

  it('accepts a complete profile and says what to fix in each field, by the account contract', () => {
    expect(problems(complete)).toEqual({})
    expect(problems({ ...EMPTY_PROFILE, name: '王', phone: '12345' })).toEqual({
      name: '姓名至少 2 个字',
      community: '请选择所在社区',
      address: '请填写详细地址',
      phone: '请填写 11 位手机号',
    })
    expect(problems({ ...complete, birthYear: '1856' })).toEqual({ birthYear: '请填写正确的出生年份' })
  })
})
