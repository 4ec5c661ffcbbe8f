/**
 * Street-sized data (SEED=street, the benchmark): about 60,000 residents in six communities, a year of window
 * bookings and 代办 applications, a dozen organizations publishing weekly with sign-ups. Deterministic from a seed
 * number, so two runs (and two machines) measure the same street. Each center adds its own part as `volume`
 * in its seed module; they run in the order of the list of centers, the people first.
 */
import type { DocumentStore } from '../store/engine'

export interface VolumeContext {
  /** a deterministic random number in [0, 1) */
  random: () => number
  now: Date
  /** openids of the residents the platform's volume created */
  residents: string[]
  /** each resident's name and phone, as later records (a sign-up) copy them */
  people: Map<string, { name: string; phone: string }>
}

export type Volume = (store: DocumentStore, ctx: VolumeContext) => void

/** mulberry32: small, fast and good enough to spread demo data evenly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]

/** Inserts in batches: one SQLite transaction per batch. */
export function insertAll(store: DocumentStore, collection: string, docs: Array<Record<string, unknown>>, batch = 2000): void {
  for (let i = 0; i < docs.length; i += batch) store.insert(collection, docs.slice(i, i + batch))
}

export interface StreetReport {
  seconds: number
  counts: Record<string, number>
}

/** Runs every center's volume generator. */
export function seedStreet(store: DocumentStore, volumes: readonly Volume[], seed = 1, now = new Date()): StreetReport {
  const started = Date.now()
  const ctx: VolumeContext = { random: seededRandom(seed), now, residents: [], people: new Map() }
  for (const volume of volumes) volume(store, ctx)
  const counts = Object.fromEntries(store.collectionNames().map((c) => [c, store.count(c)]))
  return { seconds: (Date.now() - started) / 1000, counts }
}
