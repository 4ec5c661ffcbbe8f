/** Idempotency records only matter while a person might retry: a daily timer removes those older than a week. */
import { _, db } from '../../_kernel/cloud'

const KEEP_DAYS = 7

export async function forgetOldRequests(now: Date): Promise<{ removed: number }> {
  const before = new Date(now.getTime() - KEEP_DAYS * 86_400_000)
  const { stats } = await db.collection('requests').where({ createdAt: _.lt(before) }).remove()
  return { removed: stats.removed }
}
