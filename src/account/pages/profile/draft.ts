/** 个人资料's form ↔ the updateProfile input; pure, validated by the account contract. */
import { type account, ProfileInput } from '@/shared/contracts/account'
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'
import type { Community } from '@/shared/domain/communities'

type Profile = NonNullable<OutputOf<typeof account, 'whoami'>['profile']>
export type ProfileUpdate = InputOf<typeof account, 'updateProfile'>

/** Everything as typed, so nothing a person typed is lost when saving fails. */
export interface ProfileDraft {
  name: string
  community: string
  address: string
  phone: string
  birthYear: string
}

export const EMPTY_PROFILE: ProfileDraft = { name: '', community: '', address: '', phone: '', birthYear: '' }

/** The form for a saved profile (a newcomer starts empty). */
export function profileDraftFrom(profile: Profile | null): ProfileDraft {
  if (!profile) return EMPTY_PROFILE
  const { name, community, address, phone, birthYear } = profile
  return { name, community, address, phone: phone ?? '', birthYear: birthYear ? String(birthYear) : '' }
}

/** What is saved: the optional phone and birth year left out when blank, the year as a number. */
export function toProfileInput(d: ProfileDraft): ProfileUpdate {
  return {
    name: d.name,
    community: d.community as Community,
    address: d.address,
    phone: d.phone.trim() || undefined,
    birthYear: d.birthYear.trim() ? Number(d.birthYear.trim()) : undefined,
  }
}

/** What the contract says to fix, field by field (empty when the profile can be saved). */
export function problems(d: ProfileDraft): Record<string, string> {
  const parsed = ProfileInput.safeParse(toProfileInput(d))
  return parsed.success ? {} : fieldMessages(parsed.error)
}
