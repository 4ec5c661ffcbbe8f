/** The store's HTTP face: the endpoint wx-server-sdk's `serviceUrl` points at, and the storage URLs it hands out. */
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import type { DocumentStore } from './engine'
import { StoreError } from './errors'
import { handleOpenApi } from './openapi'
import { type Body, handleJson } from './protocol'
import type { FileStorage } from './storage'

export interface StoreRoutesOptions {
  store: DocumentStore
  files: FileStorage
  /** database requests per worker key (the runner reads them per invocation) */
  counters: Map<string, number>
  /** `functions.invokeFunction` from inside a function */
  invokeFunction: (name: string, data: unknown, callerKey: string) => Promise<unknown>
}

let nextRequest = 1

/**
 * The reply to one JSON request of the SDK: over HTTP (below), or straight from a function's worker thread
 * (the runner's port), which counts the same database requests and answers the same bodies.
 */
export async function answerStore(
  { store, files, counters, invokeFunction }: StoreRoutesOptions,
  body: Body,
  workerKey: string,
  requestId = `local-${nextRequest++}`,
  log: (error: unknown) => void = (error) => console.error('[local cloud] local store failed', error),
): Promise<Record<string, unknown>> {
  try {
    if (String(body.action).startsWith('database.')) counters.set(workerKey, (counters.get(workerKey) ?? 0) + 1)
    if (body.action === 'functions.invokeFunction') {
      const result = await invokeFunction(String(body.function_name), JSON.parse(String(body.request_data ?? '{}')), workerKey)
      return { requestId, data: { response_data: JSON.stringify(result) } }
    }
    return { requestId, ...handleJson(store, files, body) }
  } catch (error) {
    if (error instanceof StoreError) return { requestId, code: error.code, message: error.message }
    log(error)
    return { requestId, code: 'SYS_ERR', message: (error as Error).message }
  }
}

export function storeRoutes(app: FastifyInstance, options: StoreRoutesOptions): void {
  const { store, files } = options
  app.post<{ Params: { worker?: string } }>('/admin/:worker?', async (request, reply) => {
    const workerKey = request.params.worker ?? 'direct'
    const body = request.body as Body & { apiName?: string; requestData?: Buffer }
    if (body.action === 'wx.openApi') {
      try {
        const data = handleOpenApi(String(body.apiName), Buffer.from(body.requestData ?? []), store)
        return reply.type('application/octet-stream').send(data)
      } catch (error) {
        if (error instanceof StoreError) return { requestId: String(request.id), code: error.code, message: error.message }
        request.log.error({ err: error }, 'local store failed')
        return { requestId: String(request.id), code: 'SYS_ERR', message: (error as Error).message }
      }
    }
    return answerStore(options, body, workerKey, String(request.id), (error) => request.log.error({ err: error }, 'local store failed'))
  })

  app.put<{ Params: { path: string } }>('/storage/upload/:path', async (request) => {
    files.save(decodeURIComponent(request.params.path), request.body as Buffer)
    return ''
  })

  app.get<{ Params: { '*': string } }>('/storage/files/*', async (request, reply) => {
    let full: string
    try {
      full = files.pathOf(decodeURIComponent(request.params['*']))
    } catch {
      return reply.code(400).send('bad path')
    }
    if (!existsSync(full) || !statSync(full).isFile()) return reply.code(404).send('not found')
    return reply.send(createReadStream(full))
  })
}
