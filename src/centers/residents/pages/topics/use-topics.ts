import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { voice } from '@/shared/contracts/voice'

/** 居民议事: the topics of my community and building, my address badge, asking for it. */
export function useTopics() {
  const fetchPage = useCallback((page: number) => callCloud(voice, 'listTopics', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  const badge = useLoad(() => callCloud(voice, 'myVerification', {}), [])
  const shownBefore = useRef(false)
  // back from a topic: its step may have moved
  useDidShow(() => {
    if (shownBefore.current) void list.reload()
    shownBefore.current = true
  })
  const sending = useSubmit()
  return {
    list,
    badge,
    busy: sending.busy,
    problem: sending.problem,
    ask: () =>
      sending.run(async (requestId) => {
        badge.set(await callCloud(voice, 'askVerification', {}, { requestId }))
        await toastDone('已提交认证申请')
      }, 'ask'),
  }
}
