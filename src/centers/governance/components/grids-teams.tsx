import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { useSetup } from '../pages/setup/use-setup'
import { PersonPicker } from './person-picker'

type S = ReturnType<typeof useSetup>

/** 网格: each grid's buildings and grid worker; the administrator hands a grid to another worker. */
export function GridList({ s }: { s: S }) {
  const grids = s.loaded.data?.grids ?? []
  return (
    <>
      <Text className='section-title'>网格（{grids.length} 个）</Text>
      {grids.map((g) => (
        <View key={g.id} className='card'>
          <Text className='list-row__title'>
            {g.community.replace('黄河西路', '')} · {g.name}
          </Text>
          <Text className='secondary-text' style={{ display: 'block' }}>网格员：{g.workerName}</Text>
          <Text className='secondary-text' style={{ display: 'block' }}>楼栋：{g.buildings.join('、')}</Text>
          {s.open === g.id ? (
            <PersonPicker label={`${g.name}的新网格员`} busy={s.busy} onPick={(p) => s.setWorker(g.id, p.openid)} />
          ) : (
            <ActionButton className='plain-button' label={`更换${g.name}的网格员`} onClick={() => s.setOpen(g.id)}>
              更换网格员
            </ActionButton>
          )}
        </View>
      ))}
    </>
  )
}

/** 处置队伍: the categories each team takes and its members; the administrator adds and removes members. */
export function TeamList({ s }: { s: S }) {
  const teams = s.loaded.data?.teams ?? []
  return (
    <>
      <Text className='section-title'>处置队伍（{teams.length} 支）</Text>
      {teams.map((t) => (
        <View key={t.id} className='card'>
          <Text className='list-row__title'>
            {t.name}（{t.kind}）
          </Text>
          <Text className='secondary-text' style={{ display: 'block' }}>负责类别：{t.categories.join('、') || '由指挥中心派单'}</Text>
          {t.members.map((m) => (
            <ActionButton key={m.id} className='plain-button' disabled={s.busy} label={`从${t.name}移除 ${m.name}`} onClick={() => s.removeMember(t.id, m.id, m.name)}>
              {`${m.name} · 移除`}
            </ActionButton>
          ))}
          {s.open === t.id ? (
            <PersonPicker label={`为${t.name}添加成员`} busy={s.busy} onPick={(p) => s.addMember(t.id, p.openid)} />
          ) : (
            <ActionButton className='plain-button' label={`为${t.name}添加成员`} onClick={() => s.setOpen(t.id)}>
              添加成员
            </ActionButton>
          )}
        </View>
      ))}
    </>
  )
}
