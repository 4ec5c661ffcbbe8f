import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { useReport } from '../pages/report/use-report'

type R = ReturnType<typeof useReport>

/** 派单 / 改派 (command staff): to a grid's worker or a team, with a note the handler reads. */
export function DispatchForm({ r }: { r: R }) {
  const targets = r.loaded.data?.targets
  if (!r.offered?.command.includes('dispatch') || !targets) return null
  const report = r.loaded.data?.report
  const options = [
    ...targets.grids.filter((g) => g.community === report?.community).map((g) => ({ kind: 'grid' as const, id: g.id, name: `${g.name}（${g.workerName}）` })),
    ...targets.teams.map((t) => ({ kind: 'team' as const, id: t.id, name: t.name })),
  ]
  const { draft, fields } = r
  return (
    <View className='card'>
      <Text className='card__title'>{report?.assignee ? '改派' : '派单'}（指挥中心）</Text>
      <View className='chips'>
        {options.map((o) => {
          const on = draft.to?.id === o.id
          return (
            <ActionButton key={o.id} className={on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={on} onClick={() => r.change({ to: { kind: o.kind, id: o.id } })}>
              {o.name}
            </ActionButton>
          )
        })}
      </View>
      <TextField label='派单说明' value={draft.note} onChange={(note) => r.change({ note })} maxLength={200} error={fields.note} />
      <ActionButton className='primary-button' disabled={r.busy || !draft.to} disabledReason={draft.to ? undefined : '请先选择派给哪个网格或队伍'} onClick={() => r.act('dispatchReport')}>
        确认派单
      </ActionButton>
    </View>
  )
}
