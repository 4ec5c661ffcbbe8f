/** H5 (local mode): cloud functions are reached through the local gateway, as the chosen persona. */
import type { CloudResult } from '../shared/result'
import { currentOpenid } from './identity'

export async function transport(fn: string, payload: Record<string, unknown>): Promise<CloudResult<unknown>> {
  const openid = currentOpenid()
  const response = await fetch(`/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(payload),
  })
  return (await response.json()) as CloudResult<unknown>
}
