import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { voice } from '@/shared/contracts/voice'
import { isStaffOf } from '@/shared/domain/roles'

/** 居民服务中心: my opinions, and who is looking (staff get the board, cadres their reception hours). */
export function useHome() {
  const fetchPage = useCallback((page: number) => callCloud(voice, 'myOpinions', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  // back from an opinion: its status may have changed
  useDidShow(() => {
    if (shownBefore.current) void list.reload()
    shownBefore.current = true
  })
  const roles = me.data?.roles ?? []
  return {
    list,
    staff: isStaffOf(roles, 'residents'),
    cadre: roles.some((r) => r.role === 'cadre' || r.role === 'admin'),
  }
}
