import { ORGS } from '../../emulator/seeds/culture'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const env = withLocalCloud()
const ADMIN = 'orgs-admin'

beforeAll(() => {
  env.cloud.store.insert('orgs', ORGS.map((o) => ({ ...o, createdAt: new Date() })))
  env.givenUser(ADMIN, [{ role: 'admin' }], { name: '马建华', community: '黄河西路第一社区', address: '1号楼' })
})

describe('social organizations', () => {
  it('lists organizations by field and center, a page at a time', async () => {
    const elderly = dataOf(await env.call(null, 'orgs', 'listOrgs', { field: '养老' }))
    expect(elderly.items.map((o) => o.name)).toEqual(['幸福夕阳服务中心'])
    const culture = dataOf(await env.call(null, 'orgs', 'listOrgs', { center: 'culture', pageSize: 2 }))
    expect(culture.items).toHaveLength(2)
    expect(culture.hasMore).toBe(true)
  })

  it('lets only the street administrator register an organization', async () => {
    const input = {
      name: '邻里互助会',
      kind: 'grassroots' as const,
      fields: ['志愿服务' as const],
      centers: ['culture' as const],
      contactName: '赵敏',
      contactPhone: '13904720099',
      intro: '楼栋邻里互帮互助。',
    }
    expect(errorOf(await env.call('some-resident', 'orgs', 'createOrg', input)).code).toBe('FORBIDDEN')
    const org = dataOf(await env.call(ADMIN, 'orgs', 'createOrg', input))
    expect(dataOf(await env.call(null, 'orgs', 'getOrg', { orgId: org.id })).name).toBe('邻里互助会')
  })

  it('shows visitors and residents the service phone an organization publishes, never its contact person', async () => {
    const input = {
      name: '银龄合唱团',
      kind: 'grassroots' as const,
      fields: ['文化' as const],
      centers: ['culture' as const],
      contactName: '钱玉兰',
      contactPhone: '13904720123',
      servicePhone: '0471-6912345',
      intro: '退休教师组建的合唱团。',
    }
    const org = dataOf(await env.call(ADMIN, 'orgs', 'createOrg', input))
    expect(org).toMatchObject({ servicePhone: '0471-6912345', contactName: '钱玉兰', contactPhone: '13904720123' })
    env.givenResident('orgs-resident', '李建国')
    for (const caller of [null, 'orgs-resident']) {
      const listed = dataOf(await env.call(caller, 'orgs', 'listOrgs', { pageSize: 50 }))
      const shown = dataOf(await env.call(caller, 'orgs', 'getOrg', { orgId: org.id }))
      expect(listed.items.find((o) => o.id === org.id)).toMatchObject({ servicePhone: '0471-6912345', contactName: null, contactPhone: null })
      expect(shown).toMatchObject({ servicePhone: '0471-6912345', contactName: null, contactPhone: null })
      // no contact phone of any organization, seeded or new, in any reply
      expect(JSON.stringify([listed, shown])).not.toMatch(/1390472\d{4}|钱玉兰|刘芳/)
    }
    expect(dataOf(await env.call(null, 'orgs', 'getOrg', { orgId: 'org-huanghe-yishu' })).servicePhone).toBeNull()
  })

  it('shows the contact person to the street administrator, culture staff and the organization’s own staff only', async () => {
    env.givenUser('orgs-culture-staff', [{ role: 'centerStaff', center: 'culture' }])
    env.givenUser('orgs-affairs-staff', [{ role: 'centerStaff', center: 'affairs' }])
    env.givenUser('orgs-xingfu-staff', [{ role: 'orgStaff', orgId: 'org-xingfu-xiyang' }])
    const contactOf = async (caller: string, orgId: string) => {
      const listed = dataOf(await env.call(caller, 'orgs', 'listOrgs', { pageSize: 50 })).items.find((o) => o.id === orgId)
      const shown = dataOf(await env.call(caller, 'orgs', 'getOrg', { orgId }))
      expect(listed?.contactPhone).toBe(shown.contactPhone)
      return shown.contactPhone
    }
    expect(await contactOf(ADMIN, 'org-huanghe-yishu')).toBe('13904720002')
    expect(await contactOf('orgs-culture-staff', 'org-huanghe-yishu')).toBe('13904720002')
    expect(await contactOf('orgs-xingfu-staff', 'org-xingfu-xiyang')).toBe('13904720001')
    expect(await contactOf('orgs-xingfu-staff', 'org-huanghe-yishu')).toBeNull()
    expect(await contactOf('orgs-affairs-staff', 'org-huanghe-yishu')).toBeNull()
  })

  it('refuses a service phone that is not a phone number', async () => {
    const input = { name: '某协会', kind: 'grassroots' as const, fields: ['文化' as const], centers: ['culture' as const], contactName: '赵敏', contactPhone: '13904720099', servicePhone: '请加微信', intro: '简介' }
    expect(errorOf(await env.call(ADMIN, 'orgs', 'createOrg', input)).fields).toEqual({ servicePhone: '请填写手机号或带区号的固定电话' })
  })

  it('turns a one-time invite code into staff of that organization only', async () => {
    env.givenResident('new-org-staff', '刘芳')
    env.givenResident('second-person', '李四')
    const invite = dataOf(await env.call(ADMIN, 'orgs', 'createInvite', { orgId: 'org-xingfu-xiyang' }))
    expect(invite.code).toMatch(/^[A-Z2-9]{8}$/)
    const redeemed = dataOf(await env.call('new-org-staff', 'orgs', 'redeemInvite', { code: invite.code.toLowerCase() }))
    expect(redeemed.orgName).toBe('幸福夕阳服务中心')
    expect(dataOf(await env.call('new-org-staff', 'account', 'whoami', {})).roles).toContainEqual({ role: 'orgStaff', orgId: 'org-xingfu-xiyang' })
    const used = errorOf(await env.call('second-person', 'orgs', 'redeemInvite', { code: invite.code }))
    expect(used.message).toBe('该邀请码已被使用，请向街道管理员重新申请')
    expect(errorOf(await env.call('second-person', 'orgs', 'redeemInvite', { code: 'ABCDEFGH' })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call('second-person', 'orgs', 'redeemInvite', { code: '123' })).fields).toEqual({ code: '邀请码为 8 位字母和数字' })
  })
})
