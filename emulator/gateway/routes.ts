/**
 * The local gateway: what `Taro.cloud.callFunction` is to the weapp build, `POST /api/<fn>` is to the H5 build.
 * Identity comes from the `x-openid` header set by the persona picker (local mode only).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../paths'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import * as z from 'zod'
import { FUNCTIONS } from '@/shared/contracts'
import { uploadToken } from '@/shared/domain/files'
import { ROLE_LABELS } from '@/shared/domain/roles'
import { TEMPLATES } from '@/shared/domain/templates'
import { FunctionError, type FunctionRunner } from '../runner/pool'
import { PERSONAS } from '../seed'
import type { DocumentStore } from '../store/engine'
import { grantSubscriptions } from '../store/openapi'
import type { FileStorage } from '../store/storage'

const OPENID = /^[A-Za-z0-9_-]{1,64}$/

export function describeApi() {
  return {
    functions: FUNCTIONS.map((f) => ({
      name: f.name,
      center: f.center ?? null,
      actions: Object.entries(f.actions).map(([name, spec]) => ({
        name,
        roles: spec.options.roles,
        submits: !!spec.options.submits,
        onBehalfOf: !!spec.options.behalf,
        input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
        output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
      })),
    })),
  }
}

export function gatewayRoutes(app: FastifyInstance, runner: FunctionRunner, store: DocumentStore, files: FileStorage): void {
  app.get('/api', async () => describeApi())
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send())

  app.get('/api/personas', async () =>
    PERSONAS.map((p) => ({ openid: p.openid, name: p.name, note: p.note, roles: p.roles, roleLabels: p.roles.map((r) => ROLE_LABELS[r.role]) })),
  )

  app.post<{ Params: { fn: string } }>('/api/:fn', { errorHandler: bodyRefused }, async (request, reply) => {
    const header = request.headers['x-openid']
    const openid = typeof header === 'string' && header ? header : null
    if (openid && !OPENID.test(openid)) {
      return reply.code(400).send({ ok: false, error: { code: 'UNAUTHENTICATED', message: '身份标识格式不正确' } })
    }
    try {
      const run = await runner.invoke(request.params.fn, request.body ?? {}, openid)
      reply.header('x-db-requests', String(run.dbRequests)).header('x-function-ms', String(run.ms))
      request.log.info(`${request.params.fn} ${run.ms}ms db=${run.dbRequests}`)
      return run.result
    } catch (error) {
      const missing = error instanceof FunctionError && error.message.startsWith('function not found')
      return reply
        .code(missing ? 404 : 500)
        .send({ ok: false, error: { code: missing ? 'NOT_FOUND' : 'INTERNAL', message: missing ? '没有这个云函数' : '云函数运行失败' } })
    }
  })

  // What Taro.cloud.uploadFile is to the weapp build: a signed-in persona stores a file at a path that
  // account.prepareUpload made for them (the `files` collection says whose it is); any other path is refused.
  app.post<{ Querystring: { path?: string } }>('/api/_upload', { errorHandler: bodyRefused }, async (request, reply) => {
    const openid = request.headers['x-openid']
    if (typeof openid !== 'string' || !OPENID.test(openid)) return reply.code(401).send({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先选择身份' } })
    const path = request.query.path ?? ''
    const token = uploadToken(path)
    const prepared = token ? store.find('files', { query: { _id: token }, limit: 1 })[0] : undefined
    if (!prepared || prepared.path !== path || prepared.owner !== openid) {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN', message: '上传地址无效，请重新选择照片' } })
    }
    if (!Buffer.isBuffer(request.body) || request.body.length === 0) return reply.code(400).send({ ok: false, error: { code: 'INVALID_INPUT', message: '缺少文件' } })
    if (request.body.length > 10 * 1024 * 1024) return reply.code(413).send({ ok: false, error: { code: 'INVALID_INPUT', message: '文件不能超过 10 MB' } })
    files.save(path, request.body)
    return { ok: true, data: { fileID: files.uploadMetadata(path).fileId } }
  })

  // What wx.requestSubscribeMessage is to the weapp build: the person allowed these templates once each.
  app.post<{ Body: { templateIds?: unknown } }>('/api/_subscribe', { errorHandler: bodyRefused }, async (request, reply) => {
    const openid = request.headers['x-openid']
    if (typeof openid !== 'string' || !OPENID.test(openid)) return reply.code(401).send({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先选择身份' } })
    const known = new Set<string>(Object.values(TEMPLATES))
    const ids = Array.isArray(request.body?.templateIds) ? request.body.templateIds.filter((id): id is string => typeof id === 'string') : []
    // WeChat takes at most 3 templates per request
    if (!ids.length || ids.length > 3 || ids.some((id) => !known.has(id))) {
      return reply.code(400).send({ ok: false, error: { code: 'INVALID_INPUT', message: '一次可订阅 1 至 3 个已登记的模板' } })
    }
    grantSubscriptions(store, openid, ids)
    return { ok: true, data: Object.fromEntries(ids.map((id) => [id, 'accept'])) }
  })

  // Fires a function's timer trigger now, as the cloud would at its scheduled time (no user identity).
  app.post<{ Params: { fn: string; trigger: string } }>('/dev/timer/:fn/:trigger', async (request, reply) => {
    try {
      const run = await runner.invoke(request.params.fn, { Type: 'Timer', TriggerName: request.params.trigger, Time: new Date().toISOString() }, null)
      return run.result
    } catch {
      return reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '没有这个云函数' } })
    }
  })

  // 开发者页面：本地云发出的订阅消息
  app.get('/dev/outbox', async (_request, reply) => {
    const messages = store.find('outbox', { order: { sentAt: -1 }, limit: 200 })
    const refused = store.find('outbox_refused', { order: { at: -1 }, limit: 200 })
    const refusedRows = refused
      .map((m) => `<tr><td>${new Date(m.at as Date).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td><td>${escapeHtml(String(m.touser))}</td><td>${escapeHtml(String(m.templateId))}</td><td>${escapeHtml(String(m.reason))}</td></tr>`)
      .join('')
    const rows = messages
      .map((m) => `<tr><td>${new Date(m.sentAt as Date).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td><td>${escapeHtml(String(m.touser))}</td><td>${escapeHtml(String(m.templateId))}</td><td><pre>${escapeHtml(JSON.stringify(m.data, null, 1))}</pre></td></tr>`)
      .join('')
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>订阅消息发件箱（本地云）</title><body style="font:16px/1.5 sans-serif;margin:24px"><h1>订阅消息发件箱（本地云）</h1><p>共 ${messages.length} 条，最新在前。</p><table border="1" cellpadding="6"><tr><th>发送时间</th><th>接收人</th><th>模板</th><th>内容</th></tr>${rows || '<tr><td colspan="4">暂无消息</td></tr>'}</table><h2>被拒绝的发送（${refused.length} 条）</h2><p>微信只在用户点过「允许」后送达一次；缺少订阅的发送会在这里列出原因。</p><table border="1" cellpadding="6"><tr><th>时间</th><th>接收人</th><th>模板</th><th>原因</th></tr>${refusedRows || '<tr><td colspan="4">暂无</td></tr>'}</table></body></html>`,
      )
  })

  // 用户隐私保护指引: what wx.openPrivacyContract shows in WeChat, from the same file the console is filled from
  app.get('/dev/privacy-guide', async (_request, reply) => {
    const guide = readFileSync(join(projectRoot(), 'docs/privacy-guide.md'), 'utf8')
    return reply
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>用户隐私保护指引</title><body style="font:18px/1.6 sans-serif;margin:24px"><pre style="white-space:pre-wrap">${escapeHtml(guide)}</pre></body></html>`)
  })

  const picker = readFileSync(join(projectRoot(), 'emulator/gateway/personas.html'), 'utf8')
  app.get('/personas.html', async (_request, reply) => reply.type('text/html; charset=utf-8').send(picker))
}

/**
 * What fastify refuses before our route runs (a body that is not JSON, one with `__proto__` or
 * `constructor.prototype`, one too large, a type it cannot parse) still gets our envelope, as a function would answer.
 */
function bodyRefused(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 500
  if (status >= 500) {
    request.log.error({ err: error }, 'gateway failed')
    return reply.code(500).send({ ok: false, error: { code: 'INTERNAL', message: '云函数运行失败' } })
  }
  const message =
    error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? '请求内容过大' : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? '请求格式不支持，请以 JSON 发送' : '请求格式不正确，请以 JSON 发送'
  return reply.code(status).send({ ok: false, error: { code: 'INVALID_INPUT', message } })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
