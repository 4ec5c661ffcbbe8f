/**
 * callCloud: the one typed way to call a cloud function. The caller passes its function's contract
 * (`callCloud(affairs, 'book', input)`), so a page carries only its own center's contract into its package; the
 * contract validates the input before anything is sent, and every failure arrives as a CloudCallError with a
 * Chinese message (and field messages).
 */
import { type ActionName, type ActionSpec, type FunctionSpec, fieldMessages, type InputOf, type OutputOf } from '../shared/contracts/define'
import { DEFAULT_ERROR_MESSAGES, type ErrorCode } from '../shared/result'
import { failureOf, plainMessage, TRANSPORT_MESSAGES } from './cloud-errors'
import { transport } from './transport'

export class CloudCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'CloudCallError'
  }
}

export interface CallOptions {
  /** makes a submit safe to retry: the server returns the first result for the same id */
  requestId?: string
  /** 代办: act for this person (authorized by the server) */
  onBehalfOf?: string
}

/** What a form's own check (its page's draft module) throws: the same error callCloud gives for invalid input. */
export function invalidInput(fields: Record<string, string>): CloudCallError {
  return new CloudCallError('INVALID_INPUT', DEFAULT_ERROR_MESSAGES.INVALID_INPUT, fields)
}

/** A fresh id for one submit attempt; keep it across retries of the same submit. */
export function newRequestId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

export async function callCloud<F extends FunctionSpec, A extends ActionName<F>>(
  contract: F,
  action: A,
  input: InputOf<F, A>,
  options: CallOptions = {},
): Promise<OutputOf<F, A>> {
  const spec = (contract.actions as Record<string, ActionSpec>)[action]
  const parsed = spec.input.safeParse(input)
  if (!parsed.success) throw invalidInput(fieldMessages(parsed.error))
  let result: Awaited<ReturnType<typeof transport>>
  try {
    result = await transport(contract.name, { action, input: parsed.data, ...options })
  } catch (error) {
    // INTERNAL: the call may have reached the server, so a retry reuses its request id (see useSubmit)
    throw new CloudCallError('INTERNAL', TRANSPORT_MESSAGES[failureOf(error)])
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new CloudCallError('INTERNAL', DEFAULT_ERROR_MESSAGES.INTERNAL)
  if (!result.ok) {
    const { code, message, fields } = result.error
    throw new CloudCallError(code, plainMessage(code, message), fields)
  }
  return result.data as OutputOf<F, A>
}

/** The sentence to show for any error thrown by callCloud (or anything else). */
export function errorMessage(error: unknown): string {
  return error instanceof CloudCallError ? error.message : DEFAULT_ERROR_MESSAGES.INTERNAL
}
