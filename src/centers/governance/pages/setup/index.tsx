import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { DeadlineEditor } from '../../components/deadline-editor'
import { GridList, TeamList } from '../../components/grids-teams'
import { useSetup } from './use-setup'

/** 网格、队伍与时限 (command staff, street administrator): routing and deadlines per category; grids, teams and their people. */
export default function SetupPage() {
  const s = useSetup()
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
