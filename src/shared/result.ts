/** The one reply shape of every cloud function, and the error codes a client must handle. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FULL',
  'RATE_LIMITED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface CloudError {
  code: ErrorCode
  message: string
  /** field path (dot-joined) → what to fix, in Chinese */
  fields?: Record<string, string>
}

export type CloudResult<T> = { ok: true; data: T } | { ok: false; error: CloudError }

/** What a user reads when a call fails and the server gave no better sentence. */
export const DEFAULT_ERROR_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误，请按提示修改',
  UNAUTHENTICATED: '请先登录后再操作',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容，可能已被删除',
  CONFLICT: '操作冲突，请刷新后重试',
  FULL: '名额已满',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统繁忙，请稍后再试',
}
