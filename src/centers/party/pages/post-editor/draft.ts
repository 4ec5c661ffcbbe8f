/** 发布服务岗位 form ↔ the publishPost input. */
import type { PostInput } from '@/shared/contracts/party-members'
import type { Community } from '@/shared/domain/communities'
import type { PostKind } from '@/shared/domain/party/posts'

export interface PostDraft {
  community: Community | ''
  kind: PostKind | ''
  title: string
  description: string
  place: string
  startAt: string
  endAt: string
  capacity: string
  hours: string
}

export const EMPTY_POST: PostDraft = { community: '', kind: '', title: '', description: '', place: '', startAt: '', endAt: '', capacity: '', hours: '2' }

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

/** Numbers typed as text go through as numbers; a blank one is left for the contract to name. */
export function toPostInput(d: PostDraft): PostInput {
  return {
    community: d.community as Community,
    kind: d.kind as PostKind,
    title: d.title,
    description: d.description,
    place: d.place,
    startAt: d.startAt,
    endAt: d.endAt,
    capacity: num(d.capacity),
    hours: num(d.hours),
  }
}
