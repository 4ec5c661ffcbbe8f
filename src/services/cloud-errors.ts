/**
 * What a resident reads when a call does not come back as a reply of ours: the network, a function that is not
 * there, a timeout, a crash — never the platform's own words (`errCode`, "没有这个云函数", stack traces).
 * Pure, so both transports (wx.cloud and the local gateway) and the uploads share the same sentences.
 */
import { DEFAULT_ERROR_MESSAGES, type ErrorCode } from '../shared/result'

/** Why a call failed below our functions: no network, no such function, too slow, or anything else. */
export type TransportFailure = 'offline' | 'missing' | 'timeout' | 'failed'

export const TRANSPORT_MESSAGES: Record<TransportFailure, string> = {
  offline: '网络不可用，请检查网络后重试',
  missing: '这项服务暂时无法使用，请稍后再试；急需办理请到中心窗口或联系社区',
  timeout: '服务器响应超时，请稍后重试；如果刚才是提交，请先刷新看看是否已经成功',
  failed: DEFAULT_ERROR_MESSAGES.INTERNAL,
}

/** A failure below our functions, thrown by a transport (callCloud turns it into a CloudCallError). */
export class TransportError extends Error {
  constructor(readonly failure: TransportFailure) {
    super(TRANSPORT_MESSAGES[failure])
    this.name = 'TransportError'
  }
}

/** Sorts a platform error (wx.cloud errMsg, fetch's TypeError) by what the person can do about it. */
export function failureOf(error: unknown): TransportFailure {
  if (error instanceof TransportError) return error.failure
  const text = String((error as { errMsg?: string })?.errMsg ?? (error as Error)?.message ?? error)
  if (/timeout|timed out|-504003|超时/i.test(text)) return 'timeout'
  if (/-404011|-501000|FUNCTION_NOT_FOUND|function not found|FunctionName/i.test(text)) return 'missing'
  if (/request:fail|network|net::|Failed to fetch|NetworkError|offline|ERR_INTERNET|Load failed/i.test(text)) return 'offline'
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline'
  return 'failed'
}

// words that only developers use: a reply carrying them gets the plain sentence for its code instead
const TECHNICAL = /云函数|数据库|集合|errCode|errMsg|Error\b|exception|undefined|null\b|stack|timeout|collection|\bfail\b|ECONN|[A-Z_]{6,}/

/** The server's message when it is meant for people, else the plain sentence for its code. */
export function plainMessage(code: ErrorCode, message: string | undefined): string {
  if (message && !TECHNICAL.test(message)) return message
  return DEFAULT_ERROR_MESSAGES[code] ?? DEFAULT_ERROR_MESSAGES.INTERNAL
}
