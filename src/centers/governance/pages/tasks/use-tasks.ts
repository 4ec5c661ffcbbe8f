import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import type { InputOf } from '@/shared/contracts/define'
import type { governance as G } from '@/shared/contracts/governance'
import { governance } from '@/shared/contracts/governance'

export type Filter = Omit<InputOf<typeof G, 'listReports'>, 'page' | 'pageSize'>

/** The filters a link brings (from a figure of the command view, or 我的处置任务). */
export function filterOf(params: Record<string, string | undefined>): Filter {
  const f: Filter = {}
  if (params.mine) f.mine = true
  if (params.overdue) f.overdue = params.overdue === '1'
  for (const key of ['status', 'community', 'category', 'teamKey', 'since', 'until'] as const) {
    const v = params[key]
    if (v) (f as Record<string, string>)[key] = decodeURIComponent(v)
  }
  if (!f.status && !f.since && f.overdue === undefined) f.status = 'open'
  return f
}

/** 问题处置: reports by status (the handler's own, or all for command staff), newest first. */
export function useTasks() {
  const { params } = useRouter()
  const [filter, setFilter] = useState<Filter>(() => filterOf(params))
  const fetchPage = useCallback((page: number) => callCloud(governance, 'listReports', { ...filter, page, pageSize: 10 }), [filter])
  const list = usePagedList(fetchPage)
  const shownBefore = useRef(false)
  // the reload of the filter now chosen, not of the one the page opened with
  const reload = useRef(list.reload)
  reload.current = list.reload
  // back from a report just accepted, disposed or closed: its row (and whether it still belongs here) has changed
  useDidShow(() => {
    if (shownBefore.current) void reload.current()
    shownBefore.current = true
  })
  // every report the filter finds, as xlsx (the page that comes with it is not shown)
  const exportList = async () => (await callCloud(governance, 'listReports', { ...filter, page: 1, pageSize: 1, export: true })).sheet
  return { filter, setFilter, list, exportList }
}
