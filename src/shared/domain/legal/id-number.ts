/** 居民身份证号: checked by its check digit, stored whole, shown masked everywhere but the assigned staff's case view. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export function isValidIdNumber(value: string): boolean {
  const id = value.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0)
  return CHECK[sum % 11] === id[17]
}

/** The region's first 4 and the last 4 characters: enough to tell two people apart, not to use the number. */
export function maskIdNumber(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length)
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
}

/** A phone for lists: 138****0000. */
export function maskPhone(value: string): string {
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : '***'
}
