/** Timers: overdue reports escalate to the command staff; disposals unanswered for 3 days close as fixed-unconfirmed. */
import { isOverdue } from '@/shared/domain/governance/deadlines'
import { isOpen, move, MOVE_TEXT } from '@/shared/domain/governance/reports'
import { staffOf } from '../../_kernel/users'
import * as repo from '../repo'
import { count, countState, mirror, tellCommand } from './shared'

/** Marks reports past their deadline and tells the command staff (read once per run, only when one is late). */
export async function escalateOverdue(now: Date): Promise<{ escalated: number }> {
  let escalated = 0
  let staff: Promise<string[]> | null = null
  for (;;) {
    const batch = (await repo.newlyOverdue(now)).filter((r) => isOverdue(r.dueAt, now))
    for (const r of batch) {
      const what = r.respondedAt ? '超过办结时限' : '超过响应时限'
      if (await repo.markOverdue(r._id, { at: now, text: `${what}，已上报指挥中心督办`, by: '系统', note: null })) {
        escalated++
        staff ??= staffOf('governance')
        await Promise.all([count(r, { kind: 'overdue' }), tellCommand(await staff, r, 'overdue', `${what}，请督办`, now)])
      }
    }
    if (batch.length < 100) return { escalated }
  }
}

export async function closeUnconfirmed(now: Date): Promise<{ closed: number }> {
  let closed = 0
  for (;;) {
    const batch = await repo.unconfirmed(now)
    for (const r of batch) {
      const outcome = move(r.status, 'expire', 'timer')
      if (!outcome.ok) continue
      const entry = { at: now, text: MOVE_TEXT.expire, by: '系统', note: null }
      if (!(await repo.stepReport(r._id, r.status, { status: outcome.status, open: isOpen(outcome.status), confirmBy: null }, entry))) continue
      closed++
      const next = { ...r, status: outcome.status, open: false, timeline: [...r.timeline, entry] }
      await Promise.all([mirror(next, now), countState(r, r.status, outcome.status), count(r, { kind: 'closed', status: outcome.status, reason: null })])
    }
    if (batch.length < 100) return { closed }
  }
}
