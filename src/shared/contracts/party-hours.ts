/** 志愿者与时间银行 (the party center's volunteer hours): register, hours, the service record, credits, spends, transfers. */
import * as z from 'zod'
import { ENTRY_KIND_TEXT, MAX_CREDIT_HOURS } from '../domain/party/ledger'
import { AVAILABILITY, SKILLS } from '../domain/party/volunteers'
import { CommunityName, Id, Instant, PageInput, pageOf, text } from './common'
import { action } from './define'
import { Exported } from './party-members'

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...Array<keyof T & string>]

/** 志愿者编号 "ZY" + six characters: how staff name a volunteer (openids never leave the server). */
export const VolunteerNo = z.string().trim().toUpperCase().regex(/^ZY[A-Z2-9]{6}$/, '志愿者编号为 ZY 加 6 位字母数字')

export const RegisterVolunteerInput = z.strictObject({
  skills: z.array(z.enum(SKILLS, { error: '请选择服务技能' })).min(1, '请至少选择一项服务技能').max(6, '服务技能最多选 6 项'),
  availability: z.array(z.enum(keysOf(AVAILABILITY), { error: '请选择可服务时间' })).min(1, '请至少选择一个可服务时间').max(4),
  community: CommunityName,
})
export type RegisterVolunteerInput = z.input<typeof RegisterVolunteerInput>

export const VolunteerView = z.object({
  number: z.string(),
  name: z.string(),
  community: z.string(),
  skills: z.array(z.string()),
  availability: z.array(z.string()),
  availabilityText: z.string(),
  registeredText: z.string(),
})

const HoursSummary = z.object({
  balance: z.number(),
  balanceText: z.string(),
  creditedText: z.string(),
  spentText: z.string(),
  /** first to last credited service, in words; null when none yet */
  periodText: z.string().nullable(),
})

export const LinkedSenior = z.object({
  seniorId: Id,
  name: z.string(),
  /** 本人 (the caller is this senior) or 家属 */
  standing: z.enum(['self', 'family']),
  balance: z.number(),
  balanceText: z.string(),
})

export const PayableBooking = z.object({
  bookingId: Id,
  serviceName: z.string(),
  whenText: z.string(),
  statusText: z.string(),
  cost: z.number(),
  costText: z.string(),
  /** paid with hours already: from which account, in words */
  paidText: z.string().nullable(),
})

export const MyHoursInput = z.strictObject({
  /** staff: a volunteer's hours by their number */
  volunteerNo: VolunteerNo.optional(),
  /** the time bank for a senior the caller is or is linked to: their balance and the home services to pay */
  seniorId: Id.optional(),
})

export const MyHoursResult = HoursSummary.extend({
  volunteer: VolunteerView.nullable(),
  seniors: z.array(LinkedSenior),
  /** with seniorId: that senior's upcoming home services */
  senior: LinkedSenior.nullable(),
  bookings: z.array(PayableBooking),
})

export const LedgerRow = z.object({
  id: z.string(),
  kind: z.enum(keysOf(ENTRY_KIND_TEXT)),
  kindText: z.string(),
  /** signed hours: + credited or received, − spent or given */
  hours: z.number(),
  hoursText: z.string(),
  title: z.string(),
  atText: z.string(),
  at: Instant,
  /** credits: who verified them (a name, never an openid) */
  verifiedBy: z.string().nullable(),
})

export const LedgerInput = PageInput.extend({
  volunteerNo: VolunteerNo.optional(),
  /** the ledger of a senior's account (the senior or linked family) */
  seniorId: Id.optional(),
})

export const ServiceRecordInput = z.strictObject({ volunteerNo: VolunteerNo.optional() })
export const ServiceRecordResult = z.object({
  title: z.string(),
  org: z.string(),
  name: z.string(),
  number: z.string(),
  periodText: z.string(),
  totalText: z.string(),
  statement: z.string(),
  issuedText: z.string(),
  serial: z.string(),
  lines: z.array(z.object({ dayText: z.string(), title: z.string(), hoursText: z.string(), verifiedBy: z.string() })),
  /** the PDF, a short-lived link handed to its owner (or the staff who issued it) only */
  url: z.string(),
  fileName: z.string(),
})

export const CreditHoursInput = z.strictObject({
  volunteerNos: z.array(VolunteerNo).min(1, '请填写志愿者编号').max(50, '一次最多为 50 位志愿者记时'),
  title: text('服务内容', 20),
  hours: z
    .number({ error: '请填写服务时长' })
    .positive('服务时长须大于 0')
    .max(MAX_CREDIT_HOURS, `一次记时最多 ${MAX_CREDIT_HOURS} 小时`)
    .refine((h) => Number.isInteger(h * 4), '服务时长以 0.25 小时为单位'),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请选择服务日期'),
})
export const CreditHoursResult = z.object({
  credited: z.array(z.object({ number: z.string(), name: z.string() })),
  already: z.array(z.string()),
  unknown: z.array(z.string()),
})

export const SpendHoursInput = z.strictObject({
  bookingId: Id,
  /** whose hours pay: the caller's own, or the senior's account */
  from: z.enum(['mine', 'senior'], { error: '请选择用谁的时长' }),
})
export const SpendHoursResult = z.object({ spentText: z.string(), booking: PayableBooking })

export const TransferHoursInput = z.strictObject({
  seniorId: Id,
  direction: z.enum(['toSenior', 'fromSenior'], { error: '请选择转出还是转入' }),
  hours: z
    .number({ error: '请填写时长' })
    .positive('时长须大于 0')
    .max(1000)
    .refine((h) => Number.isInteger(h * 2), '时长以 0.5 小时为单位'),
})
export const TransferHoursResult = z.object({ movedText: z.string() })

export const VolunteerRow = VolunteerView.extend({ balanceText: z.string(), creditedText: z.string() })

export const hoursActions = {
  registerVolunteer: action(RegisterVolunteerInput, VolunteerView, { roles: ['resident'], submits: 'keyed' }),
  myHours: action(MyHoursInput, MyHoursResult, { roles: ['resident'] }),
  serviceRecord: action(ServiceRecordInput, ServiceRecordResult, { roles: ['resident'] }),
  ledger: action(LedgerInput, pageOf(LedgerRow), { roles: ['resident'] }),
  /** party staff: hours for service they verified, naming the service; each volunteer once per submit */
  creditHours: action(CreditHoursInput, CreditHoursResult, { roles: ['centerStaff'], submits: 'keyed' }),
  spendHours: action(SpendHoursInput, SpendHoursResult, { roles: ['resident'], submits: 'keyed' }),
  transferHours: action(TransferHoursInput, TransferHoursResult, { roles: ['resident'], submits: 'keyed' }),
  /** party staff: the volunteers, newest first */
  listVolunteers: action(PageInput.extend({ community: CommunityName.optional() }), pageOf(VolunteerRow), { roles: ['centerStaff'] }),
  /** party staff: 志愿者名册 as xlsx with each volunteer's hours */
  exportVolunteers: action(z.strictObject({ community: CommunityName.optional() }), Exported, { roles: ['centerStaff'] }),
}
