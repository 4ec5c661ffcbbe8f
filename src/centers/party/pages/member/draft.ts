/** 党员报到 form ↔ the registerMember input. */
import type { RegisterMemberInput } from '@/shared/contracts/party-members'
import type { Community } from '@/shared/domain/communities'

export interface MemberDraft {
  name: string
  phone: string
  branch: string
  floating: boolean
  keptAt: string
  workplace: string
  community: Community | ''
}

export const EMPTY_MEMBER: MemberDraft = { name: '', phone: '', branch: '', floating: false, keptAt: '', workplace: '', community: '' }

/** Starts from 个人资料 (name, phone, community) so a person types only what is new. */
export function memberDraftFrom(profile: { name?: string; phone?: string | null; community?: string } | null | undefined): MemberDraft {
  return { ...EMPTY_MEMBER, name: profile?.name ?? '', phone: profile?.phone ?? '', community: (profile?.community as Community | undefined) ?? '' }
}

export function toRegisterInput(d: MemberDraft): RegisterMemberInput {
  return {
    name: d.name,
    phone: d.phone,
    branch: d.branch,
    floating: d.floating,
    keptAt: d.floating ? d.keptAt : undefined,
    workplace: d.workplace.trim() ? d.workplace : undefined,
    community: d.community as Community,
  }
}
