/**
 * Declared indexes on the local cloud, as the real cloud database uses them: a query is served by an index
 * whose leading fields the query fixes by equality (or `$in`), or whose first field is the query's range or
 * sort field. Each declared index is a real SQLite index over the documents' keys (see keyOf), so SQL answers
 * equality, ranges, `in`, sorting and counting on declared fields and SQLite itself keeps unique indexes
 * unique. In strict mode the store refuses a query no declared index can serve —
 * the way Firestore's emulator refuses a query without its composite index — naming the index to add.
 */
import type { AnyObject } from 'mingo/types'

export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}

/** What a query fixes and ranges over, read from its top level (and top-level `$and`). */
export interface QueryShape {
  /** field → the values it may equal (one for equality, several for `$in`) */
  equal: Map<string, unknown[]>
  ranged: Set<string>
}

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte'])

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).some((k) => k.startsWith('$'))
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date
}

export function shapeOf(query: AnyObject | undefined): QueryShape {
  const shape: QueryShape = { equal: new Map(), ranged: new Set() }
  const visit = (q: AnyObject) => {
    for (const [field, condition] of Object.entries(q)) {
      if (field === '$and' && Array.isArray(condition)) {
        for (const part of condition) visit(part as AnyObject)
        continue
      }
      if (field.startsWith('$')) continue
      if (condition instanceof RegExp) {
        // a case-sensitive prefix (^...) is a range of the index, as in MongoDB
        if (condition.source.startsWith('^') && !condition.flags.includes('i')) shape.ranged.add(field)
      } else if (isScalar(condition)) shape.equal.set(field, [condition])
      else if (isOperatorObject(condition)) {
        const ops = condition as Record<string, unknown>
        if ('$eq' in ops && isScalar(ops.$eq)) shape.equal.set(field, [ops.$eq])
        else if (Array.isArray(ops.$in) && ops.$in.every(isScalar) && !ops.$nin) shape.equal.set(field, ops.$in)
        if (Object.keys(ops).some((op) => RANGE_OPS.has(op))) shape.ranged.add(field)
        // a case-sensitive prefix (^...) is a range of the index, as in MongoDB
        if (typeof ops.$regex === 'string' && ops.$regex.startsWith('^') && !String(ops.$options ?? '').includes('i')) shape.ranged.add(field)
      }
    }
  }
  if (query) visit(query)
  return shape
}

export interface Plan {
  index: IndexSpec | null
  /** how many leading fields of the index the query fixes */
  prefix: number
}

/** The declared index that serves the query best, or null when none can. */
export function planQuery(indexes: IndexSpec[], shape: QueryShape, order: string[]): Plan | null {
  if (shape.equal.has('_id')) return { index: null, prefix: 0 }
  let best: Plan | null = null
  for (const index of indexes) {
    const fields = Object.keys(index.keys)
    let prefix = 0
    while (prefix < fields.length && shape.equal.has(fields[prefix])) prefix++
    const next = fields[prefix]
    const rangeOrSortNext = next !== undefined && (shape.ranged.has(next) || order[0] === next)
    if (prefix === 0 && !rangeOrSortNext) continue
    if (!best || prefix > best.prefix) best = { index, prefix }
  }
  if (best) return best
  // a bare listing (no filter, no order) reads the collection as the cloud would: by _id
  if (!shape.equal.size && !shape.ranged.size && !order.length) return { index: null, prefix: 0 }
  if (!shape.equal.size && !shape.ranged.size && order[0] === '_id') return { index: null, prefix: 0 }
  return null
}

/** The index a developer should declare for a query nothing serves. */
export function suggestIndex(shape: QueryShape, order: string[]): Record<string, 1 | -1> {
  const keys: Record<string, 1 | -1> = {}
  for (const field of shape.equal.keys()) keys[field] = 1
  const range = [...shape.ranged][0] ?? order[0]
  if (range) keys[range] = 1
  return keys
}

// ---- keys of declared indexes, as SQLite sees them ------------------------------------------------------

/** A value that cannot be one key: an array (multikey) or a path through one. SQL leaves such fields to mingo. */
export const MULTI = Symbol('multi')

/** The field's value, or MULTI when the path meets an array (MongoDB would index each element). */
export function valueAt(doc: unknown, path: string): unknown {
  let v: unknown = doc
  for (const part of path.split('.')) {
    if (Array.isArray(v)) return MULTI
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return Array.isArray(v) ? MULTI : v
}

const numberBytes = Buffer.alloc(8)

/** A number as 16 hex digits that sort as the numbers do. */
function sortableNumber(n: number): string {
  numberBytes.writeDoubleBE(n === 0 ? 0 : n)
  if (n < 0) for (let i = 0; i < 8; i++) numberBytes[i] = ~numberBytes[i] & 0xff
  else numberBytes[0] ^= 0x80
  return numberBytes.toString('hex')
}

/**
 * One value as a TEXT key that SQLite compares the way the cloud does: a type letter first, in MongoDB's
 * order of types (null and missing < numbers < strings < objects < booleans < dates), then a value that sorts
 * within its type. Missing and null share a key, as they do in a unique index; null means "not one key".
 */
export function keyOf(value: unknown): string | null {
  if (value === MULTI) return null
  if (value === undefined || value === null) return '0'
  if (typeof value === 'number') return Number.isNaN(value) ? null : `1${sortableNumber(value)}`
  if (typeof value === 'string') return `2${value}`
  if (typeof value === 'boolean') return value ? '81' : '80'
  if (value instanceof Date) return `9${sortableNumber(value.getTime())}`
  return null
}

/** The bounds of each type's keys, for ranges that compare only within a type (as MongoDB's do). */
const TYPE_BAND: Record<string, [string, string]> = { number: ['1', '2'], string: ['2', '3'], date: ['9', ':'] }

function bandOf(value: unknown): [string, string] | null {
  if (typeof value === 'number' && !Number.isNaN(value)) return TYPE_BAND.number
  if (typeof value === 'string') return TYPE_BAND.string
  if (value instanceof Date) return TYPE_BAND.date
  return null
}

/** The SQL expression of a declared field; an index on it and a query on it must spell it the same way. */
export function keyExpr(field: string): string {
  return `json_extract(k, '$."${field}"')`
}

/** Field names SQL can carry safely inside the expression. */
export const sqlSafeField = (field: string) => /^[A-Za-z0-9_$.-]+$/.test(field) && !field.startsWith('$')

/** A condition SQL answers: SQL text with `?` placeholders. */
export interface SqlTerm {
  sql: string
  params: unknown[]
  /** eq: the field is fixed (=, IN) and an index may go on past it; range: the index can range over it */
  kind: 'eq' | 'range' | 'other'
  /** the same condition on one key in JavaScript, for documents SQL did not select */
  test: (key: string) => boolean
}

const SQL_OPS = new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte'])
const RANGE_SQL: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

/** A literal prefix (^abc) of a case-sensitive regexp, or null when the pattern is more than that. */
function literalPrefix(source: string, flags: string): string | null {
  if (!source.startsWith('^') || flags.includes('i') || flags.includes('m')) return null
  const rest = source.slice(1)
  return rest && !/[\\^$.|?*+()[\]{}]/.test(rest) ? rest : null
}

/** The string keys a literal prefix ranges over. */
function prefixTerm(expr: string, prefix: string): SqlTerm {
  const last = prefix.charCodeAt(prefix.length - 1)
  const [low, high] = [`2${prefix}`, `2${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`]
  return { sql: `${expr} >= ? AND ${expr} < ?`, params: [low, high], kind: 'range', test: (k) => k >= low && k < high }
}

/**
 * One top-level condition on one field as SQL, or null when SQL cannot say exactly what mingo would.
 * `expr` is the key expression (or `id` for _id, whose keys are the ids themselves).
 */
export function termOf(expr: string, condition: unknown, isId: boolean): SqlTerm | null {
  const key = (v: unknown) => (isId ? (typeof v === 'string' ? v : null) : keyOf(v))
  if (condition instanceof RegExp) {
    const prefix = isId ? null : literalPrefix(condition.source, condition.flags)
    return prefix ? prefixTerm(expr, prefix) : null
  }
  if (isScalar(condition)) {
    const k = key(condition)
    return k === null ? null : { sql: `${expr} = ?`, params: [k], kind: 'eq', test: (x) => x === k }
  }
  if (!isOperatorObject(condition)) return null
  const ops = condition as Record<string, unknown>
  const parts: string[] = []
  const params: unknown[] = []
  const tests: Array<(k: string) => boolean> = []
  const kinds = new Set<string>()
  for (const [op, value] of Object.entries(ops)) {
    kinds.add(op === '$eq' || op === '$in' ? 'eq' : op in RANGE_SQL || op === '$regex' || op === '$options' ? 'range' : 'other')
    if (op === '$regex' || op === '$options') {
      if (op === '$options') continue
      const prefix = typeof value === 'string' && !isId ? literalPrefix(value, String(ops.$options ?? '')) : value instanceof RegExp && !isId ? literalPrefix(value.source, value.flags) : null
      if (!prefix) return null
      const term = prefixTerm(expr, prefix)
      parts.push(term.sql)
      params.push(...term.params)
      tests.push(term.test)
      continue
    }
    if (!SQL_OPS.has(op)) return null
    if (op === '$in' || op === '$nin') {
      if (!Array.isArray(value) || !value.every(isScalar)) return null
      const keys = value.map(key)
      if (keys.some((k) => k === null)) return null
      const set = new Set(keys)
      tests.push(op === '$in' ? (k) => set.has(k) : (k) => !set.has(k))
      if (!keys.length) {
        parts.push(op === '$in' ? '0' : '1')
        continue
      }
      parts.push(`${expr} ${op === '$in' ? 'IN' : 'NOT IN'} (${keys.map(() => '?').join(', ')})`)
      params.push(...keys)
      continue
    }
    if (!isScalar(value)) return null
    const k = key(value)
    if (k === null) return null
    if (op === '$eq' || op === '$ne') {
      parts.push(`${expr} ${op === '$eq' ? '=' : '!='} ?`)
      params.push(k)
      tests.push(op === '$eq' ? (x) => x === k : (x) => x !== k)
      continue
    }
    // ranges compare within the value's type only
    const band = isId ? (typeof value === 'string' ? null : undefined) : bandOf(value)
    if (band === undefined) return null
    parts.push(`${expr} ${RANGE_SQL[op]} ?`)
    params.push(k)
    tests.push(op === '$gt' ? (x) => x > k : op === '$gte' ? (x) => x >= k : op === '$lt' ? (x) => x < k : (x) => x <= k)
    if (band) {
      parts.push(`${expr} >= ? AND ${expr} < ?`)
      params.push(...band)
      tests.push((x) => x >= band[0] && x < band[1])
    }
  }
  const kind = kinds.has('eq') ? 'eq' : kinds.has('range') ? 'range' : 'other'
  return parts.length ? { sql: parts.join(' AND '), params, kind, test: (x) => tests.every((t) => t(x)) } : null
}

/**
 * A query of plain conditions (the ones termOf says exactly) as a JavaScript test: true or false, or undefined
 * for a document whose field holds no one key (an array, an object), which mingo then judges. Null: the
 * query has more than plain conditions, mingo judges it all.
 */
export function keyMatcher(query: AnyObject): ((doc: Record<string, unknown>) => boolean | undefined) | null {
  const checks: Array<{ field: string; isId: boolean; test: (key: string) => boolean }> = []
  for (const [field, condition] of conditionsOf(query)) {
    if (field.startsWith('$') || !sqlSafeField(field === '_id' ? 'id' : field)) return null
    const isId = field === '_id'
    const term = termOf('x', condition, isId)
    if (!term) return null
    checks.push({ field, isId, test: term.test })
  }
  return (doc) => {
    for (const { field, isId, test } of checks) {
      const value = isId ? doc._id : valueAt(doc, field)
      const key = isId ? (typeof value === 'string' ? value : null) : keyOf(value)
      if (key === null) return undefined
      if (!test(key)) return false
    }
    return true
  }
}

/** The top-level conditions of a query (through top-level `$and`), field by field; operators like $or stay whole. */
export function conditionsOf(query: AnyObject | undefined): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  const visit = (q: AnyObject) => {
    for (const [field, condition] of Object.entries(q)) {
      if (field === '$and' && Array.isArray(condition)) for (const part of condition) visit(part as AnyObject)
      else out.push([field, condition])
    }
  }
  if (query) visit(query)
  return out
}
