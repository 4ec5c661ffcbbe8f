/**
 * A job application moves viewed → interview (time and place) → hired / not suitable; the seeker is told at
 * each step. The moves as data.
 */
export const APPLICATION_STATUSES = ['submitted', 'viewed', 'interview', 'hired', 'rejected'] as const
export type JobApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const APPLICATION_STATUS_TEXT: Record<JobApplicationStatus, string> = {
  submitted: '已投递，等待单位查看',
  viewed: '单位已查看',
  interview: '邀请面试',
  hired: '已录用',
  rejected: '不合适',
}

export const APPLICATION_MOVES = ['view', 'interview', 'hire', 'reject'] as const
export type ApplicationMove = (typeof APPLICATION_MOVES)[number]

export const MOVE_TEXT: Record<ApplicationMove, string> = { view: '标记已查看', interview: '邀请面试', hire: '录用', reject: '不合适' }

const MOVES: Record<ApplicationMove, { from: JobApplicationStatus[]; to: JobApplicationStatus }> = {
  view: { from: ['submitted'], to: 'viewed' },
  interview: { from: ['submitted', 'viewed', 'interview'], to: 'interview' },
  hire: { from: ['viewed', 'interview'], to: 'hired' },
  reject: { from: ['submitted', 'viewed', 'interview'], to: 'rejected' },
}

export type MoveOutcome = { ok: true; status: JobApplicationStatus } | { ok: false; message: string }

export function moveApplication(status: JobApplicationStatus, move: ApplicationMove): MoveOutcome {
  const rule = MOVES[move]
  if (!rule.from.includes(status)) return { ok: false, message: `该求职申请当前为「${APPLICATION_STATUS_TEXT[status]}」，不能${MOVE_TEXT[move]}` }
  return { ok: true, status: rule.to }
}

/** The moves an employer may still make (buttons shown). */
export function nextMoves(status: JobApplicationStatus): ApplicationMove[] {
  return APPLICATION_MOVES.filter((m) => MOVES[m].from.includes(status))
}

export function isClosed(status: JobApplicationStatus): boolean {
  return status === 'hired' || status === 'rejected'
}
