/**
 * Stands in for the local gateway in jsdom UI tests: answers `POST /api/<fn>` from a table of replies
 * and records what the page sent. (Real handlers are exercised in the cloud and browser tests.)
 */
import type { CloudResult } from '@/shared/result'

export interface SentCall {
  fn: string
  body: { action: string; input: Record<string, unknown> }
  openid: string | null
}

type Responder = (call: SentCall) => CloudResult<unknown> | Promise<CloudResult<unknown>>

export function fakeGateway(respond: Responder) {
  const sent: SentCall[] = []
  global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const fn = String(url).replace('/api/', '')
    const headers = (init?.headers ?? {}) as Record<string, string>
    const call = { fn, body: JSON.parse(String(init?.body)), openid: headers['x-openid'] ?? null }
    sent.push(call)
    const reply = await respond(call)
    return { json: async () => reply } as Response
  }) as typeof fetch
  return sent
}
