import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { governance } from '@/shared/contracts/governance'

type Nearby = OutputOf<typeof governance, 'nearbyReports'>['items'][number]

/** "同一个问题？" — open reports of the same kind within about 50 m: follow one instead of reporting it again. */
export function NearbyList({ items, busy, onFollow }: { items: Nearby[]; busy: boolean; onFollow: (id: string) => void }) {
  if (!items.length) return null
  return (
    <View className='notice'>
      <Text className='list-row__title'>附近已有同类问题，是同一个吗？关注它即可跟进进度，不必重复上报。</Text>
      {items.map((n) => (
        <View key={n.id} className='card'>
          <Text style={{ display: 'block' }}>{n.description}</Text>
          <Text className='secondary-text' style={{ display: 'block' }}>
            {n.placeName}
            {n.meters !== null ? ` · 约 ${n.meters} 米` : ''} · {n.statusText} · {n.followerCount} 人关注
          </Text>
          <ActionButton className='primary-button' disabled={busy} label={`关注此问题：${n.description}`} onClick={() => onFollow(n.id)}>
            是同一个问题，关注它
          </ActionButton>
        </View>
      ))}
    </View>
  )
}
