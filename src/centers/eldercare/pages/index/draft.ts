/** The link request form ↔ requestLink input. */
import type { InputOf } from '@/shared/contracts/define'
import type { eldercare } from '@/shared/contracts/eldercare'

export interface LinkDraft {
  name: string
  phone: string
  relation: string
}

export const EMPTY_LINK: LinkDraft = { name: '', phone: '', relation: '' }

export function linkInput(d: LinkDraft): InputOf<typeof eldercare, 'requestLink'> {
  return { name: d.name.trim(), phone: d.phone.replace(/\s|-/g, ''), relation: d.relation.trim() }
}
