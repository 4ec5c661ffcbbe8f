import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import type { ActionName, ActionSpec, FunctionSpec } from '@/shared/contracts/define'
import { type CenterCode, centerByCode, centerEntryPath } from '@/shared/domain/centers'
import { effectiveRoles, isAllowed, type RoleName } from '@/shared/domain/roles'

/**
 * Whether a staff page (a workbench, board or console) must turn the person looking away: their roles do not reach
 * the roles the server asks for `action` (read from the same contract the server checks), or the server already
 * refused the page's data (`serverRefused`: a list's or load's `refused`, for checks only the server can make, such
 * as "the employer of this posting"). Until whoami answers, the page shows its own loading state.
 */
export function useStaffOnly<F extends FunctionSpec>(serverRefused: boolean, contract?: F, action?: ActionName<F>): boolean {
  const spec = contract && action ? (contract.actions as Record<string, ActionSpec>)[action as string] : undefined
  const roles = spec?.options.roles
  const me = useLoad(() => (roles && roles !== 'anyone' ? callCloud(account, 'whoami', {}) : Promise.resolve(null)), [contract?.name, action as string])
  const mine = me.data?.roles
  const byRoles = Array.isArray(mine) && roles !== undefined && roles !== 'anyone' && !isAllowed(effectiveRoles(mine), roles as readonly RoleName[], contract?.center)
  return serverRefused || byRoles
}

interface NoPermissionProps {
  /** the page, read after 没有权限查看 (社情民意工作台) */
  what: string
  /** for a form: what it does, read after 没有权限 instead (发布菜单) */
  doing?: string
  /** who may use it (居民服务中心的工作人员) */
  who: string
  /** the center whose home page is the way back */
  center: CenterCode
  /** what to do instead, when there is something better to say than "ask for access or go back" */
  hint?: string
}

/** A staff page opened by someone it is not for (a resident who typed its address): 没有权限, who it is for, the way back. */
export function NoPermission({ what, doing, who, center, hint }: NoPermissionProps) {
  const home = (centerByCode(center)?.name ?? '中心').replace(/（.*）/, '')
  return (
    <Screen>
      <StateView kind='empty' text={`没有权限${doing ?? `查看${what}`}`} hint={hint ?? `${what}只供${who}使用。如果您是其中一员，请联系街道管理员开通权限；办理自己的事，请回到${home}首页。`} />
      <ActionButton className='primary-button spaced' onClick={() => void Taro.redirectTo({ url: centerEntryPath(center) })}>
        回到{home}首页
      </ActionButton>
    </Screen>
  )
}
