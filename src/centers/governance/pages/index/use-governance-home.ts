import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { governance } from '@/shared/contracts/governance'
import { effectiveRoles, isAllowed, isStaffOf, type RoleName } from '@/shared/domain/roles'

/** 综治中心: my reports and followed ones; the handler's and the command staff's ways in. */
export function useGovernanceHome() {
  const fetchPage = useCallback((page: number) => callCloud(governance, 'myReports', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  // back from a report: its status may have changed
  useDidShow(() => {
    if (shownBefore.current) void list.reload()
    shownBefore.current = true
  })
  const roles = me.data?.roles ?? []
  return {
    list,
    command: isStaffOf(roles, 'governance'),
    // whoever the handlers' list lets in (网格员, team members, the center's staff), as its contract says
    handler: isAllowed(effectiveRoles(roles), governance.actions.listReports.options.roles as readonly RoleName[], 'governance'),
  }
}
