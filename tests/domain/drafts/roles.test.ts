import { chosenRole, GRANTABLE, grantDraftFor, problems, roleText } from '@/account/pages/roles/draft'

const orgs = [{ id: 'org-xiyang' }, { id: 'org-linli' }]

describe('授予角色 draft', () => {
  it('grants every role but resident, which everyone has', () => {
    expect(GRANTABLE).not.toContain('resident')
    expect(GRANTABLE).toContain('admin')
  })

  it('has no role to grant until one is chosen', () => {
    expect(chosenRole(grantDraftFor(orgs))).toBeNull()
  })

  it('makes center staff of the affairs center unless another center is chosen', () => {
    const d = { ...grantDraftFor(orgs), role: 'centerStaff' as const }
    expect(chosenRole(d)).toEqual({ role: 'centerStaff', center: 'affairs' })
    expect(chosenRole({ ...d, center: 'legal' })).toEqual({ role: 'centerStaff', center: 'legal' })
  })

  it('makes organization staff of the first organization listed, and of none while no organization is known', () => {
    expect(chosenRole({ ...grantDraftFor(orgs), role: 'orgStaff' })).toEqual({ role: 'orgStaff', orgId: 'org-xiyang' })
    expect(chosenRole({ ...grantDraftFor([]), role: 'orgStaff' })).toBeNull()
  })

  it('names a role in words, a center’s staff with the center', () => {
    expect(roleText({ role: 'lawyer' })).toBe('律师')
    expect(roleText({ role: 'centerStaff', center: 'affairs' })).toMatch(/^社区事务受理服务中心.*工作人员$/)
  })

  it('accepts a complete role change and refuses a person id that is not one, by the account contract', () => {
    expect(problems({ openid: 'persona-affairs-chen', role: { role: 'lawyer' } })).toEqual({})
    expect(problems({ openid: '陈敏', role: { role: 'lawyer' } })).toEqual({ openid: '编号格式不正确' })
  })
})
