/** 提出议题's form ↔ the proposeTopic input; pure, validated by the voice contract. */
import type { Community } from '@/shared/domain/communities'
import { fieldMessages, type InputOf } from '@/shared/contracts/define'
import { ProposeTopicInput, type voice } from '@/shared/contracts/voice'

export interface TopicDraft {
  title: string
  body: string
  scope: 'community' | 'building' | undefined
  /** the council (staff) names the community and building; a resident's are their verified address */
  community: Community | undefined
  building: string
}

export const EMPTY_TOPIC: TopicDraft = { title: '', body: '', scope: undefined, community: undefined, building: '' }

export function toTopicInput(d: TopicDraft): InputOf<typeof voice, 'proposeTopic'> {
  const building = d.building.trim()
  return {
    title: d.title,
    body: d.body,
    scope: d.scope as 'community',
    ...(d.community ? { community: d.community } : {}),
    ...(d.community && d.scope === 'building' && building ? { building: /号楼$/.test(building) ? building : `${building}号楼` } : {}),
  }
}

export function problems(d: TopicDraft): Record<string, string> {
  const parsed = ProposeTopicInput.safeParse(toTopicInput(d))
  return parsed.success ? {} : fieldMessages(parsed.error)
}
