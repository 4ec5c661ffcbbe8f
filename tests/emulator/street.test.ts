/**
 * SEED=street (and the benchmark) puts a street's year beside the demo: every center's volume generator runs
 * after the demo data without clashing with its records, and the demo's people and records stay as they were.
 */
import { localCollections } from '../../emulator/local-cloud'
import { seedDemoData } from '../../emulator/seed'
import { VOLUMES } from '../../emulator/seeds'
import { seedStreet } from '../../emulator/seeds/volume'
import { DocumentStore } from '../../emulator/store/engine'

it('seeds a street-sized year beside the demo data, the demo records untouched', () => {
  const now = new Date('2026-11-30T00:00:00Z')
  const store = new DocumentStore(':memory:', localCollections())
  try {
    seedDemoData(store, now)
    const demo = () => ({
      report: store.find('governance_reports', { query: { _id: 'gr-0' } })[0],
      wang: store.find('users', { query: { _id: 'persona-resident-wang' } })[0],
    })
    const before = demo()
    const street = seedStreet(store, VOLUMES, 1, now)
    expect(street.counts.users).toBeGreaterThan(60_000)
    for (const collection of ['affairs_bookings', 'activity_signups', 'governance_reports', 'legal_consultations', 'seniors', 'jobs']) {
      expect({ [collection]: street.counts[collection] > 1000 }).toEqual({ [collection]: true })
    }
    expect(demo()).toEqual(before)
  } finally {
    store.close()
  }
}, 240_000)
