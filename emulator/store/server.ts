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

export function storeRoutes(app: FastifyInstance, { store, files, counters, invokeFunction }: StoreRoutesOptions): void {
  app.post<{ Params: { worker?: string } }>('/admin/:worker?', async (request, reply) => {
    const workerKey = request.params.worker ?? 'direct'
    const body = request.body as Body & { apiName?: string; requestData?: Buffer }
    try {
      if (body.action === 'wx.openApi') {
        const data = handleOpenApi(String(body.apiName), Buffer.from(body.requestData ?? []), store)
        return reply.type('application/octet-stream').send(data)
      }
      if (String(body.action).startsWith('database.')) counters.set(workerKey, (counters.get(workerKey) ?? 0) + 1)
      if (body.action === 'functions.invokeFunction') {
        const result = await invokeFunction(String(body.function_name), JSON.parse(String(body.request_data ?? '{}')), workerKey)
        return { requestId: String(request.id), data: { response_data: JSON.stringify(result) } }
      }
      return { requestId: String(request.id), ...handleJson(store, files, body) }
    } catch (error) {
      if (error instanceof StoreError) return { requestId: String(request.id), code: error.code, message: error.message }
      request.log.error({ err: error }, 'local store failed')
      return { requestId: String(request.id), code: 'SYS_ERR', message: (error as Error).message }
    }
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
