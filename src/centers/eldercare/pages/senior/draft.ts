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
  /** 紧急联系人: up to three, each a name, a mobile and how they are related */
  contacts: ContactDraft[]
}

export interface ContactDraft {
  name: string
  phone: string
  relation: string
}

export const MAX_CONTACTS = 3
export const BLANK_CONTACT: ContactDraft = { name: '', phone: '', relation: '' }

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
  contacts: [],
}

export function withContact(d: SeniorDraft, index: number, field: keyof ContactDraft, value: string): SeniorDraft {
  return { ...d, contacts: d.contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)) }
}

export function addContact(d: SeniorDraft): SeniorDraft {
  return d.contacts.length >= MAX_CONTACTS ? d : { ...d, contacts: [...d.contacts, BLANK_CONTACT] }
}

export function removeContact(d: SeniorDraft, index: number): SeniorDraft {
  return { ...d, contacts: d.contacts.filter((_c, i) => i !== index) }
}

const isBlank = (c: ContactDraft) => !c.name.trim() && !c.phone.trim() && !c.relation.trim()

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
    contacts: s.contacts.map((c) => ({ ...c })),
  }
}

/** The input, or the field messages to show (in the contract's words). */
export function toSeniorInput(d: SeniorDraft, self: boolean) {
  // a row left entirely blank is no contact; a half-filled one is checked (and named by its row on screen)
  const rows = d.contacts.flatMap((c, i) => (isBlank(c) ? [] : [i]))
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
    contacts: rows.map((i) => ({ name: d.contacts[i].name, phone: d.contacts[i].phone.replace(/[\s-]/g, ''), relation: d.contacts[i].relation })),
    self,
    relation: d.relation,
  })
  if (parsed.success) return { ok: true as const, input: parsed.data }
  return { ok: false as const, fields: onScreen(fieldMessages(parsed.error), rows) }
}

/** `contacts.<k>.phone` of the input → the row it came from on screen (blank rows were left out). */
function onScreen(fields: Record<string, string>, rows: number[]): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^contacts\.(\d+)\./, (_m, k: string) => `contacts.${rows[Number(k)] ?? k}.`), message]))
}
