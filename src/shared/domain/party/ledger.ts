/**
 * 时间银行 ledger rules: hours are kept as whole minutes (no rounding drift however many moves), each move is one
 * entry whose id is fixed by what caused it (a source credits a volunteer once; a request is spent once), and a
 * balance only moves down when it covers the move. Pure: the kernel's hours module and the pages share them.
 */

export type SourceKind = 'activity' | 'post' | 'wish' | 'homeService' | 'service'

export const SOURCE_KIND_TEXT: Record<SourceKind, string> = {
  activity: '志愿活动',
  post: '双报到服务岗',
  wish: '微心愿',
  homeService: '上门服务',
  // recorded by party staff for service done offline (社区清扫, 应急值守 …)
  service: '志愿服务',
}

export type EntryKind = 'credit' | 'spend' | 'refund' | 'transferOut' | 'transferIn'

export const ENTRY_KIND_TEXT: Record<EntryKind, string> = {
  credit: '服务记时',
  spend: '兑换服务',
  refund: '退回时长',
  transferOut: '转出',
  transferIn: '转入',
}

/** The most one credit may carry: a day of service. */
export const MAX_CREDIT_HOURS = 24

/** Hours as whole minutes: 1.5 h → 90. */
export function toMinutes(hours: number): number {
  return Math.round(hours * 60)
}

/** Minutes as hours for people: 90 → 1.5 (at most two decimals). */
export function toHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100
}

/** "1.5 小时", "10 小时" */
export function hoursText(minutes: number): string {
  return `${toHours(minutes)} 小时`
}

/** Why a credit of `hours` cannot be recorded, or null when it can: positive, whole quarter hours, at most a day. */
export function creditProblem(hours: number): string | null {
  if (!Number.isFinite(hours) || hours <= 0) return '服务时长须大于 0'
  if (hours > MAX_CREDIT_HOURS) return `一次记时最多 ${MAX_CREDIT_HOURS} 小时`
  if (Math.abs(hours * 4 - Math.round(hours * 4)) > 1e-9) return '服务时长以 0.25 小时为单位'
  return null
}

/** Ids contain no dots (they are used in field paths) and stay readable. */
const part = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, (c) => `~${c.codePointAt(0)?.toString(36)}`)

/** One credit per (source, volunteer): the ledger's unique _id makes a retried check-in harmless. */
export function creditEntryId(source: { kind: SourceKind; id: string }, volunteer: string): string {
  return `credit_${source.kind}_${part(source.id)}_${part(volunteer)}`
}

/** One spend per thing paid for (a home service is paid once, from whichever account): retries find it. */
export function spendEntryId(key: string): string {
  return `spend_${part(key)}`
}

/** The hours of a spend given back (its service cancelled): once. */
export function refundEntryId(spendId: string): string {
  return `refund_${spendId}`
}

/** A transfer is two entries (out of one account, into the other) with one id. */
export function transferEntryIds(from: string, requestId: string): { move: string; out: string; in: string } {
  const move = `transfer_${part(from)}_${part(requestId)}`
  return { move, out: `${move}_out`, in: `${move}_in` }
}

/** Whether a balance covers taking `minutes` from it: a balance is never negative. */
export function covers(balance: number, minutes: number): boolean {
  return minutes > 0 && balance >= minutes
}

export interface LedgerLine {
  id: string
  account: string
  /** signed: credits and transfers in add, spends and transfers out take */
  minutes: number
}

/** What a ledger says an account holds: each entry counted once, whatever order or repetition it arrives in. */
export function balanceOf(lines: readonly LedgerLine[], account: string): number {
  const seen = new Set<string>()
  let total = 0
  for (const line of lines) {
    if (line.account !== account || seen.has(line.id)) continue
    seen.add(line.id)
    total += line.minutes
  }
  return total
}

/**
 * Applies moves in order to balances, refusing any move that would make a balance negative; a transfer is
 * applied whole or not at all. The model the kernel keeps with conditional updates, for tests and audits.
 */
export type Move =
  | { id: string; kind: 'credit'; account: string; minutes: number }
  | { id: string; kind: 'spend'; account: string; minutes: number }
  | { id: string; kind: 'transfer'; from: string; to: string; minutes: number }

export function applyMoves(start: Readonly<Record<string, number>>, moves: readonly Move[]): { balances: Record<string, number>; applied: string[]; refused: string[] } {
  const balances: Record<string, number> = { ...start }
  const applied: string[] = []
  const refused: string[] = []
  const done = new Set<string>()
  for (const move of moves) {
    if (done.has(move.id)) continue // counted once however often it is retried
    if (move.minutes <= 0) {
      refused.push(move.id)
      continue
    }
    if (move.kind === 'credit') {
      balances[move.account] = (balances[move.account] ?? 0) + move.minutes
    } else {
      const from = move.kind === 'spend' ? move.account : move.from
      if (move.kind === 'transfer' && move.from === move.to) {
        refused.push(move.id)
        continue
      }
      if (!covers(balances[from] ?? 0, move.minutes)) {
        refused.push(move.id)
        continue
      }
      balances[from] = (balances[from] ?? 0) - move.minutes
      if (move.kind === 'transfer') balances[move.to] = (balances[move.to] ?? 0) + move.minutes
    }
    done.add(move.id)
    applied.push(move.id)
  }
  return { balances, applied, refused }
}
