/** Social organizations (社会组织): the registry, and invitations that make a person staff of one organization. */
import * as z from 'zod'
import { CenterCodeSchema, Id, Instant, MobilePhone, optionalText, PageInput, PersonName, pageOf, text } from './common'
import { action, defineFunction } from './define'

export const ORG_KINDS = ['registered', 'grassroots'] as const
export const ORG_KIND_TEXT = { registered: '登记注册', grassroots: '草根备案' } as const
export const ORG_FIELDS = ['文化', '养老', '法律', '青少年', '志愿服务', '就业', '社区治理'] as const

/** A number the organization publishes for residents: mobile, landline with area code, or 400; empty for none. */
export const ServicePhone = z
  .string()
  .trim()
  .regex(/^(|1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|400-?\d{3}-?\d{4})$/, '请填写手机号或带区号的固定电话')

export const OrgInput = z.strictObject({
  name: text('机构名称', 40),
  kind: z.enum(ORG_KINDS, { error: '请选择登记类型' }),
  fields: z.array(z.enum(ORG_FIELDS, { error: '请选择服务领域' })).min(1, '至少选择一个服务领域').max(4),
  centers: z.array(CenterCodeSchema).min(1, '至少选择一个合作中心').max(8),
  contactName: PersonName,
  contactPhone: MobilePhone,
  /** shown to everyone; the contact person's own phone is not */
  servicePhone: ServicePhone.optional(),
  intro: text('机构简介', 500),
})

export const Org = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  fields: z.array(z.enum(ORG_FIELDS)),
  centers: z.array(CenterCodeSchema),
  servicePhone: z.string().nullable(),
  /** the contact person: only for those who manage the organization (managesOrg), null for everyone else */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  intro: z.string(),
})
export type Org = z.infer<typeof Org>

export const ListOrgsInput = PageInput.extend({
  field: z.enum(ORG_FIELDS).optional(),
  center: CenterCodeSchema.optional(),
  keyword: optionalText('关键词', 20),
})

export const Invite = z.object({ code: z.string(), orgId: Id, orgName: z.string(), expiresAt: Instant })

export const orgs = defineFunction('orgs', {
  createOrg: action(OrgInput, Org, { roles: ['admin'], submits: true }),
  listOrgs: action(ListOrgsInput, pageOf(Org), { roles: 'anyone' }),
  getOrg: action(z.strictObject({ orgId: Id }), Org, { roles: 'anyone' }),
  createInvite: action(z.strictObject({ orgId: Id }), Invite, { roles: ['admin'], submits: true }),
  redeemInvite: action(z.strictObject({ code: z.string().trim().toUpperCase().regex(/^[A-Z2-9]{8}$/, '邀请码为 8 位字母和数字') }), Invite, {
    roles: ['resident'],
    submits: true,
  }),
})
