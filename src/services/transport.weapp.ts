/** WeChat: cloud functions are called through wx.cloud; identity is the user's WeChat OPENID. */
import Taro from '@tarojs/taro'
import type { CloudResult } from '../shared/result'

let initialised = false

/** Initialises wx.cloud once, for the environment named at build time (never "whichever comes first"). */
export function ensureCloud(): void {
  if (initialised) return
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
  initialised = true
}

export async function transport(fn: string, payload: Record<string, unknown>): Promise<CloudResult<unknown>> {
  ensureCloud()
  const { result } = await Taro.cloud.callFunction({ name: fn, data: payload })
  return result as CloudResult<unknown>
}
