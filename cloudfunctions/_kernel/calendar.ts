/**
 * The street's one working-day calendar: the official one (chinese-workday) with the single days the street corrects
 * (a late holiday notice, a local closure). One document that every center's deadline reads — legal aid's decisions,
 * the governance center's response times, the command view's late applications — so a day the street closes counts
 * the same everywhere.
 */
import type { Corrections } from '@/shared/domain/workdays'
import { _, db, type Doc } from './cloud'

const ID = 'workdays'
const calendar = () => db.collection('street_settings').doc(ID)

type Pipeline = { match(c: Doc): Pipeline; done(): unknown }
const pipeline = () => (_.aggregate as unknown as { pipeline(): Pipeline }).pipeline()

export async function streetCorrections(): Promise<Corrections> {
  const { data } = await calendar().get()
  return ((data as { corrections?: Corrections } | null)?.corrections ?? {}) as Corrections
}

export async function setStreetCorrections(corrections: Corrections, now: Date): Promise<void> {
  await calendar().set({ data: { corrections, updatedAt: now } })
}

/** The calendar brought along with another read as the field `as` (no request of its own); `correctionsIn` reads it. */
export function calendarLookup(as: string) {
  return { from: 'street_settings', pipeline: pipeline().match({ _id: ID }).done(), as }
}

export function correctionsIn(joined: unknown): Corrections {
  return ((joined as Array<{ corrections?: Corrections }> | undefined)?.[0]?.corrections ?? {}) as Corrections
}
