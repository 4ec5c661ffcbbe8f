/**
 * A long name in its words, so a large font breaks it between them ("社区事务受理 / 服务中心"), never inside one
 * ("服务中 / 心"): a bracketed part stays whole, and the kind of place a name ends with (服务中心, 服务站, 中心,
 * 街道) is a word of its own. (No lookbehind: WeChat's oldest engines cannot parse it.)
 */
const KINDS = ['服务中心', '服务站', '中心', '街道']

function splitKind(part: string): string[] {
  for (const kind of KINDS) {
    const at = part.length - kind.length
    if (at >= 2 && part.endsWith(kind)) return [...splitKind(part.slice(0, at)), kind]
  }
  return [part]
}

export function phrasesOf(text: string): string[] {
  return text
    .split(/(（[^）]*）|\([^)]*\))/)
    .filter(Boolean)
    .flatMap((part) => (part.startsWith('（') || part.startsWith('(') ? [part] : splitKind(part)))
}
