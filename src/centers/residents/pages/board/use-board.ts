import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { copyText } from '@/services/clipboard'
import { callCloud } from '@/services/cloud'
import { openSpreadsheet } from '@/services/document'
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
  const [exported, setExported] = useState<{ url: string; note: string } | null>(null)
  const exporting = useSubmit()
  return {
    list,
    exported,
    exporting,
    exportSheet: () =>
      exporting.run(async () => {
        const r = await callCloud(voice, 'exportOpinions', { status, category })
        // opened in WeChat (forward it to the PC) or downloaded in the browser; the link stays as the fallback
        const opened = await openSpreadsheet(r.url).catch(() => null)
        const copied = opened ? false : await copyText(r.url)
        setExported({ url: r.url, note: `已导出 ${r.rows} 条。${opened ?? (copied ? '下载链接已复制（1 小时内有效）' : '请长按下方链接复制（1 小时内有效）')}` })
      }, `export:${status}:${category}`),
    status,
    category,
    chooseStatus: (s: OpinionStatus | 'all') => setStatus(s === 'all' ? undefined : s),
    chooseCategory: (c: OpinionCategory) => setCategory((now) => (now === c ? undefined : c)),
  }
}
