/**
 * The local cloud database: collections of documents kept in memory for queries and written through to
 * SQLite (WAL) for durability. Matching, sorting, projection, updates and aggregation are mingo's;
 * this file adds what the cloud adds: declared collections, unique indexes, limits and snapshot transactions.
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { Aggregator, find, update as applyUpdate } from 'mingo'
import type { AnyObject } from 'mingo/types'
import { type Doc, decode, encode } from './ejson'
import { StoreError, collectionMissing, duplicateKey, txConflict } from './errors'
import { EqualityIndex, type IndexSpec, planQuery, shapeOf, suggestIndex } from './indexes'

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
const key = (coll: string, id: string) => `${coll}\u0000${id}`

function getPath(doc: unknown, path: string): unknown {
  let v: unknown = doc
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return v
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
  private readonly uniqueIndexes = new Map<string, IndexSpec[]>()
  private readonly declared = new Map<string, EqualityIndex[]>()
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
    for (const [name, spec] of Object.entries(manifest.collections)) {
      this.uniqueIndexes.set(name, (spec.indexes ?? []).filter((i) => i.unique))
      this.declared.set(name, (spec.indexes ?? []).map((i) => new EqualityIndex(i)))
      this.createCollection(name)
    }
    for (const { name } of this.sqlite.prepare('SELECT name FROM collections').all() as Array<{ name: string }>) {
      if (!this.collections.has(name)) this.collections.set(name, new Map())
    }
    for (const row of this.sqlite.prepare('SELECT coll, id, body FROM docs ORDER BY rowid').iterate() as Iterable<{
      coll: string
      id: string
      body: string
    }>) {
      const doc = decode(row.body) as Doc
      this.collections.get(row.coll)?.set(row.id, { doc, seq: 0, pos: this.pos++ })
      for (const index of this.declared.get(row.coll) ?? []) index.add(doc)
    }
  }

  /**
   * What the cloud would do with a query from a function: serve it by a declared index, or (strict) refuse it
   * with the index to add. Reads by the local cloud itself (seeds, tests, dev pages) are not checked.
   */
  requireIndex(coll: string, query: AnyObject | undefined, order: Record<string, 1 | -1> = {}): void {
    const shape = shapeOf(query)
    const orderFields = Object.keys(order)
    const plan = planQuery((this.declared.get(coll) ?? []).map((i) => i.spec), shape, orderFields)
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
    return [...this.declared].flatMap(([coll, indexes]) => indexes.map((i) => `${coll}.${i.spec.name}`)).filter((name) => !this.usedIndexes.has(name))
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
    const docs = this.candidates(coll, query, tx) ?? this.view(coll, tx)
    return find(docs, query).all() as Doc[]
  }

  /** The documents a declared index (or the _id) narrows the query to; null when it has to read them all. */
  private candidates(coll: string, query: AnyObject, tx?: Tx): Doc[] | null {
    // a transaction sees its own writes and older versions: those are not in the indexes
    if (tx) return null
    const shape = shapeOf(query)
    const ids = shape.equal.get('_id')
    if (ids) return ids.flatMap((id) => (typeof id === 'string' ? [this.readOne(coll, id)].filter((d): d is Doc => !!d) : []))
    let best: { index: EqualityIndex; prefix: number } | null = null
    for (const index of this.declared.get(coll) ?? []) {
      const fields = Object.keys(index.spec.keys)
      let prefix = 0
      while (prefix < fields.length && shape.equal.has(fields[prefix])) prefix++
      if (prefix && (!best || prefix > best.prefix)) best = { index, prefix }
    }
    if (!best) return null
    const entries = this.entries(coll)
    return [...best.index.candidates(shape, best.prefix)]
      .map((id) => entries.get(id))
      .filter((e): e is Entry & { doc: Doc } => !!e?.doc)
      .sort((a, b) => a.pos - b.pos)
      .map((e) => e.doc)
  }

  find(coll: string, options: FindOptions, txId?: string): Doc[] {
    const tx = this.tx(txId)
    const limit = Math.min(Math.max(options.limit ?? DEFAULT_LIMIT, 0), MAX_LIMIT)
    const docs = this.match(coll, options.query, tx)
    let cursor = find(docs, {}, options.projection && Object.keys(options.projection).length ? options.projection : undefined)
    if (options.order && Object.keys(options.order).length) cursor = cursor.sort(options.order)
    if (options.offset) cursor = cursor.skip(options.offset)
    return cursor.limit(limit).all() as Doc[]
  }

  count(coll: string, query?: AnyObject): number {
    return this.match(coll, query).length
  }

  aggregate(coll: string, pipeline: AnyObject[]): Doc[] {
    const docs = this.view(coll)
    const aggregator = new Aggregator(pipeline, {
      collectionResolver: (name: string) => (this.collections.has(name) ? this.view(name) : []),
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
      if (this.readOne(coll, id, tx) || planned.some((p) => p.id === id)) throw duplicateKey(coll, '_id_', { _id: id })
      planned.push({ coll, id, doc })
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
        changed = applyUpdate(next, modifier, [], undefined, { cloneMode: 'deep' })
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
    if (tx) {
      for (const w of writes) {
        if (w.doc) this.checkUnique(w, tx)
        tx.writes.set(key(w.coll, w.id), w)
      }
      return
    }
    for (const w of writes) if (w.doc) this.checkUnique(w)
    this.commitWrites(writes)
  }

  private checkUnique(w: Write, tx?: Tx): void {
    const indexes = this.uniqueIndexes.get(w.coll) ?? []
    if (!indexes.length || !w.doc) return
    if (!tx) {
      for (const index of this.declared.get(w.coll) ?? []) {
        if (index.spec.unique && index.clash(w.doc)) {
          const fields = Object.keys(index.spec.keys)
          throw duplicateKey(w.coll, index.spec.name, Object.fromEntries(fields.map((f) => [f, getPath(w.doc, f) ?? null])))
        }
      }
      return
    }
    const docs = this.view(w.coll, tx)
    for (const index of indexes) {
      const fields = Object.keys(index.keys)
      const wanted = JSON.stringify(fields.map((f) => getPath(w.doc, f) ?? null))
      const clash = docs.find((d) => d._id !== w.id && JSON.stringify(fields.map((f) => getPath(d, f) ?? null)) === wanted)
      if (clash) throw duplicateKey(w.coll, index.name, Object.fromEntries(fields.map((f) => [f, getPath(w.doc, f) ?? null])))
    }
  }

  private commitWrites(writes: Write[]): void {
    const seq = ++this.seq
    const keepHistory = this.txs.size > 0
    const upsert = this.sqlite.prepare('INSERT INTO docs (coll, id, body) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body')
    const del = this.sqlite.prepare('DELETE FROM docs WHERE coll = ? AND id = ?')
    this.sqlite.transaction(() => {
      for (const w of writes) {
        if (w.doc) upsert.run(w.coll, w.id, encode(w.doc))
        else del.run(w.coll, w.id)
      }
    })()
    for (const w of writes) {
      const entries = this.entries(w.coll)
      const old = entries.get(w.id)
      for (const index of this.declared.get(w.coll) ?? []) {
        if (old?.doc) index.remove(old.doc)
        if (w.doc) index.add(w.doc)
      }
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
      const writes = [...tx.writes.values()]
      for (const w of writes) if (w.doc) this.checkUnique(w)
      this.commitWrites(writes)
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
