/** 发布微心愿 form ↔ the postWish input. */
import type { PostWishInput } from '@/shared/contracts/party-members'
import type { Community } from '@/shared/domain/communities'
import type { NeedyKind } from '@/shared/domain/party/wishes'

export interface WishDraft {
  community: Community | ''
  needyKind: NeedyKind | ''
  title: string
  description: string
  budget: string
  needyName: string
  needyAddress: string
  needyPhone: string
}

export const EMPTY_WISH: WishDraft = { community: '', needyKind: '', title: '', description: '', budget: '', needyName: '', needyAddress: '', needyPhone: '' }

/** A resident asking for themself starts from their 个人资料. */
export function wishDraftFor(profile: { name?: string; community?: string; address?: string; phone?: string | null } | null | undefined, forSelf: boolean): WishDraft {
  if (!forSelf) return EMPTY_WISH
  return { ...EMPTY_WISH, community: (profile?.community as Community | undefined) ?? '', needyName: profile?.name ?? '', needyAddress: profile?.address ?? '', needyPhone: profile?.phone ?? '' }
}

export function toWishInput(d: WishDraft): PostWishInput {
  return {
    community: d.community as Community,
    needyKind: d.needyKind as NeedyKind,
    title: d.title,
    description: d.description,
    budget: d.budget.trim() === '' ? Number.NaN : Number(d.budget),
    needyName: d.needyName,
    needyAddress: d.needyAddress,
    needyPhone: d.needyPhone.trim() ? d.needyPhone : undefined,
  }
}
