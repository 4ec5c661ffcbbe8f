/** The forms on a report (progress, disposal, closing, reopening, rating, dispatch) ↔ the action inputs; pure. */
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'
import { governance } from '@/shared/contracts/governance'
import type { CloseReason } from '@/shared/domain/governance/reports'

export type Report = OutputOf<typeof governance, 'getReport'>
export type Move = Report['moves'][number]

export interface ActDraft {
  plannedAt: string
  note: string
  text: string
  photos: Array<{ file: string; url: string }>
  reason: CloseReason | null
  responsible: string
  contact: string
  reopenReason: string
  score: number
  comment: string
  to: { kind: 'grid' | 'team'; id: string } | null
}

export const EMPTY_ACT: ActDraft = { plannedAt: '', note: '', text: '', photos: [], reason: null, responsible: '', contact: '', reopenReason: '', score: 0, comment: '', to: null }

type In<A extends Parameters<typeof inputOf>[0]> = InputOf<typeof governance, A>

/** The input of a move, from the form as filled in. */
export function inputOf(
  move: 'acceptReport' | 'updateReport' | 'disposeReport' | 'closeReport' | 'confirmReport' | 'reopenReport' | 'rateReport' | 'dispatchReport' | 'followReport',
  reportId: string,
  d: ActDraft,
): In<typeof move> {
  switch (move) {
    case 'updateReport':
      return { reportId, plannedAt: d.plannedAt, note: d.note }
    case 'disposeReport':
      return { reportId, text: d.text, photos: d.photos.map((p) => p.file) }
    case 'closeReport':
      return { reportId, reason: d.reason as CloseReason, note: d.note || undefined, responsible: d.responsible || undefined, contact: d.contact || undefined }
    case 'reopenReport':
      return { reportId, reason: d.reopenReason }
    case 'rateReport':
      return { reportId, score: d.score, comment: d.comment || undefined }
    case 'dispatchReport':
      return { reportId, to: d.to as { kind: 'grid' | 'team'; id: string }, note: d.note }
    default:
      return { reportId }
  }
}

/**
 * What must change before a move is sent, by field; empty when it can go. Checked on the phone first, so that a
 * blank form is not met by a confirmation (关闭此问题？) and only then by its mistakes.
 */
export function problemsOf(move: Parameters<typeof inputOf>[0], reportId: string, d: ActDraft): Record<string, string> {
  if (move === 'followReport') return {}
  const parsed = governance.actions[move].input.safeParse(inputOf(move, reportId, d))
  return parsed.success ? {} : fieldMessages(parsed.error)
}

/** What the person may do, in the order a page offers it. */
export function offered(r: Report): { handler: Move[]; reporter: Move[]; command: Move[]; follow: boolean } {
  const has = (m: Move) => r.moves.includes(m)
  return {
    handler: (['accept', 'update', 'dispose', 'close'] as const).filter((m) => has(m) && (r.viewer.isHandler || m === 'close')),
    reporter: (['confirm', 'reopen', 'rate'] as const).filter(has),
    command: r.viewer.isCommand ? (['dispatch'] as const).filter(has) : [],
    follow: has('follow'),
  }
}

/** Stars as words: 1 → 非常不满意 … 5 → 非常满意. */
export const SCORE_TEXT = ['', '非常不满意', '不满意', '一般', '满意', '非常满意']
