import { ProfileInput, RoleSchema } from '@/shared/contracts/account'
import { fieldMessages } from '@/shared/contracts/define'
import { CENTERS } from '@/shared/domain/centers'

describe('account contract', () => {
  it('accepts a complete profile and trims spaces', () => {
    expect(ProfileInput.parse({ name: ' 王秀兰 ', community: '黄河西路第二社区', address: '5号楼 ' })).toEqual({
      name: '王秀兰',
      community: '黄河西路第二社区',
      address: '5号楼',
    })
  })

  it('explains every problem in Chinese, next to its field', () => {
    const result = ProfileInput.safeParse({ name: '王1', community: '别处', address: 'x'.repeat(61), extra: 1 })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldMessages(result.error)).toEqual({
      name: '姓名只能包含汉字、字母和间隔号',
      community: '请选择所在社区',
      address: '详细地址不能超过60个字',
      extra: '不接受此字段，请删除',
    })
  })

  it('takes a birth year up to this year on the Shanghai calendar, whatever year it is', () => {
    const birthYear = (year: number) => {
      const result = ProfileInput.safeParse({ name: '王秀兰', community: '黄河西路第二社区', address: '5号楼', birthYear: year })
      return result.success ? undefined : fieldMessages(result.error).birthYear
    }
    // 00:30 on New Year's Day 2031 in Shanghai (still 2030 in UTC)
    jest.useFakeTimers({ now: new Date('2030-12-31T16:30:00Z') })
    try {
      expect(birthYear(2031)).toBeUndefined()
      expect(birthYear(1931)).toBeUndefined()
      expect(birthYear(2032)).toBe('请填写正确的出生年份')
      expect(birthYear(1899)).toBe('请填写正确的出生年份')
    } finally {
      jest.useRealTimers()
    }
  })

  it('requires the center for a center staff role and the organization for an organization role', () => {
    expect(RoleSchema.safeParse({ role: 'centerStaff' }).success).toBe(false)
    expect(RoleSchema.safeParse({ role: 'centerStaff', center: 'affairs' }).success).toBe(true)
    expect(RoleSchema.safeParse({ role: 'orgStaff', orgId: 'org-1' }).success).toBe(true)
    expect(RoleSchema.safeParse({ role: 'superuser' }).success).toBe(false)
  })

  it('knows the eight centers of the platform', () => {
    expect(CENTERS.map((c) => c.name)).toEqual([
      '社区事务受理服务中心',
      '社区综合治理服务中心',
      '法律援助服务中心',
      '文化综合服务中心',
      '老年日间照料服务中心',
      '居民服务中心（街道职工之家）',
      '街道党建指导中心（党员服务中心）',
      '创业就业服务中心',
    ])
  })
})
