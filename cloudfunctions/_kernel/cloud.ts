/**
 * The one initialised wx-server-sdk of a function instance, and the promise-only view of its database
 * that our code uses (the SDK's typings mix callback overloads into every return type).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import * as cloud from 'wx-server-sdk'

// DYNAMIC_CURRENT_ENV: the environment the function is deployed in (locally: SCF_NAMESPACE).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

// biome-ignore lint/suspicious/noExplicitAny: stored documents are typed by each repo
export type Doc = Record<string, any>
type Data = { data: Doc }

export interface Query {
  where(condition: Doc): Query
  orderBy(field: string, direction: 'asc' | 'desc'): Query
  skip(n: number): Query
  limit(n: number): Query
  field(projection: Record<string, boolean>): Query
  get(): Promise<{ data: Doc[] }>
  count(): Promise<{ total: number }>
  update(options: Data): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocRef {
  /** `data` is null when the document does not exist (throwOnNotFound: false) */
  get(): Promise<{ data: Doc | null }>
  set(options: Data): Promise<{ _id?: string; stats: { updated: number; created: number } }>
  update(options: Data): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Aggregate {
  match(condition: Doc): Aggregate
  lookup(options: Doc): Aggregate
  project(spec: Doc): Aggregate
  sort(order: Record<string, 1 | -1>): Aggregate
  limit(n: number): Aggregate
  end(): Promise<{ list: Doc[] }>
}

export interface Collection extends Query {
  doc(id: string): DocRef
  /** one document, or many at once (one request) */
  add(options: Data | { data: Doc[] }): Promise<{ _id: string }>
  aggregate(): Aggregate
}

export interface Transaction {
  collection(name: string): { doc(id: string): DocRef; add(options: Data): Promise<{ _id: string }> }
  rollback(reason?: unknown): Promise<void>
}

export interface Database {
  collection(name: string): Collection
  command: ReturnType<typeof cloud.database>['command']
  serverDate(options?: { offset?: number }): unknown
  RegExp(options: { regexp: string; options?: string }): unknown
  runTransaction<T>(body: (t: Transaction) => Promise<T>, times?: number): Promise<T>
}

/**
 * Set while an action checks its caller's roles in its own first read (`rolesInRead`) and has not yet: a write
 * then would be made for someone who may turn out not to be allowed, so it is refused as the bug it is.
 */
const rolesPending = new AsyncLocalStorage<{ checked: boolean }>()

/** Runs an action whose roles are checked later; `state.checked` turns true once they are. */
export function whileRolesPending<T>(state: { checked: boolean }, body: () => Promise<T>): Promise<T> {
  return rolesPending.run(state, body)
}

const WRITES = new Set<PropertyKey>(['add', 'update', 'set', 'remove', 'runTransaction'])

function refuseUncheckedWrite(method: PropertyKey): void {
  if (rolesPending.getStore()?.checked === false) throw new Error(`database ${String(method)} before the caller's roles were checked (rolesInRead: read the caller first)`)
}

/**
 * Collections, queries and documents whose writes pass `refuseUncheckedWrite` first (reads pass through). `deep`:
 * what the methods return is guarded too (a collection's queries and documents; not the database's commands).
 */
function guarded<T extends object>(target: T, deep: (key: PropertyKey) => boolean = () => true): T {
  return new Proxy(target, {
    get(obj, key) {
      const value = Reflect.get(obj, key)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (WRITES.has(key)) refuseUncheckedWrite(key)
        const out = value.apply(obj, args)
        return deep(key) && out && typeof out === 'object' && typeof (out as { then?: unknown }).then !== 'function' ? guarded(out) : out
      }
    },
  })
}

/** `throwOnNotFound: false` makes a missing doc read as `data: null` instead of an exception. */
export const db = guarded(cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]) as unknown as Database, (key) => key === 'collection')
export const _ = db.command
export { cloud }
