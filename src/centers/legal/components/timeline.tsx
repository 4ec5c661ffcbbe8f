import { Text, View } from '@tarojs/components'
import { formatForPeople } from '@/shared/time'

export interface TimelineItem {
  at: string
  text: string
  by: string
  reason?: string | null
}

/** What happened to a case, in order, with who acted and why. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <View className='card'>
      <Text className='card__title'>办理记录</Text>
      {items.map((t) => (
        <View key={`${t.at}-${t.text}`} className='timeline__entry'>
          <Text>{t.text}</Text>
          <Text className='secondary-text'>
            {formatForPeople(t.at)} · {t.by}
          </Text>
          {t.reason ? <Text className='secondary-text'>说明：{t.reason}</Text> : null}
        </View>
      ))}
    </View>
  )
}
