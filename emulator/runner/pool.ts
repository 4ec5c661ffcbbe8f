/**
 * Runs bundled cloud functions — the same folders that are deployed — in worker threads.
 * Each worker handles one invocation at a time; a small pool per function lets calls interleave for real.
 * The SDK inside reaches the local store through environment variables, never through code changes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

export interface Invocation {
  result: unknown
  /** database requests the invocation made (for the features' request budgets) */
  dbRequests: number
  ms: number
}

export class FunctionError extends Error {}

interface Job {
  id: number
  event: unknown
  openid: string | null
  resolve: (r: Invocation) => void
  reject: (e: Error) => void
}

interface Slot {
  key: string
  worker: Worker
  busy: Job | null
  timer?: NodeJS.Timeout
  startedAt: number
}

export interface RunnerOptions {
  functionsDir: string
  /** address of the local store, e.g. http://127.0.0.1:3000 */
  storeUrl: () => string
  env: string
  workersPerFunction: number
  /** emulator/runner/worker.cjs */
  workerScript: string
  /** a pinned clock handed to every invocation (tests); undefined: the real time */
  clock?: () => Date
  /** database request counters kept by the store, per worker key */
  counters: Map<string, number>
  /** answers a database request a worker sends over its port (the store's HTTP endpoint, without HTTP) */
  storeCall?: (body: Record<string, unknown>, workerKey: string) => Promise<unknown>
}

/** WeChat's default when a function's time limit was never set (云开发控制台 → 云函数 → 版本与配置 → 超时时间) */
const DEFAULT_TIMEOUT_S = 3

export class FunctionRunner {
  private readonly pools = new Map<string, { slots: Slot[]; queue: Job[]; timeoutMs: number }>()
  private nextId = 1
  private nextWorker = 1
  /** which identity each worker is serving now, so a function called from a function keeps it */
  readonly identities = new Map<string, string | null>()

  constructor(private readonly options: RunnerOptions) {}

  entryOf(name: string): string | null {
    if (!/^[a-z][A-Za-z0-9_-]*$/.test(name)) return null
    const entry = join(this.options.functionsDir, name, 'index.js')
    return existsSync(entry) ? entry : null
  }

  /** The bundled functions there are. */
  functionNames(): string[] {
    if (!existsSync(this.options.functionsDir)) return []
    return readdirSync(this.options.functionsDir).filter((name) => this.entryOf(name) !== null)
  }

  /** The timer triggers a function declares in its config.json. */
  triggersOf(name: string): string[] {
    const configFile = join(this.options.functionsDir, name, 'config.json')
    if (!existsSync(configFile)) return []
    const triggers = (JSON.parse(readFileSync(configFile, 'utf8')) as { triggers?: Array<{ name: string; type: string }> }).triggers ?? []
    return triggers.filter((t) => t.type === 'timer').map((t) => t.name)
  }

  invoke(name: string, event: unknown, openid: string | null): Promise<Invocation> {
    const entry = this.entryOf(name)
    if (!entry) return Promise.reject(new FunctionError(`function not found: ${name}`))
    let pool = this.pools.get(name)
    if (!pool) {
      const configFile = join(this.options.functionsDir, name, 'config.json')
      const timeoutS = existsSync(configFile) ? (JSON.parse(readFileSync(configFile, 'utf8')).timeout ?? DEFAULT_TIMEOUT_S) : DEFAULT_TIMEOUT_S
      // the same limit as the cloud: the one config.json states, which README says to set in the console
      pool = { slots: [], queue: [], timeoutMs: timeoutS * 1000 }
      this.pools.set(name, pool)
    }
    return new Promise((resolve, reject) => {
      pool.queue.push({ id: this.nextId++, event, openid, resolve, reject })
      this.dispatch(name, entry)
    })
  }

  private dispatch(name: string, entry: string): void {
    // a worker that exits after close() has no pool left to take work from
    const pool = this.pools.get(name)
    if (!pool) return
    while (pool.queue.length) {
      let slot = pool.slots.find((s) => !s.busy)
      if (!slot && pool.slots.length < this.options.workersPerFunction) slot = this.spawn(name, entry)
      if (!slot) return
      this.run(name, entry, slot, pool.queue.shift()!)
    }
  }

  private spawn(name: string, entry: string): Slot {
    const key = `${name}-${this.nextWorker++}`
    const env = {
      ...process.env,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.options.storeUrl()}/admin/${key}` }),
      TENCENTCLOUD_SECRETID: 'local-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-secret-key',
      TENCENTCLOUD: 'true',
      SCF_NAMESPACE: this.options.env,
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
      WX_APPID: 'wxlocalcloud',
    }
    const storeUrl = this.options.storeCall ? `${this.options.storeUrl()}/admin/${key}` : undefined
    const worker = new Worker(this.options.workerScript, { workerData: { entry, name, storeUrl }, env })
    const slot: Slot = { key, worker, busy: null, startedAt: 0 }
    worker.on('message', (msg: { id: number; ok: boolean; result?: unknown; message?: string; storeCall?: number; body?: Record<string, unknown> }) => {
      if (msg.storeCall !== undefined && this.options.storeCall) {
        void this.options.storeCall(msg.body ?? {}, key).then((reply) => worker.postMessage({ storeReply: msg.storeCall, body: reply }))
        return
      }
      const job = slot.busy
      if (!job || job.id !== msg.id) return
      clearTimeout(slot.timer)
      slot.busy = null
      this.identities.delete(slot.key)
      const dbRequests = this.options.counters.get(slot.key) ?? 0
      if (msg.ok) job.resolve({ result: msg.result, dbRequests, ms: Date.now() - slot.startedAt })
      else job.reject(new FunctionError(msg.message ?? 'function failed'))
      this.dispatch(name, entry)
    })
    const fail = (error: Error) => {
      clearTimeout(slot.timer)
      const pool = this.pools.get(name)
      if (pool) pool.slots = pool.slots.filter((s) => s !== slot)
      slot.busy?.reject(new FunctionError(`function instance crashed: ${error.message}`))
      slot.busy = null
      this.dispatch(name, entry)
    }
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (slot.busy) fail(new Error(`exited with code ${code}`))
    })
    this.pools.get(name)!.slots.push(slot)
    return slot
  }

  private run(name: string, entry: string, slot: Slot, job: Job): void {
    slot.busy = job
    slot.startedAt = Date.now()
    this.options.counters.set(slot.key, 0)
    this.identities.set(slot.key, job.openid)
    slot.timer = setTimeout(() => {
      void slot.worker.terminate()
      const pool = this.pools.get(name)
      if (pool) pool.slots = pool.slots.filter((s) => s !== slot)
      slot.busy = null
      job.reject(new FunctionError('function timed out'))
      this.dispatch(name, entry)
    }, this.pools.get(name)?.timeoutMs ?? DEFAULT_TIMEOUT_S * 1000)
    slot.worker.postMessage({ id: job.id, event: job.event, openid: job.openid, now: this.options.clock?.().toISOString() })
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()]
    this.pools.clear()
    for (const job of pools.flatMap((p) => p.queue)) job.reject(new FunctionError('local cloud closed'))
    const all = pools.flatMap((p) => p.slots)
    for (const slot of all) clearTimeout(slot.timer)
    await Promise.all(all.map((s) => s.worker.terminate()))
  }
}
