/**
 * The 我的 index: one document per thing a person holds, written by the action that creates or changes it,
 * so the 我的 page is one query per page however many centers exist.
 */
import type { CenterCode } from '@/shared/domain/centers'
import { db } from './cloud'

export interface MyItemInput {
  ownerId: string
  center: CenterCode
  /** e.g. 'appointment', 'application', 'signup' */
  kind: string
  refId: string
  title: string
  status: string
  statusText: string
  /** the next date that matters to the person (appointment time, activity start); null when none */
  nextAt: Date | null
  /** page the item opens, with its id */
  link: string
}

export function myItemId(item: Pick<MyItemInput, 'kind' | 'refId' | 'ownerId'>): string {
  return `${item.kind}_${item.refId}_${item.ownerId}`
}

export async function putMyItem(item: MyItemInput, now: Date): Promise<void> {
  const { ownerId, center, kind, refId, title, status, statusText, nextAt, link } = item
  await db
    .collection('my_items')
    .doc(myItemId(item))
    .set({ data: { ownerId, center, kind, refId, title, status, statusText, nextAt, link, updatedAt: now } })
}
