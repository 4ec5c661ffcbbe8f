import { useCallback, useEffect, useRef, useState } from 'react'
import { CloudCallError, errorMessage } from '../services/cloud'

export interface Loaded<T> {
  data: T | null
  error: string | null
  /** the server said FORBIDDEN: the person looking may not see this (the page says 没有权限, not 出错了) */
  refused: boolean
  loading: boolean
  reload: () => Promise<void>
  /** replace what is shown after an action returned the new state */
  set: (data: T) => void
}

/** Loads on mount and again whenever `deps` (ids, filters) change; keeps the last data while reloading. */
export function useLoad<T>(load: () => Promise<T>, deps: ReadonlyArray<string | number | boolean | null | undefined>): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [refused, setRefused] = useState(false)
  const [loading, setLoading] = useState(true)
  const generation = useRef(0)
  const latest = useRef(load)
  latest.current = load
  const reload = useCallback(async () => {
    const mine = ++generation.current
    setLoading(true)
    setError(null)
    try {
      const next = await latest.current()
      if (mine !== generation.current) return
      setData(next)
      setRefused(false)
    } catch (e) {
      if (mine !== generation.current) return
      setError(errorMessage(e))
      setRefused(e instanceof CloudCallError && e.code === 'FORBIDDEN')
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, [])
  const key = deps.join('\u0001')
  useEffect(() => {
    void key // a change of deps is a reason to load again
    void reload()
  }, [reload, key])
  return { data, error, refused, loading, reload, set: setData }
}
