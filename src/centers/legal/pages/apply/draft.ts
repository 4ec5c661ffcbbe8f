/** 法律援助申请 form ↔ applyAid input, pure: what is typed stays as typed; numbers are parsed at the end. */
import type { InputOf } from '@/shared/contracts/define'
import { ApplyAidInput, type legal } from '@/shared/contracts/legal'
import { fieldMessages } from '@/shared/contracts/define'
import { needsHardshipDeclaration } from '@/shared/domain/legal/aid'
import { hardshipCheck, type Matter, type Stage, type Who } from '@/shared/domain/legal/eligibility'

export interface AidDraft {
  name: string
  idNumber: string
  phone: string
  who?: Who
  matter?: Matter
  stage?: Stage
  summary: string
  opposingName: string
  opposingContact: string
  noFixedIncome: boolean
  householdSize: string
  monthlyIncome: string
  statement: string
  photos: Array<{ file: string; url: string }>
}

export const EMPTY_AID: AidDraft = {
  name: '',
  idNumber: '',
  phone: '',
  summary: '',
  opposingName: '',
  opposingContact: '',
  noFixedIncome: false,
  householdSize: '',
  monthlyIncome: '',
  statement: '',
  photos: [],
}

export const MAX_MATERIALS = 9

/** Whether the form shows the hardship declaration (the exempt groups skip it). */
export function showsHardship(d: AidDraft): boolean {
  if (!d.who || !d.matter) return true
  return needsHardshipDeclaration(hardshipCheck({ who: d.who, matter: d.matter }), d.noFixedIncome)
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN)

export function toAidInput(d: AidDraft, applicationId?: string): InputOf<typeof legal, 'applyAid'> {
  return {
    name: d.name,
    idNumber: d.idNumber,
    phone: d.phone,
    who: d.who as Who,
    matter: d.matter as Matter,
    stage: d.stage as Stage,
    summary: d.summary,
    opposingName: d.opposingName,
    opposingContact: d.opposingContact.trim() || undefined,
    noFixedIncome: d.noFixedIncome,
    hardship: showsHardship(d) ? { householdSize: whole(d.householdSize), monthlyIncome: whole(d.monthlyIncome), statement: d.statement } : undefined,
    materialFiles: d.photos.map((p) => p.file),
    ...(applicationId ? { applicationId } : {}),
  }
}

/** The contract's own field messages, before anything is sent. */
export function problems(input: InputOf<typeof legal, 'applyAid'>): Record<string, string> {
  const parsed = ApplyAidInput.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}

/** A returned application, back in the form with everything it had (the ID number is typed again: it is shown masked). */
export function fromReturned(a: { applicantName: string; phone: string; who: Who; matter: Matter; stage: Stage; summary: string; opposingName: string; opposingContact: string | null; noFixedIncome: boolean; hardship: { householdSize: number; monthlyIncome: number; statement: string } | null; materialFiles: string[]; materialUrls: string[] }): AidDraft {
  return {
    ...EMPTY_AID,
    name: a.applicantName,
    phone: a.phone,
    who: a.who,
    matter: a.matter,
    stage: a.stage,
    summary: a.summary,
    opposingName: a.opposingName,
    opposingContact: a.opposingContact ?? '',
    noFixedIncome: a.noFixedIncome,
    householdSize: a.hardship ? String(a.hardship.householdSize) : '',
    monthlyIncome: a.hardship ? String(a.hardship.monthlyIncome) : '',
    statement: a.hardship?.statement ?? '',
    photos: a.materialFiles.map((file, i) => ({ file, url: a.materialUrls[i] ?? '' })),
  }
}
