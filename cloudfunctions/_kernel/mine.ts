/**
 * The 我的 index: one document per thing a person holds, written by the action that creates or changes it,
 * so the 我的 page is one query per page however many centers exist. Each one reads as one row: what (title),
 * when (whenText), where (place), and its status in words — the status never carries the place or the center.
 */
import type { CenterCode } from '@/shared/domain/centers'
import { _, db } from './cloud'
import { isDuplicateKey } from './errors'

export interface MyItemInput {
  ownerId: string
  center: CenterCode
  /** e.g. 'appointment', 'application', 'signup' */
  kind: string
  refId: string
  title: string
  status: string
  statusText: string
  /** the next date that matters to the person (appointment time, activity start); null when none is ahead */
  nextAt: Date | null
  /**
   * when, in words, whatever the status: the appointment or the activity ("12月1日 周二 09:30", kept when it is
   * cancelled), or the day an application was sent ("11月30日 周一 提交")
   */
  whenText: string | null
  /** where: the window, the venue, the community station; null when nowhere in particular */
  place: string | null
  /** page the item opens, with its id */
  link: string
}

export function myItemId(item: Pick<MyItemInput, 'kind' | 'refId' | 'ownerId'>): string {
  return `${item.kind}_${item.refId}_${item.ownerId}`
}

export async function putMyItem(item: MyItemInput, now: Date): Promise<void> {
  const { ownerId, center, kind, refId, title, status, statusText, nextAt, whenText, place, link } = item
  await db
    .collection('my_items')
    .doc(myItemId(item))
    .set({ data: { ownerId, center, kind, refId, title, status, statusText, nextAt, whenText, place, link, updatedAt: now } })
}

/**
 * The entry as an event at `at` left it, written later by someone other than the action (the notice sender):
 * only while the entry still has one of the statuses `from` the event found and no later change, so a cancel
 * the person made meanwhile stays, and a retried write is harmless.
 */
export async function putMyItemUnlessMoved(item: MyItemInput, from: readonly string[], at: Date): Promise<void> {
  const { ownerId, center, kind, refId, title, status, statusText, nextAt, whenText, place, link } = item
  const row = { ownerId, center, kind, refId, title, status, statusText, nextAt, whenText, place, link, updatedAt: at }
  const { stats } = await db
    .collection('my_items')
    .where({ _id: myItemId(item), status: _.in([...from]), updatedAt: _.lte(at) })
    .update({ data: row })
  if (stats.updated === 1) return
  try {
    await db.collection('my_items').add({ data: { _id: myItemId(item), ...row } })
  } catch (error) {
    // the entry exists and has moved on since
    if (!isDuplicateKey(error)) throw error
  }
}

/**
 * One thing held by several people (both parties of a case), each with their own row saying the same: one request
 * when every row exists already (a conditional update of all of them), else each row written (first time only).
 */
export async function putMyItems(ownerIds: readonly string[], item: Omit<MyItemInput, 'ownerId'>, now: Date): Promise<void> {
  const owners = [...new Set(ownerIds)]
  if (owners.length === 1) return putMyItem({ ...item, ownerId: owners[0] }, now)
  const { center, kind, title, status, statusText, nextAt, whenText, place, link } = item
  const ids = owners.map((ownerId) => myItemId({ ...item, ownerId }))
  const { stats } = await db
    .collection('my_items')
    .where({ _id: _.in(ids) })
    .update({ data: { center, kind, title, status, statusText, nextAt, whenText, place, link, updatedAt: now } })
  if (stats.updated < ids.length) await Promise.all(owners.map((ownerId) => putMyItem({ ...item, ownerId }, now)))
}

/**
 * One thing held alike by several people (both parties of a case): one row that each of them finds in 我的 (its
 * ownerId lists them all, and the 我的 queries match any one of them), written in one request however many hold it
 * and whether or not it existed before — a person who joins later is added by the next write.
 */
export async function putSharedItem(ownerIds: readonly string[], item: Omit<MyItemInput, 'ownerId'>, now: Date): Promise<void> {
  const { center, kind, refId, title, status, statusText, nextAt, whenText, place, link } = item
  await db
    .collection('my_items')
    .doc(`${kind}_${refId}`)
    .set({ data: { ownerId: [...new Set(ownerIds)], center, kind, refId, title, status, statusText, nextAt, whenText, place, link, updatedAt: now } })
}
