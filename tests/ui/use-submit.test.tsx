import { act, renderHook } from '@testing-library/react'
import { useSubmit } from '@/hooks/use-submit'
import { CloudCallError } from '@/services/cloud'

/** Runs one try that fails with `code` (or succeeds without one) and returns the request id it was given. */
async function attempt(submit: { current: ReturnType<typeof useSubmit> }, code?: 'INTERNAL' | 'FULL', what?: string) {
  let id = ''
  await act(async () => {
    await submit.current.run(async (requestId) => {
      id = requestId
      if (code) throw new CloudCallError(code, code === 'FULL' ? '名额已满' : '系统繁忙，请稍后再试')
    }, what)
  })
  return id
}

describe('useSubmit', () => {
  it('keeps the request id for a retry after a lost reply', async () => {
    const { result } = renderHook(() => useSubmit())
    expect(await attempt(result, 'INTERNAL')).toBe(await attempt(result))
  })

  it('starts a new submit after a refusal or a success', async () => {
    const { result } = renderHook(() => useSubmit())
    const refused = await attempt(result, 'FULL')
    const next = await attempt(result)
    expect(next).not.toBe(refused)
    expect(await attempt(result)).not.toBe(next)
  })

  it('starts a new submit for another action after a lost reply, and keeps the first one’s id only for the first', async () => {
    const { result } = renderHook(() => useSubmit())
    const approve = await attempt(result, 'INTERNAL', 'approve')
    const reject = await attempt(result, 'INTERNAL', 'reject')
    expect(reject).not.toBe(approve)
    expect(await attempt(result, undefined, 'reject')).toBe(reject)
  })

  it('says what went wrong in the outcome', async () => {
    const { result } = renderHook(() => useSubmit())
    let outcome: unknown
    await act(async () => {
      outcome = await result.current.run(async () => {
        throw new CloudCallError('FULL', '名额已满')
      })
    })
    expect(outcome).toEqual({ ok: false, code: 'FULL', message: '名额已满' })
    expect(result.current.problem).toBe('名额已满')
  })
})
