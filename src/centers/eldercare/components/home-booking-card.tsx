import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ActionButton } from '@/components/action-button'

interface Booking {
  id: string
  serviceName: string
  seniorName: string
  whenText: string
  statusText: string
  bookedBy: string
  steps: Array<{ text: string; atText: string; by: string }>
  canCancel: boolean
  lockedText: string | null
}

/** One booking as the family follows it: what, when, its status, each step on its own line with who took it; cancel while allowed. */
export function HomeBookingCard({ b, busy, onCancel, children }: { b: Booking; busy: boolean; onCancel?: () => void; children?: ReactNode }) {
  return (
    <View className='card list-row'>
      <Text className='list-row__title'>
        {b.serviceName} · {b.seniorName}
      </Text>
      <Text className='secondary-text'>
        {b.whenText} · {b.bookedBy}
      </Text>
      <Text className='status-text'>{b.statusText}</Text>
      <View aria-label='办理进度' role='list'>
        {b.steps.map((s) => (
          <View key={`${s.atText}-${s.text}`} role='listitem' className='home-step'>
            <Text className='secondary-text'>
              {s.atText} {s.text}（{s.by}）
            </Text>
          </View>
        ))}
      </View>
      {b.lockedText ? <Text className='secondary-text'>{b.lockedText}</Text> : null}
      {children}
      {b.canCancel && onCancel ? (
        <ActionButton className='plain-button' label={`取消${b.serviceName}（${b.whenText}）`} disabled={busy} onClick={onCancel}>
          取消预约
        </ActionButton>
      ) : null}
    </View>
  )
}
