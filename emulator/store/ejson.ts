/** The SDK's wire values (canonical EJSON strings) to JS values and back. */
import { EJSON } from 'bson'

export type Doc = Record<string, unknown> & { _id?: string }

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype
}

/** BSON regexps become JS RegExps (for the query library); `serverDate()` becomes the store's clock. */
function revive(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, now))
  if (value && typeof value === 'object' && (value as { _bsontype?: string })._bsontype === 'BSONRegExp') {
    const { pattern, options } = value as unknown as { pattern: string; options: string }
    return new RegExp(pattern, options.replace(/[^imsu]/g, ''))
  }
  if (!isPlainObject(value)) return value
  if ('$tcb_server_date' in value) {
    const offset = Number((value.$tcb_server_date as { offset?: number } | undefined)?.offset ?? 0)
    return new Date(now + offset)
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = revive(v, now)
  return out
}

export function decode(text: string | undefined, now = Date.now()): unknown {
  if (text === undefined || text === '') return undefined
  return revive(EJSON.parse(text, { relaxed: true }), now)
}

export function encode(value: unknown): string {
  return EJSON.stringify(value as Doc, { relaxed: false })
}
