/**
 * 随手拍 reports and what may happen to them: the states of FixMyStreet / Open311 as the street runs them.
 * Open: submitted (waiting for the command staff to dispatch) → assigned → accepted → inProgress → disposed
 * (waiting for the reporter). Closed: fixed (confirmed), fixedUnconfirmed (no answer in 3 days), or closed with a
 * reason (duplicate — also when merged —, not our responsibility, unable to fix). Pure state rules.
 */
export const REPORT_CATEGORIES = ['环境卫生', '市政设施', '安全隐患', '邻里纠纷', '物业管理', '违章搭建', '其他'] as const
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]

export const REPORT_STATUSES = ['submitted', 'assigned', 'accepted', 'inProgress', 'disposed', 'fixed', 'fixedUnconfirmed', 'closed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const REPORT_STATUS_TEXT: Record<ReportStatus, string> = {
  submitted: '已上报，待指挥中心派单',
  assigned: '已派单，待处置人员受理',
  accepted: '已受理',
  inProgress: '处置中',
  disposed: '已处置，待您确认',
  fixed: '已解决',
  fixedUnconfirmed: '已解决（未确认）',
  closed: '已关闭',
}

export const CLOSE_REASONS = ['duplicate', 'notOurs', 'unableToFix'] as const
export type CloseReason = (typeof CLOSE_REASONS)[number]
export const CLOSE_REASON_TEXT: Record<CloseReason, string> = {
  duplicate: '重复上报',
  notOurs: '不属于本街道职责',
  unableToFix: '暂无法解决',
}

/** The six teams of the street's grid management (网格化管理). */
export const TEAM_KINDS = ['公检法司', '网格员', '物业管理', '社会组织', '志愿者', '居民自治组织'] as const
export type TeamKind = (typeof TEAM_KINDS)[number]

export const MOVES_OF = ['dispatch', 'accept', 'update', 'dispose', 'close', 'confirm', 'reopen', 'expire'] as const
export type Move = (typeof MOVES_OF)[number]

/** Who makes a move: the command staff, the handler assigned, the reporter, or the timer. */
export type Mover = 'command' | 'handler' | 'reporter' | 'timer'

const MOVES: Record<Move, { from: readonly ReportStatus[]; to: ReportStatus; by: readonly Mover[] }> = {
  // re-dispatch: the command staff may move an open report to another handler at any point before disposal
  dispatch: { from: ['submitted', 'assigned', 'accepted', 'inProgress'], to: 'assigned', by: ['command'] },
  accept: { from: ['assigned'], to: 'accepted', by: ['handler'] },
  update: { from: ['accepted', 'inProgress'], to: 'inProgress', by: ['handler'] },
  dispose: { from: ['accepted', 'inProgress'], to: 'disposed', by: ['handler'] },
  close: { from: ['submitted', 'assigned', 'accepted', 'inProgress'], to: 'closed', by: ['handler', 'command'] },
  confirm: { from: ['disposed'], to: 'fixed', by: ['reporter'] },
  // "not really fixed": back to the handler who disposed it
  reopen: { from: ['disposed', 'fixedUnconfirmed'], to: 'assigned', by: ['reporter'] },
  expire: { from: ['disposed'], to: 'fixedUnconfirmed', by: ['timer'] },
}

export const MOVE_TEXT: Record<Move, string> = {
  dispatch: '派单',
  accept: '受理',
  update: '更新处置进度',
  dispose: '处置完毕',
  close: '关闭',
  confirm: '确认已解决',
  reopen: '未解决，重新办理',
  expire: '3 天未确认，按已解决关闭',
}

export type MoveOutcome = { ok: true; status: ReportStatus } | { ok: false; message: string }

/** What a move does to a report in `status` made by `mover`, or why it cannot be made now. */
export function move(status: ReportStatus, m: Move, mover: Mover): MoveOutcome {
  const rule = MOVES[m]
  if (!rule.by.includes(mover)) return { ok: false, message: `您不能${MOVE_TEXT[m]}此问题` }
  if (!rule.from.includes(status)) return { ok: false, message: `问题当前为「${REPORT_STATUS_TEXT[status]}」，不能${MOVE_TEXT[m]}` }
  return { ok: true, status: rule.to }
}

/** The moves `movers` may make now, for the buttons a page shows. */
export function possibleMoves(status: ReportStatus, movers: readonly Mover[]): Move[] {
  return MOVES_OF.filter((m) => m !== 'expire' && MOVES[m].from.includes(status) && MOVES[m].by.some((b) => movers.includes(b)))
}

export function isOpen(status: ReportStatus): boolean {
  return status !== 'fixed' && status !== 'fixedUnconfirmed' && status !== 'closed'
}

/** Solved, for the 解决率: confirmed fixed, or fixed with no answer from the reporter. */
export function isResolved(status: ReportStatus): boolean {
  return status === 'fixed' || status === 'fixedUnconfirmed'
}

/** The reporter has this long to confirm a disposal before it closes as fixed-unconfirmed. */
export const CONFIRM_DAYS = 3

export function confirmBy(disposedAt: Date): Date {
  return new Date(disposedAt.getTime() + CONFIRM_DAYS * 86_400_000)
}

/** A rating may be given once, after the report is closed as fixed (confirmed or not) or closed with a reason. */
export function mayRate(status: ReportStatus, rated: boolean): boolean {
  return !rated && !isOpen(status)
}

/** 满意: 4 or 5 stars. */
export const isSatisfied = (score: number) => score >= 4

/** Who a reader is for one report: what they may see follows from it. */
export interface Viewer {
  isReporter: boolean
  isFollower: boolean
  isHandler: boolean
  isCommand: boolean
}

/**
 * A private report exists only for its reporter, its handlers and the command staff; a public one for any
 * resident too (without the reporter's name or phone).
 */
export function mayRead(isPublic: boolean, v: Viewer): boolean {
  return isPublic || v.isReporter || v.isHandler || v.isCommand
}

/** The reporter's phone: only to the handler assigned (the person who has to call back), never to the staff at large. */
export function mayCallReporter(v: Viewer): boolean {
  return v.isHandler
}
