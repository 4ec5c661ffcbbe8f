/**
 * `cloud.openapi.*` on the local cloud: protobuf in, protobuf out (protocol reference §6).
 * Subscription messages land in the `outbox` collection; content checks use a local word list;
 * phone-number codes turn into a stable fake number.
 */
import { createHash } from 'node:crypto'
import protobuf from 'protobufjs'
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

function decodeParams(requestData: Buffer): Params {
  const message = CommApiData.toObject(CommApiData.decode(requestData), { bytes: Buffer }) as {
    openapiData?: { pairs?: Array<{ key: string; value: Buffer }> }
  }
  const params: Params = {}
  for (const pair of message.openapiData?.pairs ?? []) params[pair.key] = JSON.parse(pair.value.toString('utf8'))
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

function answer(api: string, params: Params, store: DocumentStore): Record<string, unknown> {
  switch (api) {
    case 'subscribeMessage.send': {
      if (typeof params.touser !== 'string' || !params.touser) return { errcode: 40003, errmsg: 'invalid openid' }
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
