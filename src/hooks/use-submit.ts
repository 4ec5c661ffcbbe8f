import { useCallback, useRef, useState } from 'react'
import { CloudCallError, errorMessage, newRequestId } from '../services/cloud'
import type { ErrorCode } from '../shared/result'

export type Outcome = { ok: true } | { ok: false; code: ErrorCode; message: string }

export interface Submit {
  busy: boolean
  /** what went wrong, in Chinese; null after a success or before the first try */
  problem: string | null
  /** why the last try failed (INVALID_INPUT: `fields` says what to fix) */
  code: ErrorCode | null
  fields: Record<string, string>
  /**
   * runs one submit with its request id. `what` names what the tap does (the action, its target and input,
   * e.g. `checkIn:b1`) where one hook serves several buttons: a try for something else is a new submit.
   */
  run: (send: (requestId: string) => Promise<unknown>, what?: string) => Promise<Outcome>
  /** the input changed (this field's message goes): the next try is a new submit */
  forget: (field?: string) => void
}

/**
 * One submit, safe to retry: the request id is kept after a failure that may have reached the server (a lost
 * reply), so the retry gets the first result instead of writing twice; after a clear refusal or a success the
 * next try is a new submit, and so is a try of another action (the server keys ids per function and person, so
 * an id reused for another button would return the first button's result). Nothing typed is touched here:
 * pages keep their input as it was.
 */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [code, setCode] = useState<ErrorCode | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const requestId = useRef<string | null>(null)
  const lastWhat = useRef<string | undefined>(undefined)

  const run = useCallback(async (send: (id: string) => Promise<unknown>, what?: string): Promise<Outcome> => {
    setBusy(true)
    setProblem(null)
    setCode(null)
    setFields({})
    if (what !== lastWhat.current) requestId.current = null
    lastWhat.current = what
    requestId.current ??= newRequestId()
    try {
      await send(requestId.current)
      requestId.current = null
      return { ok: true }
    } catch (e) {
      const failure: ErrorCode = e instanceof CloudCallError ? e.code : 'INTERNAL'
      // only a lost reply may have been applied: a retry with the same id gets the first result
      if (!(e instanceof CloudCallError && failure === 'INTERNAL')) requestId.current = null
      if (e instanceof CloudCallError) setFields(e.fields)
      const message = errorMessage(e)
      setCode(failure)
      setProblem(message)
      return { ok: false, code: failure, message }
    } finally {
      setBusy(false)
    }
  }, [])

  const forget = useCallback((field?: string) => {
    requestId.current = null
    if (field) setFields((f) => (f[field] ? { ...f, [field]: '' } : f))
  }, [])

  return { busy, problem, code, fields, run, forget }
}
