import { CENTER_CODES, CENTERS } from './center-list'

/**
 * The centers of 黄河西路街道「多中心一平台」, in the order the street presents them; each one's manifest
 * (src/centers/<code>/manifest.ts) describes it.
 */
export { CENTER_CODES, CENTERS }
export type CenterCode = (typeof CENTER_CODES)[number]

export interface Center {
  code: CenterCode
  name: string
  /** one character shown in the icon badge; never the only way the center is named */
  glyph: string
  purpose: string
  /** what the center offers (in person until its online services land) */
  services: string[]
  /** whether its online services are built (its manifest names cloud functions); if not, 首页 says 即将开通 */
  online: boolean
  /** going in person: address, phone, hours, what to bring */
  visit: { address: string; phone: string | null; hours: string; bring: string[] }
}

export function centerByCode(code: string): Center | undefined {
  return CENTERS.find((c) => c.code === code)
}

/** Where a center's subpackage entry page lives (one subpackage per center). */
export function centerEntryPath(code: CenterCode): string {
  return `/centers/${code}/pages/index/index`
}
