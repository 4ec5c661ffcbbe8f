import type { ErrorCode } from '@/shared/result'

/** A failure the caller should see as it is: thrown by actions, shaped by the handler. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** A database error raised because a unique index (or `_id`) already holds the value. */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { errCode?: number; message?: string } | null
  return !!e && e.errCode === -502001 && /duplicate key|E11000/.test(e.message ?? '')
}

/** What may be logged about an unexpected error: its kind and where, never its text (it can hold personal data). */
export function describeForLog(error: unknown): string {
  const e = error as { name?: string; errCode?: number; code?: string; stack?: string } | null
  const kind = [e?.name ?? typeof error, e?.errCode, e?.code].filter((x) => x !== undefined).join(' ')
  const frames = (e?.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 5).join('\n')
  return `${kind}\n${frames}`
}
