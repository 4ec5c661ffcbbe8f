/**
 * 社情民意: opinions, suggestions and demands residents send to the 居民服务中心. Pure rules: what staff may do
 * with one in which status, what each status says, who may read it and whose name others see.
 */
import type { CenterCode } from '../centers'

export const OPINION_KINDS = ['意见', '建议', '诉求'] as const
export type OpinionKind = (typeof OPINION_KINDS)[number]

export const OPINION_CATEGORIES = ['环境卫生', '物业管理', '公共设施', '治安安全', '邻里关系', '养老助残', '政策咨询', '其他'] as const
export type OpinionCategory = (typeof OPINION_CATEGORIES)[number]

/**
 * submitted: waiting for the center; forwarded: handed to the center that owns it; onAgenda: to be raised at a
 * talk with cadres; answered: the center's answer stands (the end of the road, whatever came before).
 */
export const OPINION_STATUSES = ['submitted', 'forwarded', 'onAgenda', 'answered'] as const
export type OpinionStatus = (typeof OPINION_STATUSES)[number]

export const OPINION_STATUS_TEXT: Record<OpinionStatus, string> = {
  submitted: '已提交，等待答复',
  forwarded: '已转交办理',
  onAgenda: '已列入干群恳谈议程',
  answered: '已答复',
}

export type OpinionMove = 'answer' | 'forward' | 'agenda'

/** The state machine as data: which moves each status allows, and where they lead. */
export const OPINION_MOVES: Record<OpinionStatus, Partial<Record<OpinionMove, OpinionStatus>>> = {
  submitted: { answer: 'answered', forward: 'forwarded', agenda: 'onAgenda' },
  // the owning center's result, or the talk's, comes back as the answer
  forwarded: { answer: 'answered', agenda: 'onAgenda' },
  onAgenda: { answer: 'answered', forward: 'forwarded' },
  answered: {},
}

const REFUSAL: Record<OpinionMove, string> = {
  answer: '该意见已答复，不能再次答复',
  forward: '该意见已答复或已转交，不能再转交',
  agenda: '该意见已答复或已列入议程',
}

export function moveOpinion(status: OpinionStatus, move: OpinionMove): { ok: true; status: OpinionStatus } | { ok: false; message: string } {
  const to = OPINION_MOVES[status][move]
  return to ? { ok: true, status: to } : { ok: false, message: REFUSAL[move] }
}

/** Centers an opinion can be forwarded to: every center but this one. */
export const FORWARD_TARGETS = ['affairs', 'governance', 'legal', 'culture', 'eldercare', 'party', 'employment'] as const satisfies readonly CenterCode[]
export type ForwardTarget = (typeof FORWARD_TARGETS)[number]

/** What 我的, lists and notices call an opinion. */
export function opinionTitle(kind: OpinionKind, category: OpinionCategory): string {
  return `${kind}（${category}）`
}

/** The status in words, naming where it went. */
export function opinionStatusText(status: OpinionStatus, forwardedTo: string | null, talk: string | null): string {
  if (status === 'forwarded' && forwardedTo) return `已转交${forwardedTo}办理`
  if (status === 'onAgenda' && talk) return `已列入「${talk}」议程`
  return OPINION_STATUS_TEXT[status]
}

export interface OpinionAccess {
  authorId: string
  public: boolean
}

/**
 * The author and the center's staff read every opinion; the staff of the center it was forwarded to read it too
 * (to handle it); other residents only public ones.
 */
export function mayReadOpinion(o: OpinionAccess, personId: string, staff: boolean, staffOfForwardTarget = false): boolean {
  return o.authorId === personId || staff || staffOfForwardTarget || o.public
}

/** Whose name a viewer sees: staff and the author always; other residents only when the author chose to be named. */
export function shownAuthor(o: { authorId: string; authorName: string; anonymous: boolean }, personId: string, staff: boolean): string {
  if (staff || o.authorId === personId || !o.anonymous) return o.authorName
  return '匿名居民'
}

export type SecondRefusal = string | null

/** A public opinion still being handled may be seconded once by each resident who did not write it. */
export function maySecond(o: OpinionAccess & { status: OpinionStatus }, personId: string): SecondRefusal {
  if (!o.public) return '该意见未公开，不能附议'
  if (o.authorId === personId) return '这是您自己提交的意见，办理进展会通知您'
  if (o.status === 'answered') return '该意见已答复，无需再附议'
  return null
}
