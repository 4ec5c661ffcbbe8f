import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { useAid } from '../pages/aid/use-aid'

type H = ReturnType<typeof useAid>

/** The staff's next step, by status: review the materials, decide, assign a lawyer. */
export function AidStaffActions({ h }: { h: H }) {
  const app = h.app.data
  if (!app || !h.staff) return null
  if (app.status === 'submitted') {
    return (
      <View className='card'>
        <Text className='card__title'>材料审查</Text>
        <TextField label='缺少的材料（退回时填写，每行一项）' multiline value={h.missing} onChange={h.setMissing} error={h.fields.missing} maxLength={300} />
        <View className='entries'>
          <ActionButton className='primary-button entries__item' disabled={h.busy} onClick={h.accept}>材料齐全，受理</ActionButton>
          <ActionButton className='plain-button entries__item' disabled={h.busy} onClick={h.returnIt}>退回补充材料</ActionButton>
        </View>
      </View>
    )
  }
  if (app.status === 'complete' || app.status === 'reviewRequested') {
    return (
      <View className='card'>
        <Text className='card__title'>审查决定{app.dueText ? `（${app.dueText}）` : ''}</Text>
        <TextField label='理由（不予援助时必填）' multiline value={h.reason} onChange={h.setReason} error={h.fields.reason} maxLength={500} />
        <View className='entries'>
          <ActionButton className='primary-button entries__item' disabled={h.busy} onClick={h.approve}>给予法律援助</ActionButton>
          <ActionButton className='plain-button entries__item' disabled={h.busy} onClick={() => void h.refuse()}>不予法律援助</ActionButton>
        </View>
      </View>
    )
  }
  if (app.status === 'approved') {
    return (
      <View className='card'>
        <Text className='card__title'>指派律师{app.dueText ? `（${app.dueText}）` : ''}</Text>
        {h.lawyers.map((l) => (
          <ActionButton key={l.id} className='plain-button list-row' disabled={h.busy} onClick={() => h.assign(l.id)}>
            <Text className='list-row__title'>指派 {l.name}</Text>
            <Text className='secondary-text'>{l.intro}</Text>
          </ActionButton>
        ))}
      </View>
    )
  }
  return null
}
