/** 单位登记 form ↔ registerEmployer input; the credit code is checked as typed, before sending. */
import type { EmployerView, RegisterEmployerInput } from '@/shared/contracts/employment'
import { checkCreditCode } from '@/shared/domain/employment/credit-code'
import type { z } from 'zod'

type Input = z.infer<typeof RegisterEmployerInput>

export interface EmployerDraft {
  name: string
  creditCode: string
  contactName: string
  contactPhone: string
  address: string
  community: Input['community'] | ''
  licenseFile: string
  licensePreview: string
}

export const EMPTY_EMPLOYER: EmployerDraft = { name: '', creditCode: '', contactName: '', contactPhone: '', address: '', community: '', licenseFile: '', licensePreview: '' }

export function employerFrom(e: EmployerView | null): EmployerDraft {
  if (!e) return EMPTY_EMPLOYER
  return { name: e.name, creditCode: e.creditCode, contactName: e.contactName, contactPhone: e.contactPhone, address: e.address, community: e.community as Input['community'], licenseFile: '', licensePreview: e.licenseUrl ?? '' }
}

/** What to fix before sending: the code's check digit, the licence photo. */
export function employerProblems(d: EmployerDraft, kept: string | null): Record<string, string> {
  const fields: Record<string, string> = {}
  const code = checkCreditCode(d.creditCode)
  if (!code.ok) fields.creditCode = code.message
  if (!d.licenseFile && !kept) fields.licenseFile = '请拍摄或上传营业执照照片'
  if (!d.community) fields.community = '请选择所在社区'
  return fields
}

export function toEmployerInput(d: EmployerDraft, kept: string | null): Input {
  return {
    name: d.name.trim(),
    creditCode: d.creditCode.replace(/\s+/g, '').toUpperCase(),
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.trim(),
    address: d.address.trim(),
    community: d.community as Input['community'],
    licenseFile: d.licenseFile || (kept ?? ''),
  }
}
