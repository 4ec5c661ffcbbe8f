import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { voice } from '@/shared/contracts/voice'
import type { OpinionCategory, OpinionStatus } from '@/shared/domain/voice/opinions'

/** 社情民意工作台: every opinion, newest first, by status and category. */
export function useBoard() {
  const [status, setStatus] = useState<OpinionStatus | undefined>('submitted')
  const [category, setCategory] = useState<OpinionCategory | undefined>()
  const fetchPage = useCallback((page: number) => callCloud(voice, 'listOpinions', { page, pageSize: 20, status, category }), [status, category])
  const list = usePagedList(fetchPage)
  const shownBefore = useRef(false)
  // back from handling one: it has moved on
  useDidShow(() => {
    if (shownBefore.current) void list.reload()
    shownBefore.current = true
  })
  return {
    list,
    status,
    category,
    chooseStatus: (s: OpinionStatus | 'all') => setStatus(s === 'all' ? undefined : s),
    chooseCategory: (c: OpinionCategory) => setCategory((now) => (now === c ? undefined : c)),
  }
}
