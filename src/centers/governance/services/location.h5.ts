/**
 * Browser (local cloud): no WeChat map to pick from. The report falls back to the resident's own building,
 * which the page says; the location picked on a map exists only in the mini-program.
 */
import type { PickedPlace } from './location-types'

export type { PickedPlace }

export const MAP_AVAILABLE = false

export async function pickPlace(): Promise<PickedPlace | null> {
  return null
}
