/**
 * Demo data for the local cloud: each center's seed (emulator/seeds/<center>.ts, named in its manifest), run in
 * the order of the list of centers — the platform's people first.
 */
import type { DocumentStore } from './store/engine'
import { SEEDS } from './seeds'

export { type Persona, PERSONAS } from './seeds/account'

export function seedDemoData(store: DocumentStore, now = new Date()): void {
  for (const seed of Object.values(SEEDS)) seed(store, now)
}
