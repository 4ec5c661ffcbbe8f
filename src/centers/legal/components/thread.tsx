import { Text, View } from '@tarojs/components'
import { PhotoButton } from '@/components/photo-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { legal } from '@/shared/contracts/legal'
import { formatForPeople } from '@/shared/time'
import './legal.scss'

type Thread = OutputOf<typeof legal, 'getConsultation'>

/** The messages of a consultation, the asker's and the lawyer's, in order. */
export function ThreadView({ c }: { c: Thread }) {
  return (
    <View>
      <View className='card'>
        <Text className='card__title'>{c.title}</Text>
        <Text className='status-text'>状态：{c.statusText}</Text>
        {c.flagged ? <Text className='legal-flag'>已等待超过一天</Text> : null}
        {c.rating ? <Text className='secondary-text'>评价：{c.rating} 星</Text> : null}
      </View>
      {c.messages.map((m) => (
        <View key={`${m.at}-${m.from}`} className={m.from === 'lawyer' ? 'legal-message legal-message--lawyer' : 'legal-message'}>
          <Text className='secondary-text'>{m.from === 'lawyer' ? m.byName : c.mine ? '我' : '咨询人'} · {formatForPeople(m.at)}</Text>
          <Text>{m.text}</Text>
        </View>
      ))}
      {c.photoUrls.length ? (
        <View className='chips'>
          {c.photoUrls.map((u, i) => <PhotoButton key={u} url={u} urls={c.photoUrls} label={`咨询照片第 ${i + 1} 张`} />)}
        </View>
      ) : null}
    </View>
  )
}
