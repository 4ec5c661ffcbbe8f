/** Keyword search over postings: the words themselves plus their pinyin initials (保洁 ← "bj"). */
export function searchKey(texts: readonly string[], initials: (text: string) => string): string {
  const plain = texts.join(' ').toLowerCase()
  const letters = texts.map((t) => initials(t).toLowerCase()).join(' ')
  return `${plain} ${letters}`
}

/** A keyword as a literal pattern (regex characters escaped), lower case like the key. */
export function keywordPattern(keyword: string): string {
  return keyword.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
