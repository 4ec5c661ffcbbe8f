import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { StateView } from '@/components/state-view'
import { governance } from '@/shared/contracts/governance'
import { DeadlineEditor } from '../../components/deadline-editor'
import { GridList, TeamList } from '../../components/grids-teams'
import { useSetup } from './use-setup'

/** 网格、队伍与时限 (command staff, street administrator): routing and deadlines per category; grids, teams and their people. */
export default function SetupPage() {
  const s = useSetup()
  const refused = useStaffOnly(s.loaded.refused, governance, 'setGrids')
  if (refused) return <NoPermission what='网格、队伍与时限' who='社区综合治理服务中心的工作人员' center='governance' />
  if (s.loaded.error) return <Screen><StateView kind='error' text={s.loaded.error} onRetry={s.loaded.reload} /></Screen>
  if (!s.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <DeadlineEditor s={s} />
      <GridList s={s} />
      <TeamList s={s} />
    </Screen>
  )
}
