/** WeChat: cloud functions are called through wx.cloud; identity is the user's WeChat OPENID. */
import Taro from '@tarojs/taro'
import type { CloudResult } from '../shared/result'

let initialised = false

export async function transport(fn: string, payload: Record<string, unknown>): Promise<CloudResult<unknown>> {
  if (!initialised) {
    Taro.cloud.init({ traceUser: true })
    initialised = true
  }
  const { result } = await Taro.cloud.callFunction({ name: fn, data: payload })
  return result as CloudResult<unknown>
}
