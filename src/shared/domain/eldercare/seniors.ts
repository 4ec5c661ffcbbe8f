/**
 * 老年人信息: what of a senior's record is sensitive and how it is masked, ID numbers, and who may see the
 * record in full (linked family, the senior, the center's staff). Pure.
 */

/** 18-digit 居民身份证号 with its check digit (GB 11643). */
export function validIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((n, w, i) => n + w * Number(id[i]), 0)
  return '10X98765432'[sum % 11] === id[17]
}

/** Birth date (YYYY-MM-DD) and gender an ID number states. */
export function fromIdNumber(id: string): { birthDate: string; gender: 'male' | 'female' } {
  return { birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' }
}

export function maskIdNumber(id: string | null): string | null {
  return id ? `${id.slice(0, 3)}***********${id.slice(-4)}` : null
}

export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null
}

/** Who is asking about a senior, as far as the record is concerned. */
export type Standing = 'self' | 'family' | 'staff' | 'none'

export function standingOf(
  senior: { openid: string | null; familyIds: readonly string[] },
  actorId: string,
  isStaff: boolean,
): Standing {
  if (senior.openid === actorId) return 'self'
  if (senior.familyIds.includes(actorId)) return 'family'
  return isStaff ? 'staff' : 'none'
}

export const LINK_STATUS_TEXT = { pending: '待确认', approved: '已关联', refused: '未通过', left: '已解除' } as const
export type LinkStatus = keyof typeof LINK_STATUS_TEXT

export const GENDER_LABEL = { male: '男', female: '女' } as const
export const LIVING_LABEL = { alone: '独居', spouse: '与配偶同住', family: '与子女同住' } as const
export const MOBILITY_LABEL = { independent: '自理', assisted: '需搀扶', wheelchair: '轮椅', bedridden: '卧床' } as const

/** How staff search: four digits are a phone tail, latin letters pinyin initials, "5号楼"/"5栋" a building, else a name. */
export function searchKind(keyword: string): { kind: 'phoneTail' | 'initials' | 'building' | 'name'; value: string } {
  const k = keyword.trim()
  if (/^\d{4}$/.test(k)) return { kind: 'phoneTail', value: k }
  if (/^[A-Za-z]+$/.test(k)) return { kind: 'initials', value: k.toLowerCase() }
  const building = /^(\d+)\s*(号楼|栋|幢|号)?$/.exec(k)
  if (building) return { kind: 'building', value: `${building[1]}号楼` }
  return { kind: 'name', value: k }
}

/** A building as stored: "5", "5栋", "5号楼" → "5号楼". */
export function normalizeBuilding(b: string): string {
  const m = /^(\d+)\s*(号楼|栋|幢|号)?$/.exec(b.trim())
  return m ? `${m[1]}号楼` : b.trim()
}
