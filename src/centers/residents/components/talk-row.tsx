import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'

type Talk = OutputOf<typeof voice, 'myReceptions'>['items'][number]

/** One of my talks: with whom, when and where, the topic, the status, and the outcome the cadre recorded. */
export function TalkRow({ b, busy, onCancel }: { b: Talk; busy: boolean; onCancel: (id: string) => void }) {
  return (
    <View className='card lines'>
      <Text className='list-row__title'>{b.title}</Text>
      <Text className='status-text'>{b.whenText} · {b.statusText}</Text>
      <Text className='secondary-text'>地点：{b.address}</Text>
      <Text className='secondary-text'>想谈的事：{b.topic}</Text>
      {b.outcome ? <Text className='status-text'>恳谈结果：{b.outcome}</Text> : null}
      {b.canCancel ? <ActionButton className='plain-button' disabled={busy} onClick={() => onCancel(b.id)}>取消预约</ActionButton> : null}
    </View>
  )
}
