/**
 * `requestId` makes a submit safe to retry: the first call claims the id, later calls with the same id
 * get the first result and write nothing.
 */
import type { CloudResult } from '@/shared/result'
import { _, db } from './cloud'
import { AppError, isDuplicateKey } from './errors'

const requests = () => db.collection('requests')

export type Claim = { fresh: true; key: string } | { fresh: false; result: CloudResult<unknown> }

export async function claimRequest(fn: string, openid: string, requestId: string, now: Date): Promise<Claim> {
  const key = `${fn}_${openid}_${requestId}`
  try {
    await requests().add({ data: { _id: key, state: 'pending', createdAt: now } })
    return { fresh: true, key }
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
  }
  const { data } = await requests().doc(key).get()
  const stored = data as { state: string; result?: CloudResult<unknown> } | null
  if (stored?.state === 'done' && stored.result) return { fresh: false, result: stored.result }
  throw new AppError('CONFLICT', '上一次提交仍在处理中，请稍候查看结果')
}

export async function settleRequest(key: string, result: CloudResult<unknown>): Promise<void> {
  await requests().doc(key).update({ data: { state: 'done', result: _.set(result) } })
}

/** An unexpected failure frees the id so the person can simply try again. */
export async function releaseRequest(key: string): Promise<void> {
  await requests().doc(key).remove()
}
