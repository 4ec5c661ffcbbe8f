/**
 * The local cloud database: documents written through to SQLite (WAL) and kept in memory as parsed objects.
 * Every declared index is a real SQLite index (an expression index over the document's keys, see keyOf in
 * indexes.ts), so equality, ranges, `in`, sorting and counts on declared fields are answered by SQL and unique
 * indexes are enforced by SQLite itself; mingo matches only what SQL cannot express, and does updates,
 * projection and aggregation. This file adds what the cloud adds: declared collections, limits and snapshot
 * transactions.
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { Aggregator, find, Query, update as applyUpdate } from 'mingo'
import type { AnyObject } from 'mingo/types'
import { type Doc, decode, encode } from './ejson'
import { StoreError, collectionMissing, duplicateKey, txConflict } from './errors'
import { conditionsOf, type IndexSpec, keyExpr, keyMatcher, keyOf, planQuery, type SqlTerm, shapeOf, sqlSafeField, suggestIndex, termOf, valueAt } from './indexes'

export type { IndexSpec }
export interface IndexManifest {
  collections: Record<string, { indexes?: IndexSpec[] }>
}

/** One version of a document; `prev` keeps older versions while a transaction may still read them. */
interface Entry {
  doc: Doc | null
  seq: number
  prev?: Entry
  /** when the document was first written: reads through an index keep the collection's natural order */
  pos: number
}

interface Write {
  coll: string
  id: string
  doc: Doc | null
  /** a new document: SQLite's primary key refuses a second one with its _id */
  insert?: boolean
}

/** What SQL answers of a query: its conditions, and whether they are the whole query. */
interface SqlQuery {
  terms: SqlTerm[]
  /** how each declared field is constrained, to choose the index */
  kinds: Map<string, SqlTerm['kind']>
  /** every condition of the query is in `terms`: mingo has nothing left to check */
  exact: boolean
}

interface Tx {
  startSeq: number
  writes: Map<string, Write>
  touchedAt: number
}

export interface FindOptions {
  query?: AnyObject
  order?: Record<string, 1 | -1>
  offset?: number
  limit?: number
  projection?: Record<string, 0 | 1>
}

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
const TX_IDLE_MS = 60_000

const newId = () => randomBytes(12).toString('hex')
const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`
const indexName = (coll: string, name: string) => `ix:${coll}:${name}`
const key = (coll: string, id: string) => `${coll}\u0000${id}`

function getPath(doc: unknown, path: string): unknown {
  let v: unknown = doc
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return v
}

/**
 * The documents a query matches, in their order. Plain conditions are tested on the documents' keys (the same
 * comparisons SQL makes); mingo judges the rest — building a mingo query costs more than testing a thousand keys.
 */
function filter(docs: Doc[], query: AnyObject): Doc[] {
  const test = keyMatcher(query)
  if (!test) return find(docs, query).all() as Doc[]
  let mingo: Query | undefined
  return docs.filter((doc) => {
    const verdict = test(doc)
    if (verdict !== undefined) return verdict
    mingo ??= new Query(query)
    return mingo.test(doc)
  })
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
const isSimple = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date
const sameSimple = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b && !(a instanceof Date))

/**
 * `$set`, `$inc` and `$unset` of plain values on plain paths, applied in place, with the paths that changed;
 * null when mingo must apply the update (any other operator, arrays or objects on the way, a non-number to
 * increment), so that its semantics and errors stay the cloud's.
 */
function quickUpdate(doc: Doc, modifier: AnyObject): string[] | null {
  const planned: Array<[string, string, unknown]> = []
  for (const [op, fields] of Object.entries(modifier)) {
    if ((op !== '$set' && op !== '$inc' && op !== '$unset') || !isPlainObject(fields)) return null
    for (const [path, value] of Object.entries(fields)) {
      if (op === '$set' && !isSimple(value)) return null
      if (op === '$inc' && (typeof value !== 'number' || value === 0)) return null
      planned.push([op, path, value])
    }
  }
  const paths = planned.map(([, path]) => path)
  if (paths.some((a, i) => paths.some((b, j) => i !== j && (a === b || b.startsWith(`${a}.`))))) return null
  const steps: Array<() => void> = []
  const changed: string[] = []
  for (const [op, path, value] of planned) {
    const parts = path.split('.')
    if (parts.some((p) => !p || /^\d+$/.test(p) || p.startsWith('$'))) return null
    // the object holding the field; undefined when the path does not exist yet ($set and $inc make it)
    let parent: Record<string, unknown> | undefined = doc
    for (const part of parts.slice(0, -1)) {
      if (!parent) break
      const next: unknown = parent[part]
      if (next === undefined) parent = undefined
      else if (isPlainObject(next)) parent = next
      else return null
    }
    const last = parts[parts.length - 1]
    const current = parent?.[last]
    if (current !== undefined && !isSimple(current)) return null
    if (op === '$unset') {
      if (parent && last in parent) {
        const target = parent
        steps.push(() => delete target[last])
        changed.push(path)
      }
      continue
    }
    if (op === '$inc' && current !== undefined && typeof current !== 'number') return null
    const next = op === '$inc' ? ((current as number | undefined) ?? 0) + (value as number) : value instanceof Date ? new Date(value) : value
    if (op === '$set' && current !== undefined && sameSimple(current, next)) continue
    if (op === '$set' && current === undefined && parent && last in parent) return null
    changed.push(path)
    steps.push(() => {
      let target: Record<string, unknown> = doc
      for (const part of parts.slice(0, -1)) {
        if (!isPlainObject(target[part])) target[part] = {}
        target = target[part] as Record<string, unknown>
      }
      target[last] = next
    })
  }
  for (const step of steps) step()
  return changed
}

function hasOperators(update: AnyObject): boolean {
  return Object.keys(update).some((k) => k.startsWith('$'))
}

/** The one document a DOC query names, or undefined when the query is not a plain `_id` lookup. */
function idOf(query: AnyObject | undefined): string | undefined {
  if (!query) return undefined
  const keys = Object.keys(query)
  return keys.length === 1 && keys[0] === '_id' && typeof query._id === 'string' ? query._id : undefined
}

export class DocumentStore {
  private readonly sqlite: Database.Database
  private readonly collections = new Map<string, Map<string, Entry>>()
  private readonly declared = new Map<string, IndexSpec[]>()
  /** per collection, the declared fields (those SQL can see) */
  private readonly keyFields = new Map<string, string[]>()
  /** per collection and declared field, how many documents hold no one key there (an array, an object): SQL leaves the field to mingo */
  private readonly unkeyed = new Map<string, Map<string, number>>()
  /** SQLite index name → its collection and declared index, to report a duplicate key */
  private readonly sqlIndexes = new Map<string, { coll: string; spec: IndexSpec }>()
  private readonly statements = new Map<string, Database.Statement>()
  private readonly usedIndexes = new Set<string>()
  /** refuse queries no declared index serves (tests); otherwise warn once per query shape */
  strictIndexes = false
  private readonly warned = new Set<string>()
  private readonly txs = new Map<string, Tx>()
  private readonly tombstones: Array<[string, string]> = []
  /** entries that carry older versions, to drop once no transaction is open */
  private readonly withHistory: Entry[] = []
  private seq = 0
  private pos = 0

  constructor(file: string, manifest: IndexManifest) {
    this.sqlite = new Database(file)
    this.sqlite.pragma('journal_mode = WAL')
    this.sqlite.pragma('synchronous = NORMAL')
    const check = this.sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`database file failed its integrity check (${String(check)})`)
    this.sqlite.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, id));
    `)
    // the declared fields' keys (a JSON object), which the SQLite indexes are built on
    const columns = this.sqlite.prepare('PRAGMA table_info(docs)').all() as Array<{ name: string }>
    if (!columns.some((c) => c.name === 'k')) this.sqlite.exec('ALTER TABLE docs ADD COLUMN k TEXT')
    for (const [name, spec] of Object.entries(manifest.collections)) {
      const indexes = (spec.indexes ?? []).filter((i) => Object.keys(i.keys).every(sqlSafeField))
      this.declared.set(name, spec.indexes ?? [])
      this.keyFields.set(name, [...new Set(indexes.flatMap((i) => Object.keys(i.keys)))])
      this.unkeyed.set(name, new Map())
      for (const index of indexes) this.sqlIndexes.set(indexName(name, index.name), { coll: name, spec: index })
      this.createCollection(name)
    }
    for (const { name } of this.sqlite.prepare('SELECT name FROM collections').all() as Array<{ name: string }>) {
      if (!this.collections.has(name)) this.collections.set(name, new Map())
    }
    const stale: Array<[string | null, string, string]> = []
    for (const row of this.sqlite.prepare('SELECT coll, id, body, k FROM docs ORDER BY rowid').iterate() as Iterable<{
      coll: string
      id: string
      body: string
      k: string | null
    }>) {
      const doc = decode(row.body) as Doc
      this.collections.get(row.coll)?.set(row.id, { doc, seq: 0, pos: this.pos++ })
      this.countUnkeyed(row.coll, doc, 1)
      const keys = this.keysOf(row.coll, doc)
      if (keys !== row.k) stale.push([keys, row.coll, row.id])
    }
    if (stale.length) {
      const setKeys = this.sqlite.prepare('UPDATE docs SET k = ? WHERE coll = ? AND id = ?')
      this.sqlite.transaction(() => {
        for (const row of stale) setKeys.run(...row)
      })()
    }
    this.syncSqlIndexes()
  }

  /** The document's keys for the collection's declared fields, as stored in `docs.k`. */
  private keysOf(coll: string, doc: Doc): string | null {
    const fields = this.keyFields.get(coll)
    if (!fields?.length) return null
    const keys: Record<string, string | null> = {}
    for (const field of fields) keys[field] = keyOf(valueAt(doc, field))
    return JSON.stringify(keys)
  }

  /** Counts (change 1) or uncounts (-1) the document's declared fields that hold no one key. */
  private countUnkeyed(coll: string, doc: Doc, change: 1 | -1): void {
    const fields = this.keyFields.get(coll)
    if (!fields?.length) return
    for (const field of fields) {
      if (keyOf(valueAt(doc, field)) !== null) continue
      const counts = this.unkeyed.get(coll)!
      counts.set(field, (counts.get(field) ?? 0) + change)
    }
  }

  /** Creates the SQLite index of every declared index (partial: one collection's documents), drops the undeclared. */
  private syncSqlIndexes(): void {
    const existing = new Map(
      (this.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix:%'").all() as Array<{ name: string; sql: string }>).map(
        (r) => [r.name, r.sql],
      ),
    )
    const wanted = new Map<string, string>()
    for (const [name, { coll, spec }] of this.sqlIndexes) {
      const columns = Object.entries(spec.keys).map(([field, dir]) => `${keyExpr(field)}${dir === -1 ? ' DESC' : ''}`)
      wanted.set(name, `CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX "${name}" ON docs (${columns.join(', ')}) WHERE coll = ${sqlString(coll)}`)
    }
    for (const [name, sql] of existing) {
      if (wanted.get(name) !== sql) this.sqlite.exec(`DROP INDEX "${name}"`)
    }
    for (const [name, sql] of wanted) {
      if (existing.get(name) === sql) continue
      try {
        this.sqlite.exec(sql)
      } catch (error) {
        const { coll, spec } = this.sqlIndexes.get(name)!
        throw new Error(`cannot create the index ${spec.name} of ${coll}: ${(error as Error).message}`)
      }
    }
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      if (this.statements.size > 500) this.statements.clear()
      statement = this.sqlite.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  /**
   * What the cloud would do with a query from a function: serve it by a declared index, or (strict) refuse it
   * with the index to add. Reads by the local cloud itself (seeds, tests, dev pages) are not checked.
   */
  requireIndex(coll: string, query: AnyObject | undefined, order: Record<string, 1 | -1> = {}): void {
    const shape = shapeOf(query)
    const orderFields = Object.keys(order)
    const plan = planQuery(this.declared.get(coll) ?? [], shape, orderFields)
    if (plan) {
      if (plan.index) this.usedIndexes.add(`${coll}.${plan.index.name}`)
      return
    }
    const message = `集合 ${coll} 的查询没有可用的索引：请在中心清单 (manifest) 中为 ${coll} 声明索引 ${JSON.stringify(suggestIndex(shape, orderFields))}（查询字段 ${JSON.stringify(Object.keys(query ?? {}))}，排序 ${JSON.stringify(orderFields)}）`
    if (this.strictIndexes) {
      console.error(`[local cloud] ${message}`)
      throw new StoreError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${message}`)
    }
    if (!this.warned.has(message) && process.env.NODE_ENV !== 'test') {
      this.warned.add(message)
      console.warn(`[local cloud] ${message}`)
    }
  }

  /** Declared indexes no function query has used since the store opened. */
  unusedIndexes(): string[] {
    return [...this.declared].flatMap(([coll, indexes]) => indexes.map((i) => `${coll}.${i.name}`)).filter((name) => !this.usedIndexes.has(name))
  }

  close(): void {
    this.sqlite.close()
  }

  createCollection(name: string): void {
    if (this.collections.has(name)) return
    this.collections.set(name, new Map())
    this.sqlite.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)').run(name)
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  // ---- reads -------------------------------------------------------------------------------------

  private entries(coll: string): Map<string, Entry> {
    const entries = this.collections.get(coll)
    if (!entries) throw collectionMissing(coll)
    return entries
  }

  private tx(txId: string | undefined): Tx | undefined {
    if (!txId) return undefined
    const tx = this.txs.get(txId)
    if (!tx) throw new StoreError('DATABASE_REQUEST_FAILED', `transaction ${txId} is not open`)
    tx.touchedAt = Date.now()
    return tx
  }

  /** The collection as a reader sees it: committed now, or as of a transaction's start plus its own writes. */
  private view(coll: string, tx?: Tx): Doc[] {
    const entries = this.entries(coll)
    const docs: Doc[] = []
    for (const [id, entry] of entries) {
      const pending = tx?.writes.get(key(coll, id))
      const doc = pending ? pending.doc : tx ? versionAt(entry, tx.startSeq) : entry.doc
      if (doc) docs.push(doc)
    }
    if (tx) {
      for (const w of tx.writes.values()) if (w.coll === coll && w.doc && !entries.has(w.id)) docs.push(w.doc)
    }
    return docs
  }

  private readOne(coll: string, id: string, tx?: Tx): Doc | null {
    const pending = tx?.writes.get(key(coll, id))
    if (pending) return pending.doc
    const entry = this.entries(coll).get(id)
    if (!entry) return null
    return tx ? versionAt(entry, tx.startSeq) : entry.doc
  }

  private match(coll: string, query: AnyObject | undefined, tx?: Tx): Doc[] {
    const id = idOf(query)
    if (id !== undefined) {
      const doc = this.readOne(coll, id, tx)
      return doc ? [doc] : []
    }
    if (!query || !Object.keys(query).length) return this.view(coll, tx)
    // a transaction sees its own writes and older versions: those are not in SQLite
    if (!tx) {
      const sql = this.sqlQuery(coll, query)
      if (sql.terms.length) {
        const docs = this.selectDocs(coll, sql, undefined, 'rowid')
        return sql.exact ? docs : filter(docs, query)
      }
    }
    return filter(this.view(coll, tx), query)
  }

  /** What SQL answers of a query: each top-level condition on _id or on a declared field it can say exactly. */
  private sqlQuery(coll: string, query: AnyObject | undefined): SqlQuery {
    const terms: SqlTerm[] = []
    const kinds = new Map<string, SqlTerm['kind']>()
    let exact = true
    for (const [field, condition] of conditionsOf(query)) {
      const isId = field === '_id'
      const term = isId || this.sqlField(coll, field) ? termOf(isId ? 'id' : keyExpr(field), condition, isId) : null
      if (!term) exact = false
      else {
        terms.push(term)
        if (kinds.get(field) !== 'eq') kinds.set(field, term.kind)
      }
    }
    return { terms, kinds, exact }
  }

  /** A declared field whose every value is one key (no arrays, no objects): SQL compares it as mingo would. */
  private sqlField(coll: string, field: string): boolean {
    return !!this.keyFields.get(coll)?.includes(field) && !this.unkeyed.get(coll)?.get(field)
  }

  /** ORDER BY for a sort on _id and declared fields (ties in the collection's natural order), or null. */
  private sqlOrder(coll: string, order: Record<string, 1 | -1> | undefined): string | null {
    const parts: string[] = []
    for (const [field, dir] of Object.entries(order ?? {})) {
      if (field !== '_id' && !this.sqlField(coll, field)) return null
      parts.push(`${field === '_id' ? 'id' : keyExpr(field)}${dir === -1 ? ' DESC' : ''}`)
    }
    return [...parts, 'rowid'].join(', ')
  }

  /**
   * The declared index that serves the query best, named to SQLite (INDEXED BY): without statistics its planner
   * would rather read the whole collection through the primary key. Null: the primary key serves (by _id).
   */
  private chooseIndex(coll: string, sql: SqlQuery, order: Record<string, 1 | -1> | undefined): string | null {
    if (sql.kinds.get('_id') === 'eq') return null
    const first = Object.keys(order ?? {})[0]
    let best: string | null = null
    let bestScore = 0
    for (const [name, index] of this.sqlIndexes) {
      if (index.coll !== coll) continue
      const fields = Object.keys(index.spec.keys)
      let prefix = 0
      while (prefix < fields.length && sql.kinds.get(fields[prefix]) === 'eq') prefix++
      const next = fields[prefix]
      const score = prefix * 2 + (next !== undefined && (sql.kinds.get(next) === 'range' || next === first) ? 1 : 0)
      if (score > bestScore) {
        best = name
        bestScore = score
      }
    }
    return best
  }

  private where(coll: string, sql: SqlQuery, order?: Record<string, 1 | -1>): { from: string; text: string; params: unknown[] } {
    const index = this.chooseIndex(coll, sql, order)
    return {
      from: index ? `docs INDEXED BY "${index}"` : 'docs',
      text: [`coll = ${sqlString(coll)}`, ...sql.terms.map((t) => `(${t.sql})`)].join(' AND '),
      params: sql.terms.flatMap((t) => t.params),
    }
  }

  /** The committed documents SQL selects, in SQL's order. */
  private selectDocs(coll: string, sql: SqlQuery, order: Record<string, 1 | -1> | undefined, orderBy: string, page?: { offset: number; limit: number }): Doc[] {
    const entries = this.entries(coll)
    const where = this.where(coll, sql, order)
    const ids = this.statement(`SELECT id FROM ${where.from} WHERE ${where.text} ORDER BY ${orderBy}${page ? ' LIMIT ? OFFSET ?' : ''}`)
      .pluck()
      .all(...where.params, ...(page ? [page.limit, page.offset] : [])) as string[]
    const docs: Doc[] = []
    for (const id of ids) {
      const doc = entries.get(id)?.doc
      if (doc) docs.push(doc)
    }
    return docs
  }

  find(coll: string, options: FindOptions, txId?: string): Doc[] {
    const tx = this.tx(txId)
    const limit = Math.min(Math.max(options.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT)
    const offset = Math.max(options.offset ?? 0, 0)
    const order = options.order && Object.keys(options.order).length ? options.order : undefined
    const projection = options.projection && Object.keys(options.projection).length ? options.projection : undefined
    if (!tx && idOf(options.query) === undefined) {
      const sql = this.sqlQuery(coll, options.query)
      const orderBy = this.sqlOrder(coll, order)
      if (sql.exact && orderBy && (sql.terms.length || order)) {
        // SQL filters, sorts and pages: only the page's documents are touched
        const docs = this.selectDocs(coll, sql, order, orderBy, { offset, limit })
        return projection ? (find(docs, {}, projection).all() as Doc[]) : docs
      }
      if (sql.terms.length) {
        // SQL narrows (and sorts, when it can); mingo checks the rest
        let docs = this.selectDocs(coll, sql, orderBy ? order : undefined, orderBy ?? 'rowid')
        if (!sql.exact) docs = filter(docs, options.query ?? {})
        if (!projection && (!order || orderBy)) return docs.slice(offset, offset + limit)
        let cursor = find(docs, {}, projection)
        if (order && !orderBy) cursor = cursor.sort(order)
        return cursor.skip(offset).limit(limit).all() as Doc[]
      }
    }
    const docs = this.match(coll, options.query, tx)
    if (!projection && !order) return docs.slice(offset, offset + limit)
    let cursor = find(docs, {}, projection)
    if (order) cursor = cursor.sort(order)
    if (offset) cursor = cursor.skip(offset)
    return cursor.limit(limit).all() as Doc[]
  }

  count(coll: string, query?: AnyObject): number {
    if (idOf(query) === undefined) {
      const sql = this.sqlQuery(coll, query)
      if (sql.exact) {
        this.entries(coll)
        const where = this.where(coll, sql)
        return this.statement(`SELECT count(*) FROM ${where.from} WHERE ${where.text}`).pluck().get(...where.params) as number
      }
    }
    return this.match(coll, query).length
  }

  /**
   * mingo runs the pipeline; a leading `$match`, and a `$lookup` whose own pipeline starts with a `$match` on
   * nothing of the outer document, are narrowed first by the store's own matching (SQL on declared fields).
   */
  aggregate(coll: string, pipeline: AnyObject[]): Doc[] {
    const first = pipeline[0]?.$match as AnyObject | undefined
    const docs = first && !('$expr' in first) ? this.match(coll, first) : this.view(coll)
    const narrowed = new Map<string, Doc[]>()
    const stages = pipeline.map((stage, i) => {
      const lookup = stage.$lookup as { from?: string; let?: unknown; pipeline?: AnyObject[] } | undefined
      const inner = lookup?.pipeline?.[0]?.$match as AnyObject | undefined
      if (!lookup?.from || lookup.let || !inner || JSON.stringify(inner).includes('$$') || '$expr' in inner || !this.collections.has(lookup.from)) return stage
      const name = `${lookup.from}\u0000${i}`
      narrowed.set(name, this.match(lookup.from, inner))
      return { $lookup: { ...lookup, from: name } }
    })
    const aggregator = new Aggregator(stages, {
      collectionResolver: (name: string) => narrowed.get(name) ?? (this.collections.has(name) ? this.view(name) : []),
    })
    return aggregator.run(docs) as Doc[]
  }

  // ---- writes ------------------------------------------------------------------------------------

  insert(coll: string, docs: Doc[], txId?: string): string[] {
    const tx = this.tx(txId)
    const planned: Write[] = []
    for (const raw of docs) {
      const id = typeof raw._id === 'string' && raw._id ? raw._id : newId()
      const doc = { ...raw, _id: id }
      // outside a transaction SQLite's primary key refuses a second document with the id
      if (tx && (this.readOne(coll, id, tx) || planned.some((p) => p.id === id))) throw duplicateKey(coll, '_id_', { _id: id })
      planned.push({ coll, id, doc, insert: true })
    }
    this.write(planned, tx)
    return planned.map((p) => p.id)
  }

  /** set (merge false: replace whole, upsert) or update (merge true: operators) of one or many documents. */
  modify(
    coll: string,
    op: { query?: AnyObject; single: boolean; data: AnyObject; merge: boolean; upsert: boolean },
    txId?: string,
  ): { updated: number; upsertId?: string } {
    const tx = this.tx(txId)
    if (tx && !op.single) throw new StoreError('DATABASE_REQUEST_FAILED', '事务中只支持单文档操作（doc）')
    const matched = this.match(coll, op.query, tx)
    const targets = op.single ? matched.slice(0, 1) : matched
    if (!op.merge) {
      const id = idOf(op.query)
      if (id === undefined) throw new StoreError('INVALID_PARAM', 'set requires a document id')
      const replacement = { ...op.data, _id: id }
      this.write([{ coll, id, doc: replacement }], tx)
      return targets.length ? { updated: 1 } : { updated: 0, upsertId: id }
    }
    const modifier = hasOperators(op.data) ? op.data : { $set: op.data }
    const writes: Write[] = []
    for (const current of targets) {
      const next = structuredClone(current)
      let changed: string[]
      try {
        changed = quickUpdate(next, modifier) ?? applyUpdate(next, modifier, [], undefined, { cloneMode: 'deep' })
      } catch (error) {
        throw new StoreError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${(error as Error).message}`)
      }
      if (changed.length) writes.push({ coll, id: current._id as string, doc: next })
    }
    this.write(writes, tx)
    return { updated: writes.length }
  }

  remove(coll: string, op: { query?: AnyObject; single: boolean }, txId?: string): number {
    const tx = this.tx(txId)
    if (tx && !op.single) throw new StoreError('DATABASE_REQUEST_FAILED', '事务中只支持单文档操作（doc）')
    const matched = this.match(coll, op.query, tx)
    const targets = op.single ? matched.slice(0, 1) : matched
    this.write(
      targets.map((d) => ({ coll, id: d._id as string, doc: null })),
      tx,
    )
    return targets.length
  }

  /** Applies writes now, or records them in the transaction until it commits. */
  private write(writes: Write[], tx?: Tx): void {
    if (!writes.length) return
    if (!tx) {
      this.commitWrites(writes)
      return
    }
    for (const w of writes) {
      if (w.doc) this.checkUnique(w, tx)
      tx.writes.set(key(w.coll, w.id), w)
    }
  }

  /** A transaction's write against the unique indexes as the transaction sees them (SQLite checks again at commit). */
  private checkUnique(w: Write, tx: Tx): void {
    for (const spec of this.declared.get(w.coll) ?? []) {
      if (!spec.unique || !this.sqlIndexes.has(indexName(w.coll, spec.name))) continue
      const fields = Object.keys(spec.keys)
      const keys = fields.map((f) => keyOf(valueAt(w.doc, f)))
      if (keys.some((k) => k === null)) continue
      const sameKey = (d: Doc | null) => !!d && fields.every((f, i) => keyOf(valueAt(d, f)) === keys[i])
      const committed = this.statement(`SELECT id FROM docs INDEXED BY "${indexName(w.coll, spec.name)}" WHERE coll = ${sqlString(w.coll)} AND ${fields.map((f) => `${keyExpr(f)} = ?`).join(' AND ')}`)
        .pluck()
        .all(...keys) as string[]
      const clash =
        committed.some((id) => id !== w.id && sameKey(this.readOne(w.coll, id, tx))) ||
        [...tx.writes.values()].some((o) => o.coll === w.coll && o.id !== w.id && sameKey(o.doc))
      if (clash) throw this.duplicate(w, spec)
    }
  }

  private duplicate(w: Write, spec: IndexSpec) {
    return duplicateKey(w.coll, spec.name, Object.fromEntries(Object.keys(spec.keys).map((f) => [f, getPath(w.doc, f) ?? null])))
  }

  /** Writes through to SQLite in one SQLite transaction (its unique indexes refuse a duplicate key), then to memory. */
  private commitWrites(writes: Write[]): void {
    const insert = this.statement('INSERT INTO docs (coll, id, body, k) VALUES (?, ?, ?, ?)')
    const upsert = this.statement(
      'INSERT INTO docs (coll, id, body, k) VALUES (?, ?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body, k = excluded.k',
    )
    const del = this.statement('DELETE FROM docs WHERE coll = ? AND id = ?')
    let current: Write | undefined
    try {
      this.sqlite.transaction(() => {
        for (const w of writes) {
          current = w
          if (!w.doc) del.run(w.coll, w.id)
          else (w.insert ? insert : upsert).run(w.coll, w.id, encode(w.doc), this.keysOf(w.coll, w.doc))
        }
      })()
    } catch (error) {
      throw this.refused(error as Error & { code?: string }, current)
    }
    const seq = ++this.seq
    const keepHistory = this.txs.size > 0
    for (const w of writes) {
      const entries = this.entries(w.coll)
      const old = entries.get(w.id)
      if (old?.doc) this.countUnkeyed(w.coll, old.doc, -1)
      if (w.doc) this.countUnkeyed(w.coll, w.doc, 1)
      if (!w.doc && !keepHistory) {
        entries.delete(w.id)
        continue
      }
      const entry: Entry = { doc: w.doc, seq, prev: keepHistory ? old : undefined, pos: old?.pos ?? this.pos++ }
      entries.set(w.id, entry)
      if (entry.prev) this.withHistory.push(entry)
      if (!w.doc) this.tombstones.push([w.coll, w.id])
    }
  }

  /** A constraint SQLite refused, as the cloud's duplicate-key error. */
  private refused(error: Error & { code?: string }, w: Write | undefined): Error {
    if (!w || !String(error.code).startsWith('SQLITE_CONSTRAINT')) return error
    if (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return duplicateKey(w.coll, '_id_', { _id: w.id })
    const index = /index '([^']+)'/.exec(error.message)?.[1]
    const declared = index ? this.sqlIndexes.get(index) : undefined
    return declared ? this.duplicate(w, declared.spec) : error
  }

  // ---- transactions --------------------------------------------------------------------------------

  startTransaction(): string {
    const now = Date.now()
    for (const [id, tx] of this.txs) if (now - tx.touchedAt > TX_IDLE_MS) this.endTx(id)
    const id = `tx-${newId()}`
    this.txs.set(id, { startSeq: this.seq, writes: new Map(), touchedAt: now })
    return id
  }

  /** First committer wins: a document written by someone else since the transaction began is a conflict. */
  commitTransaction(txId: string): void {
    const tx = this.tx(txId)!
    try {
      for (const w of tx.writes.values()) {
        const entry = this.collections.get(w.coll)?.get(w.id)
        if (entry && entry.seq > tx.startSeq) throw txConflict()
      }
      this.commitWrites([...tx.writes.values()])
    } finally {
      this.endTx(txId)
    }
  }

  abortTransaction(txId: string): void {
    this.endTx(txId)
  }

  private endTx(txId: string): void {
    this.txs.delete(txId)
    if (this.txs.size > 0) return
    // no reader needs old versions any more
    for (const [coll, id] of this.tombstones.splice(0)) {
      const entries = this.collections.get(coll)
      if (entries?.get(id)?.doc === null) entries.delete(id)
    }
    for (const entry of this.withHistory.splice(0)) entry.prev = undefined
  }

  openTransactions(): number {
    return this.txs.size
  }
}

function versionAt(entry: Entry, seq: number): Doc | null {
  let e: Entry | undefined = entry
  while (e && e.seq > seq) e = e.prev
  return e ? e.doc : null
}
