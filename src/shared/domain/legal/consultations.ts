/**
 * 法律咨询: a private thread between the resident who asks and the lawyer on duty who picks it up. Pure rules:
 * who may read and act, what the statuses say, which questions the staff board flags.
 */
export const CONSULT_CATEGORIES = ['婚姻家庭', '劳动争议', '邻里纠纷', '房产物业', '消费维权', '借贷', '其他'] as const
export type ConsultCategory = (typeof CONSULT_CATEGORIES)[number]

/** waiting: the last word is the resident's (a question or a follow-up); answered: the lawyer's; closed */
export const CONSULT_STATUSES = ['waiting', 'answered', 'closed'] as const
export type ConsultStatus = (typeof CONSULT_STATUSES)[number]

export const CONSULT_STATUS_TEXT: Record<ConsultStatus, string> = {
  waiting: '等待律师答复',
  answered: '律师已答复',
  closed: '已结束',
}

/** What 我的, lists and notices call a consultation: the category only, never the question. */
export function consultTitle(category: ConsultCategory): string {
  return `法律咨询（${category}）`
}

/** A question unanswered longer than this is flagged on the staff board. */
export const UNANSWERED_FLAG_MS = 24 * 3600 * 1000

export function isUnansweredTooLong(status: ConsultStatus, waitingSince: Date, now: Date): boolean {
  return status === 'waiting' && now.getTime() - waitingSince.getTime() > UNANSWERED_FLAG_MS
}

export interface ConsultAccess {
  askerId: string
  lawyerId: string | null
}

/**
 * Who reads a thread: the asker; any lawyer while nobody has picked it up (the duty queue); afterwards only
 * the lawyer who picked it up.
 */
export function mayReadConsultation(c: ConsultAccess, personId: string, isLawyer: boolean): boolean {
  if (c.askerId === personId) return true
  return isLawyer && (c.lawyerId === null || c.lawyerId === personId)
}

export type ConsultMove = { ok: true; status: ConsultStatus } | { ok: false; message: string }

/** A lawyer answers a waiting thread (the first answer picks it up). */
export function answer(status: ConsultStatus): ConsultMove {
  if (status === 'closed') return { ok: false, message: '该咨询已结束，不能再答复' }
  if (status === 'answered') return { ok: false, message: '已答复，请等待居民追问' }
  return { ok: true, status: 'answered' }
}

/** The resident asks again in the same thread, after an answer. */
export function followUp(status: ConsultStatus): ConsultMove {
  if (status === 'closed') return { ok: false, message: '该咨询已结束，如有新问题请重新提问' }
  return { ok: true, status: 'waiting' }
}

export function close(status: ConsultStatus): ConsultMove {
  if (status === 'closed') return { ok: false, message: '该咨询已结束' }
  return { ok: true, status: 'closed' }
}

/** The asker rates once, after a lawyer has answered. */
export function mayRate(c: { status: ConsultStatus; lawyerId: string | null; rating: number | null }): string | null {
  if (c.rating !== null) return '您已评价过这次咨询'
  if (!c.lawyerId) return '律师答复后才能评价'
  return null
}
