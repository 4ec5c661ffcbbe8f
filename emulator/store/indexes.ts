/**
 * Declared indexes on the local cloud, as the real cloud database uses them: a query is served by an index
 * whose leading fields the query fixes by equality (or `$in`), or whose first field is the query's range or
 * sort field. The store keeps each index's equality keys in memory (so a lookup touches only its documents and
 * a unique index is checked without a scan), and in strict mode refuses a query no declared index can serve —
 * the way Firestore's emulator refuses a query without its composite index — naming the index to add.
 */
import type { AnyObject } from 'mingo/types'
import type { Doc } from './ejson'

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

function getPath(doc: unknown, path: string): unknown {
  let v: unknown = doc
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return v
}

const keyPart = (value: unknown) => (value instanceof Date ? `d${value.getTime()}` : JSON.stringify(value ?? null))

/** Equality keys of one declared index: every leading-field prefix maps to the ids of the documents having it. */
export class EqualityIndex {
  private readonly fields: string[]
  /** prefix length → key → ids */
  private readonly maps: Array<Map<string, Set<string>>>

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys)
    this.maps = this.fields.map(() => new Map())
  }

  /** Every key of every prefix; an array field is indexed by each element too (multikey, as in MongoDB). */
  private keysOf(doc: Doc): string[][] {
    const options = this.fields.map((f) => {
      const value = getPath(doc, f)
      return Array.isArray(value) ? [keyPart(value), ...value.map(keyPart)] : [keyPart(value)]
    })
    const out: string[][] = []
    let prefixes = ['']
    for (const values of options) {
      prefixes = prefixes.flatMap((p) => values.map((v) => (p ? `${p}|${v}` : v)))
      out.push(prefixes)
    }
    return out
  }

  add(doc: Doc): void {
    const id = doc._id as string
    this.keysOf(doc).forEach((keys, i) => {
      for (const k of keys) {
        const ids = this.maps[i].get(k) ?? new Set<string>()
        if (!ids.size) this.maps[i].set(k, ids)
        ids.add(id)
      }
    })
  }

  remove(doc: Doc): void {
    const id = doc._id as string
    this.keysOf(doc).forEach((keys, i) => {
      for (const k of keys) {
        const ids = this.maps[i].get(k)
        ids?.delete(id)
        if (ids && !ids.size) this.maps[i].delete(k)
      }
    })
  }

  /** Another document with the same full key (unique indexes). */
  clash(doc: Doc): string | undefined {
    const last = this.fields.length - 1
    for (const full of this.keysOf(doc)[last]) for (const id of this.maps[last].get(full) ?? []) if (id !== doc._id) return id
    return undefined
  }

  /** Ids of documents matching the first `prefix` fields fixed by the query (each `$in` value combined). */
  candidates(shape: QueryShape, prefix: number): Set<string> {
    let keys = ['']
    for (const field of this.fields.slice(0, prefix)) {
      const values = shape.equal.get(field) ?? []
      keys = keys.flatMap((k) => values.map((v) => (k ? `${k}|${keyPart(v)}` : keyPart(v))))
    }
    const out = new Set<string>()
    for (const k of keys) for (const id of this.maps[prefix - 1].get(k) ?? []) out.add(id)
    return out
  }
}
