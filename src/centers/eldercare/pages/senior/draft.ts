/** 老人档案's form ↔ createSenior / updateSenior input; checked by the contract before it is sent. */
import { fieldMessages, type OutputOf } from '@/shared/contracts/define'
import { CreateSeniorInput, type eldercare } from '@/shared/contracts/eldercare'
import type { SubsidyCategory } from '@/shared/domain/eldercare/meals'
import { fromIdNumber, validIdNumber } from '@/shared/domain/eldercare/seniors'
import type { Community } from '@/shared/domain/communities'

type Saved = OutputOf<typeof eldercare, 'getSenior'>

export interface SeniorDraft {
  name: string
  idNumber: string
  gender: 'male' | 'female'
  birthDate: string
  community: Community | ''
  building: string
  unit: string
  room: string
  phone: string
  living: 'alone' | 'spouse' | 'family'
  mobility: 'independent' | 'assisted' | 'wheelchair' | 'bedridden'
  diabetic: boolean
  lowSalt: boolean
  softFood: boolean
  allergies: string
  subsidy: SubsidyCategory
  healthNotes: string
  relation: string
}

export const BLANK_SENIOR: SeniorDraft = {
  name: '',
  idNumber: '',
  gender: 'female',
  birthDate: '',
  community: '',
  building: '',
  unit: '',
  room: '',
  phone: '',
  living: 'family',
  mobility: 'independent',
  diabetic: false,
  lowSalt: false,
  softFood: false,
  allergies: '',
  subsidy: 'none',
  healthNotes: '',
  relation: '',
}

/** Typing a valid ID number fills in birth date and gender (what the number states). */
export function withIdNumber(d: SeniorDraft, idNumber: string): SeniorDraft {
  const id = idNumber.trim().toUpperCase()
  return validIdNumber(id) ? { ...d, idNumber, ...fromIdNumber(id) } : { ...d, idNumber }
}

export function fromSaved(s: Saved): SeniorDraft {
  return {
    name: s.name,
    idNumber: s.idNumber ?? '',
    gender: s.gender === '男' ? 'male' : 'female',
    birthDate: s.birthDate,
    community: s.community as Community,
    building: s.building,
    unit: s.unit,
    room: s.room,
    phone: s.phoneFull ?? '',
    living: s.living,
    mobility: s.mobility,
    ...s.dietNeeds,
    subsidy: s.subsidy,
    healthNotes: s.healthNotes,
    relation: '',
  }
}

/** The input, or the field messages to show (in the contract's words). */
export function toSeniorInput(d: SeniorDraft, self: boolean) {
  const parsed = CreateSeniorInput.safeParse({
    name: d.name,
    idNumber: d.idNumber.trim() || null,
    gender: d.gender,
    birthDate: d.birthDate.trim(),
    community: d.community || undefined,
    building: d.building,
    unit: d.unit,
    room: d.room,
    phone: d.phone.trim() || null,
    living: d.living,
    mobility: d.mobility,
    diet: { diabetic: d.diabetic, lowSalt: d.lowSalt, softFood: d.softFood, allergies: d.allergies },
    subsidy: d.subsidy,
    healthNotes: d.healthNotes,
    self,
    relation: d.relation,
  })
  return parsed.success ? { ok: true as const, input: parsed.data } : { ok: false as const, fields: fieldMessages(parsed.error) }
}
