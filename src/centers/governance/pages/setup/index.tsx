import { Text, View } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { DeadlineEditor } from '../../components/deadline-editor'
import { useSetup } from './use-setup'

/** 网格、队伍与时限 (street administrator): routing and deadlines per category; the grids and teams as they stand. */
export default function SetupPage() {
  const s = useSetup()
  if (s.loaded.error) return <Screen><StateView kind='error' text={s.loaded.error} onRetry={s.loaded.reload} /></Screen>
  if (!s.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const { grids, teams } = s.loaded.data
  return (
    <Screen>
      <DeadlineEditor s={s} />
      <Text className='section-title'>网格（{grids.length} 个）</Text>
      {grids.map((g) => (
        <View key={g.id} className='card'>
          <Text className='list-row__title'>
            {g.community.replace('黄河西路', '')} · {g.name}
          </Text>
          <Text className='secondary-text' style={{ display: 'block' }}>网格员：{g.workerName}</Text>
          <Text className='secondary-text' style={{ display: 'block' }}>楼栋：{g.buildings.join('、')}</Text>
        </View>
      ))}
      <Text className='section-title'>处置队伍（{teams.length} 支）</Text>
      {teams.map((t) => (
        <View key={t.id} className='card'>
          <Text className='list-row__title'>
            {t.name}（{t.kind}）
          </Text>
          <Text className='secondary-text' style={{ display: 'block' }}>负责类别：{t.categories.join('、') || '由指挥中心派单'}</Text>
          <Text className='secondary-text' style={{ display: 'block' }}>成员：{t.members.map((m) => m.name).join('、') || '暂无'}</Text>
        </View>
      ))}
    </Screen>
  )
}
