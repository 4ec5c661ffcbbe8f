import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '../shared/contracts/common'
import { CloudCallError, errorMessage } from '../services/cloud'

export interface PagedList<T> {
  items: T[]
  loading: boolean
  /** what went wrong, in Chinese; null when the last load worked */
  error: string | null
  /** the server said FORBIDDEN: the person looking may not see this list (the page says 没有权限, not 出错了) */
  refused: boolean
  hasMore: boolean
  /** true once the first page has arrived (to tell "empty" from "not loaded yet") */
  loaded: boolean
  reload: () => Promise<void>
  loadMore: () => Promise<void>
}

/**
 * A list fetched a page at a time, loaded again from page 1 whenever `fetchPage` changes (its filters);
 * a failed page keeps what was already shown.
 */
export function usePagedList<T>(fetchPage: (page: number) => Promise<Page<T>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([])
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [refused, setRefused] = useState(false)
  const [hasMore, setHasMore] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const nextPage = useRef(1)
  const generation = useRef(0)

  const load = useCallback(
    async (page: number) => {
      const mine = ++generation.current
      setLoading(true)
      setError(null)
      try {
        const result = await fetchPage(page)
        if (mine !== generation.current) return
        setItems((prev) => (page === 1 ? result.items : [...prev, ...result.items]))
        setHasMore(result.hasMore)
        nextPage.current = page + 1
        setLoaded(true)
        setRefused(false)
      } catch (e) {
        if (mine !== generation.current) return
        setError(errorMessage(e))
        setRefused(e instanceof CloudCallError && e.code === 'FORBIDDEN')
      } finally {
        if (mine === generation.current) setLoading(false)
      }
    },
    [fetchPage],
  )

  const reload = useCallback(() => load(1), [load])
  const loadMore = useCallback(() => load(nextPage.current), [load])
  useEffect(() => {
    void reload()
  }, [reload])
  return { items, loading, error, refused, hasMore, loaded, reload, loadMore }
}
