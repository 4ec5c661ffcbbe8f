import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { DateTimeField } from '@/components/datetime-field'
import { TextField } from '@/components/text-field'
import type { useMediation } from '../pages/mediation/use-mediation'

type H = ReturnType<typeof useMediation>

/** Staff: record consent taken offline, assign a mediator. */
export function MediationStaffSteps({ h }: { h: H }) {
  const c = h.m.data
  if (c?.role !== 'staff') return null
  if (c.status === 'invited') {
    return (
      <View className='card'>
        <Text className='card__title'>记录对方线下意见</Text>
        <TextField label='不同意的理由（不同意时填写）' value={h.reason} onChange={h.setReason} error={h.fields.reason} maxLength={200} />
        <View className='entries'>
          <ActionButton className='primary-button entries__item' disabled={h.busy} onClick={() => h.consent(true)}>对方同意调解</ActionButton>
          <ActionButton className='plain-button entries__item' disabled={h.busy} onClick={() => h.consent(false)}>对方不同意</ActionButton>
        </View>
      </View>
    )
  }
  if (c.status !== 'accepted' && c.status !== 'mediating') return null
  return (
    <View className='card'>
      <Text className='card__title'>{c.status === 'accepted' ? '指派调解员' : '更换调解员'}</Text>
      {h.mediators.map((p) => (
        <ActionButton key={p.id} className='plain-button list-row' disabled={h.busy} onClick={() => h.assign(p.id)}>
          <Text className='list-row__title'>指派 {p.name}</Text>
          <Text className='secondary-text'>{p.intro}</Text>
        </ActionButton>
      ))}
    </View>
  )
}

/** The mediator (or staff): schedule a session, record the agreement or the failure. */
export function MediatorSteps({ h }: { h: H }) {
  const c = h.m.data
  if (!c || (c.role !== 'staff' && c.role !== 'mediator') || c.status !== 'mediating') return null
  return (
    <>
      <View className='card'>
        <Text className='card__title'>安排调解</Text>
        <DateTimeField label='调解时间' value={h.at} onChange={h.setAt} error={h.fields.at} />
        <TextField label='调解地点' value={h.place} onChange={h.setPlace} error={h.fields.place} maxLength={60} />
        <ActionButton className='plain-button' disabled={h.busy || !h.at} onClick={h.schedule}>通知双方</ActionButton>
      </View>
      <View className='card'>
        <Text className='card__title'>调解结果</Text>
        <TextField label='协议内容' multiline value={h.terms} onChange={h.setTerms} error={h.fields.terms} maxLength={1000} />
        <TextField label='履行方式和期限' value={h.performance} onChange={h.setPerformance} error={h.fields.performance} maxLength={300} />
        <ActionButton className='primary-button' disabled={h.busy} onClick={h.agree}>记录调解协议</ActionButton>
        <TextField label='未成功的原因' value={h.reason} onChange={h.setReason} error={h.fields.reason} maxLength={300} />
        <ActionButton className='plain-button' disabled={h.busy} onClick={h.fail}>记录调解未成功</ActionButton>
      </View>
    </>
  )
}
