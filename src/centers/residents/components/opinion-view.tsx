import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'
import { formatForPeople } from '@/shared/time'
import { PhotoRow } from './photos'

type Opinion = OutputOf<typeof voice, 'getOpinion'>

/** An opinion as its author, staff or a neighbour sees it: the words, what became of it, and the way it went. */
export function OpinionView({ o }: { o: Opinion }) {
  return (
    <>
      <View className='card lines'>
        <Text className='card__title'>{o.title}</Text>
        <Text className='status-text'>状态：{o.statusText}</Text>
        <Text className='secondary-text'>
          {o.author} · {o.community} · {formatForPeople(o.createdAt)} · {o.public ? `公开，附议 ${o.secondCount} 人` : '不公开'}
          {o.anonymous ? '（对其他居民匿名）' : ''}
        </Text>
        <Text>{o.text}</Text>
        <PhotoRow urls={o.photoUrls} />
      </View>
      {o.answer ? (
        <View className='card lines highlight'>
          <Text className='card__title'>答复</Text>
          <Text>{o.answer.text}</Text>
          <Text className='secondary-text'>{o.answer.by} · {formatForPeople(o.answer.at)}</Text>
        </View>
      ) : null}
      {o.forward ? (
        <View className='card lines'>
          <Text className='card__title'>已转交：{o.forward.centerName}</Text>
          {o.forward.reference ? <Text>受理编号：{o.forward.reference}</Text> : null}
          <Text className='secondary-text'>{o.forward.note}</Text>
        </View>
      ) : null}
      {o.agenda ? (
        <View className='card lines'>
          <Text className='card__title'>干群恳谈议程：{o.agenda.title}（{o.agenda.cadreName}）</Text>
          <Text className='secondary-text'>{o.agenda.note}</Text>
        </View>
      ) : null}
      <View className='card lines'>
        <Text className='card__title'>办理经过</Text>
        {o.timeline.map((t) => (
          <View key={`${t.at}-${t.text}`} className='timeline__entry'>
            <Text>{t.text}</Text>
            <Text className='secondary-text'>{formatForPeople(t.at)} · {t.by}</Text>
          </View>
        ))}
      </View>
    </>
  )
}
