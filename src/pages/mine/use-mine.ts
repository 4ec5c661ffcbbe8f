import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud, errorMessage } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import type { OutputOf } from '@/shared/contracts/define'

export type WhoAmI = OutputOf<typeof account, 'whoami'>
export type ListView = 'recent' | 'upcoming'

/** 我的: who the person is, and everything they have in flight across centers, reloaded whenever the tab shows. */
export function useMine() {
  const [me, setMe] = useState<WhoAmI | null>(null)
  const [meError, setMeError] = useState<string | null>(null)
  const [view, setView] = useState<ListView>('recent')
  const fetchPage = useCallback((page: number) => callCloud(account, 'listMyItems', { view, page, pageSize: 20 }), [view])
  const list = usePagedList(fetchPage)
  const shownOnce = useRef(false)

  const loadMe = useCallback(() => {
    setMeError(null)
    callCloud(account, 'whoami', {}).then(setMe, (e) => setMeError(errorMessage(e)))
  }, [])

  useDidShow(() => {
    loadMe()
    // coming back from a center: what was booked or cancelled there shows at once
    if (shownOnce.current) void list.reload()
    shownOnce.current = true
  })

  return { me, meError, view, setView, list }
}
