/** Stored documents → what each viewer may see: never an openid, never a seconder, an anonymous author's name only to staff. */
import type * as z from 'zod'
import type { OpinionDetail, OpinionSummary, ReceptionBooking } from '@/shared/contracts/voice'
import { maySecond, opinionStatusText, opinionTitle, shownAuthor } from '@/shared/domain/voice/opinions'
import { RECEPTION_STATUS_TEXT, receptionTitle } from '@/shared/domain/voice/receptions'
import { formatForPeople } from '@/shared/time'
import { iso } from '../_kernel/paging'
import type * as repo from './repo'

export interface Viewer {
  id: string
  staff: boolean
}

/** who the timeline names for the author's own steps (submitting) */
const AUTHOR_STEP = '我'

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text)

export function statusTextOf(o: Pick<repo.OpinionDoc, 'status' | 'forward' | 'agenda'>): string {
  return opinionStatusText(o.status, o.forward?.centerName ?? null, o.agenda ? `${o.agenda.title}（${o.agenda.cadreName}）` : null)
}

export function opinionSummary(o: repo.OpinionDoc, v: Viewer): z.input<typeof OpinionSummary> {
  return {
    id: o._id,
    kind: o.kind,
    category: o.category,
    title: opinionTitle(o.kind, o.category),
    excerpt: excerpt(o.text),
    author: shownAuthor(o, v.id, v.staff),
    community: o.community,
    public: o.public,
    anonymous: o.anonymous,
    status: o.status,
    statusText: statusTextOf(o),
    secondCount: o.secondCount,
    createdAt: iso(o.createdAt),
    mine: o.authorId === v.id,
  }
}

export function opinionDetail(o: repo.OpinionDoc, v: Viewer, photoUrls: string[]): z.input<typeof OpinionDetail> {
  const seconded = (o.seconders ?? []).includes(v.id)
  return {
    ...opinionSummary(o, v),
    text: o.text,
    photoUrls,
    answer: o.answer ? { ...o.answer, at: iso(o.answer.at) } : null,
    forward: o.forward ? { ...o.forward, at: iso(o.forward.at) } : null,
    agenda: o.agenda ? { ...o.agenda, at: iso(o.agenda.at) } : null,
    // the author's own step is stored as 我: only the author reads it so; others read the author as shown to them
    timeline: o.timeline.map((t) => ({ at: iso(t.at), text: t.text, by: t.by === AUTHOR_STEP && o.authorId !== v.id ? shownAuthor(o, v.id, v.staff) : t.by })),
    seconded,
    canSecond: !seconded && maySecond(o, v.id) === null,
    canHandle: v.staff && o.status !== 'answered',
  }
}

export function receptionBookingView(b: repo.ReceptionBookingDoc, now: Date): z.input<typeof ReceptionBooking> {
  return {
    id: b._id,
    title: receptionTitle(b.receptionTitle, b.cadreName),
    cadreName: b.cadreName,
    address: b.address,
    day: b.day,
    time: b.time,
    start: iso(b.start),
    whenText: formatForPeople(b.start),
    topic: b.topic,
    status: b.status,
    statusText: RECEPTION_STATUS_TEXT[b.status],
    outcome: b.outcome,
    canCancel: b.status === 'booked' && now.getTime() <= new Date(b.cancelBy).getTime(),
  }
}
