/** 反映意见's form ↔ the submitOpinion input; pure, validated by the voice contract. */
import { fieldMessages, type InputOf } from '@/shared/contracts/define'
import { SubmitOpinionInput, type voice } from '@/shared/contracts/voice'
import type { OpinionCategory, OpinionKind } from '@/shared/domain/voice/opinions'

export interface OpinionDraft {
  kind: OpinionKind | undefined
  category: OpinionCategory | undefined
  text: string
  photos: Array<{ file: string; url: string }>
  public: boolean
  anonymous: boolean
}

export const EMPTY_OPINION: OpinionDraft = { kind: undefined, category: undefined, text: '', photos: [], public: false, anonymous: false }

export function toOpinionInput(d: OpinionDraft): InputOf<typeof voice, 'submitOpinion'> {
  return {
    kind: d.kind as OpinionKind,
    category: d.category as OpinionCategory,
    text: d.text,
    photos: d.photos.map((p) => p.file),
    public: d.public,
    // anonymity only means something to other residents, who see public ones
    anonymous: d.public && d.anonymous,
  }
}

/** What must change before sending; empty when it can be sent. */
export function problems(d: OpinionDraft): Record<string, string> {
  const parsed = SubmitOpinionInput.safeParse(toOpinionInput(d))
  return parsed.success ? {} : fieldMessages(parsed.error)
}

/** Who will see it, in one sentence under the choices. */
export function audienceText(d: OpinionDraft): string {
  if (!d.public) return '不公开：只有您本人和居民服务中心工作人员能看到。'
  return d.anonymous ? '公开、匿名：其他居民能看到内容并附议，但看不到您的姓名（工作人员能看到）。' : '公开：其他居民能看到内容和您的姓名，并可以附议。'
}
