/** H5 (local mode): cloud functions are reached through the local gateway, as the chosen persona. */
import type { CloudResult } from '../shared/result'
import { TransportError } from './cloud-errors'
import { currentOpenid } from './identity'

export async function transport(fn: string, payload: Record<string, unknown>): Promise<CloudResult<unknown>> {
  const openid = currentOpenid()
  const response = await fetch(`/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(payload),
  })
  // the gateway names a function it does not have with a 404; anything that is not our reply is not for people
  if (response.status === 404) throw new TransportError('missing')
  const reply = (await response.json().catch(() => null)) as CloudResult<unknown> | null
  if (!reply) throw new TransportError(response.status === 504 ? 'timeout' : 'failed')
  return reply
}
