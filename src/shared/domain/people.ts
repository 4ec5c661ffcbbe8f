/** 13812345678 → 138****5678: tells people apart in staff lists without exposing the number. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}

/** Escapes text typed into a search box so it is matched literally. */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
