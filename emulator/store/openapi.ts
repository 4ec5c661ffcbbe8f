/**
 * `cloud.openapi.*` on the local cloud: protobuf in, protobuf out (protocol reference §6).
 * Subscription messages land in the `outbox` collection — only against an unused grant, as in WeChat, where
 * each accepted one-time subscription allows exactly one message (43101 otherwise; refused sends are kept in
 * `outbox_refused` with the reason; a field outside WeChat's rule for its type is refused with 47003). Content checks (text and images) use a local word list; phone-number codes turn into a
 * stable fake number.
 */
import { createHash } from 'node:crypto'
import protobuf from 'protobufjs'
import { refusedNoticeField } from '@/shared/domain/notice-values'
import type { DocumentStore } from './engine'

const { root } = protobuf.parse(`
syntax = "proto3";
message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
message OpenApiData { repeated KeyValuePair pairs = 1; }
message CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; }
message HttpHeader { string key = 1; string value = 2; }
message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; repeated HttpHeader headers = 5; int32 svrkitErrorCode = 6; }
`)
const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')

/** Words the local content check flags; the real check is WeChat's. */
export const SENSITIVE_WORDS = ['赌博', '博彩', '代开发票', '办证刻章', '毒品', '枪支', '色情', '高薪日结无需经验']

type Params = Record<string, unknown>

/** A file the SDK sends as itself (e.g. imgSecCheck's `media`: a Buffer with a content type), not as JSON. */
export interface MediaParam {
  bytes: Buffer
  filename: string
}

function decodeParams(requestData: Buffer): Params {
  const message = CommApiData.toObject(CommApiData.decode(requestData), { bytes: Buffer }) as {
    openapiData?: { pairs?: Array<{ key: string; value: Buffer; filename?: string }> }
  }
  const params: Params = {}
  for (const pair of message.openapiData?.pairs ?? []) {
    params[pair.key] = pair.filename ? ({ bytes: pair.value, filename: pair.filename } satisfies MediaParam) : JSON.parse(pair.value.toString('utf8'))
  }
  return params
}

/** A stable fake mobile number for a getPhoneNumber code, so the same code always gives the same number. */
export function fakePhoneFor(code: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(code).digest('hex').slice(0, 12)}`).toString().padStart(8, '0')
  return `139${digits.slice(-8)}`
}

export function checkText(content: string): { suggest: 'pass' | 'risky'; label: number; hits: string[] } {
  const hits = SENSITIVE_WORDS.filter((w) => content.includes(w))
  return hits.length ? { suggest: 'risky', label: 20001, hits } : { suggest: 'pass', label: 100, hits }
}

/** WeChat's imgSecCheck takes pictures up to 1 MB (40006 otherwise). */
export const MAX_CHECKED_IMAGE_BYTES = 1024 * 1024

/**
 * The local image check: a picture is flagged when its bytes carry one of the words the text check flags (a test
 * uploads "赌博" as a photo). The real check is WeChat's; the size limit and the answers are WeChat's.
 */
export function checkImage(bytes: Buffer): { errcode: 0 | 87014 | 40006; errmsg: string } {
  if (bytes.length > MAX_CHECKED_IMAGE_BYTES) return { errcode: 40006, errmsg: 'invalid media size' }
  if (SENSITIVE_WORDS.some((w) => bytes.includes(Buffer.from(w, 'utf8')))) return { errcode: 87014, errmsg: 'risky content' }
  return { errcode: 0, errmsg: 'ok' }
}

/** Collections only the local cloud has (WeChat keeps these itself). */
export const EMULATOR_COLLECTIONS = { subscription_grants: { indexes: [] }, outbox_refused: { indexes: [] } }

/** Test hooks: after `failAfterSends` more sends, the next `failNextSends` fail as a WeChat system error would. */
export const faults = { failAfterSends: 0, failNextSends: 0 }

/** What `wx.requestSubscribeMessage` records when the person taps 允许: one more message per template. */
export function grantSubscriptions(store: DocumentStore, openid: string, templateIds: string[], times = 1): void {
  for (const templateId of templateIds) {
    const _id = `${openid}_${templateId}`
    const added = store.modify('subscription_grants', { query: { _id }, single: true, merge: true, upsert: false, data: { $inc: { count: times } } })
    if (!added.updated) store.insert('subscription_grants', [{ _id, openid, templateId, count: times }])
  }
}

function refuse(store: DocumentStore, params: Params, errcode: number, reason: string): Record<string, unknown> {
  store.insert('outbox_refused', [{ touser: params.touser ?? null, templateId: params.template_id ?? null, data: params.data ?? {}, errcode, reason, at: new Date() }])
  return { errcode, errmsg: reason }
}

function answer(api: string, params: Params, store: DocumentStore): Record<string, unknown> {
  switch (api) {
    case 'subscribeMessage.send': {
      if (typeof params.touser !== 'string' || !params.touser) return { errcode: 40003, errmsg: 'invalid openid' }
      // WeChat checks every field against its type's rule before anything else (the subscription is not used up)
      const refused = refusedNoticeField((params.data ?? {}) as Record<string, { value?: unknown }>)
      if (refused) return refuse(store, params, 47003, `argument invalid! data.${refused}.value invalid`)
      if (faults.failAfterSends > 0) faults.failAfterSends--
      else if (faults.failNextSends > 0) {
        faults.failNextSends--
        return refuse(store, params, -1, 'system error（本地云注入的故障）')
      }
      // the store is synchronous: this read and write cannot interleave with another send
      const grantId = `${params.touser}_${params.template_id}`
      const [grant] = store.find('subscription_grants', { query: { _id: grantId }, limit: 1 })
      if (grant && (grant.count as number) > 0) store.modify('subscription_grants', { query: { _id: grantId }, single: true, merge: true, upsert: false, data: { $inc: { count: -1 } } })
      else return refuse(store, params, 43101, 'user refuse to accept the msg（用户未订阅该模板，或一次性订阅已用完）')
      store.insert('outbox', [
        {
          touser: params.touser,
          templateId: params.template_id,
          page: params.page ?? null,
          data: params.data ?? {},
          sentAt: new Date(),
        },
      ])
      return { errcode: 0, errmsg: 'ok' }
    }
    case 'security.msgSecCheck': {
      const result = checkText(String(params.content ?? ''))
      return {
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: result.suggest, label: result.label },
        detail: result.hits.map((keyword) => ({ strategy: 'keyword', errcode: 0, suggest: 'risky', label: 20001, keyword })),
        trace_id: `local-${Date.now()}`,
      }
    }
    case 'security.imgSecCheck': {
      const media = params.media as MediaParam | undefined
      if (!media?.bytes?.length) return { errcode: 41005, errmsg: 'media data missing' }
      return checkImage(media.bytes)
    }
    case 'phonenumber.getPhoneNumber': {
      const code = String(params.code ?? '')
      if (!code || code.startsWith('invalid')) return { errcode: 40029, errmsg: 'invalid code' }
      const phone = fakePhoneFor(code)
      return {
        errcode: 0,
        errmsg: 'ok',
        phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86', watermark: { timestamp: Math.floor(Date.now() / 1000), appid: 'wxlocal' } },
      }
    }
    default:
      return { errcode: -604101, errmsg: `the local cloud does not implement openapi.${api}` }
  }
}

export function handleOpenApi(apiName: string, requestData: Buffer, store: DocumentStore): Buffer {
  const json = answer(apiName, decodeParams(requestData), store)
  const reply = CommOpenApiResp.create({ respData: Buffer.from(JSON.stringify(json)), contentType: 'application/json', errorCode: 0, httpCode: 200 })
  return Buffer.from(CommOpenApiResp.encode(reply).finish())
}
