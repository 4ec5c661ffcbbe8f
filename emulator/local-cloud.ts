/** Starts the whole local cloud in one process: store, function runner and gateway on one loopback port. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import compress from '@fastify/compress'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'
import { collections } from '@/centers'
import { gatewayRoutes } from './gateway/routes'
import { projectRoot } from './paths'
import { FunctionRunner, type Invocation } from './runner/pool'
import { seedDemoData } from './seed'
import { DocumentStore, type IndexManifest } from './store/engine'
import { EMULATOR_COLLECTIONS as SUBSCRIPTION_COLLECTIONS, faults, grantSubscriptions } from './store/openapi'
import { answerStore, type StoreRoutesOptions, storeRoutes } from './store/server'
import { FileStorage } from './store/storage'

export interface LocalCloudOptions {
  /** 0 picks a free port */
  port?: number
  /** folder for cloud.sqlite and storage/; null keeps everything in memory (tests) */
  dataDir?: string | null
  functionsDir?: string
  /** the H5 build to serve at `/`; null serves none */
  h5Dir?: string | null
  seed?: boolean
  /** collections beyond the manifest (contract tests declare their own) */
  extraCollections?: IndexManifest['collections']
  workersPerFunction?: number
  log?: boolean
  /** refuse function queries no declared index serves (default: under jest); otherwise warn once */
  strictIndexes?: boolean
  /** pins the time every function sees (tests of date rules); default: the real clock */
  clock?: () => Date
}

export interface LocalCloud {
  url: string
  store: DocumentStore
  invoke(fn: string, event: unknown, openid: string | null): Promise<Invocation>
  /** what the person's 允许 in `wx.requestSubscribeMessage` records: one message per template and grant */
  grant(openid: string, templateIds: string[], times?: number): void
  /** runs every function's `sendNotices` timer until nothing is left to send now */
  deliverNotices(): Promise<number>
  faults: typeof faults
  close(): Promise<void>
}

export const LOCAL_ENV = 'local-env'

/** Where the local cloud's own openapi stand-ins keep what they "sent" (subscription messages); not deployed. */
const EMULATOR_COLLECTIONS: IndexManifest['collections'] = {
  outbox: { indexes: [{ name: 'touser_sent', keys: { touser: 1, sentAt: -1 } }] },
  ...SUBSCRIPTION_COLLECTIONS,
}

/** Every collection the center manifests declare, plus the local cloud's own (and any a test adds). */
export function localCollections(extra: IndexManifest['collections'] = {}): IndexManifest {
  const declared = Object.fromEntries(Object.entries(collections()).map(([name, indexes]) => [name, { indexes: [...indexes] }]))
  return { collections: { ...declared, ...EMULATOR_COLLECTIONS, ...extra } }
}

/** A file whose name carries its content hash (`js/app.3f2a9c1d.js`) never changes: cache it for a year. */
export const HASHED_ASSET = /(^|[\\/])[^\\/]+\.[0-9a-f]{8}\.[a-z0-9]+$/i

/** Hashed assets are immutable; index.html and everything else are revalidated, so a new build shows at once. */
function setCacheHeaders(response: { setHeader(name: string, value: string): unknown }, path: string) {
  response.setHeader('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
}

export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const root = projectRoot()
  const manifest = localCollections(options.extraCollections)
  const dataDir = options.dataDir ?? null
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const dbFile = dataDir ? join(dataDir, 'cloud.sqlite') : ':memory:'
  let store: DocumentStore
  try {
    store = new DocumentStore(dbFile, manifest)
  } catch (error) {
    throw new Error(`cannot open the local database ${dbFile}: ${(error as Error).message}. Move the file away or choose another DATA_DIR.`)
  }
  store.strictIndexes = options.strictIndexes ?? process.env.NODE_ENV === 'test'
  const isFresh = store.count('users') === 0

  let url = ''
  const files = new FileStorage(dataDir ? join(dataDir, 'storage') : mkdtempSync(join(tmpdir(), 'localcloud-storage-')), () => url, LOCAL_ENV)
  const counters = new Map<string, number>()
  const runner = new FunctionRunner({
    functionsDir: options.functionsDir ?? join(root, 'dist/cloudfunctions'),
    storeUrl: () => url,
    env: LOCAL_ENV,
    workersPerFunction: options.workersPerFunction ?? 4,
    workerScript: join(root, 'emulator/runner/worker.cjs'),
    counters,
    clock: options.clock,
    // functions' database requests come over the worker's port, answered as the HTTP endpoint would
    storeCall: (body, workerKey) => answerStore(storeOptions, body, workerKey),
  })
  const storeOptions: StoreRoutesOptions = {
    store,
    files,
    counters,
    invokeFunction: async (name, data, callerKey) => (await runner.invoke(name, data, runner.identities.get(callerKey) ?? null)).result,
  }

  const app = Fastify({ bodyLimit: 16 * 1024 * 1024, logger: options.log ? { level: 'info' } : false })
  // gzip/brotli for everything over 1 KB: the H5 app, /api and its JSON Schemas
  await app.register(compress, { global: true, threshold: 1024 })
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: 16 * 1024 * 1024 } })
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
  storeRoutes(app, storeOptions)
  gatewayRoutes(app, runner, store, files)
  const h5Dir = options.h5Dir === undefined ? join(root, 'dist/h5') : options.h5Dir
  if (h5Dir && existsSync(join(h5Dir, 'index.html'))) {
    await app.register(fastifyStatic, { root: h5Dir, prefix: '/', wildcard: true, cacheControl: false, setHeaders: setCacheHeaders })
  } else {
    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<p lang="zh-CN">尚未构建 H5 页面：请运行 npm run build:h5</p>'))
  }

  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' })
  const address = app.server.address()
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`
  // the demo is dated from the cloud's clock: a pinned clock sees the same week of activities and appointments
  if (options.seed && isFresh) seedDemoData(store, options.clock?.() ?? new Date())

  return {
    url,
    store,
    invoke: (fn, event, openid) => runner.invoke(fn, event, openid),
    grant: (openid, templateIds, times = 1) => grantSubscriptions(store, openid, templateIds, times),
    async deliverNotices() {
      let sent = 0
      for (const fn of runner.functionNames().filter((f) => runner.triggersOf(f).includes('sendNotices'))) {
        for (let round = 0; round < 100; round++) {
          const { result } = await runner.invoke(fn, { Type: 'Timer', TriggerName: 'sendNotices' }, null)
          const report = (result as { ok: boolean; data?: { sent: number; more: boolean } }).data
          sent += report?.sent ?? 0
          if (!report?.more) break
        }
      }
      return sent
    },
    faults,
    async close() {
      await runner.close()
      await app.close()
      store.close()
    },
  }
}
