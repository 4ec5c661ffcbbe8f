import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'
import { formatForPeople } from '@/shared/time'
import { Pieces } from './pieces'

type Row = OutputOf<typeof voice, 'myOpinions'>['items'][number]

/** One opinion in a list: what, the first words, its status in words, seconds; opens the opinion. */
export function OpinionRow({ o }: { o: Row }) {
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/residents/pages/opinion/index?id=${o.id}` })}>
      <Text className='list-row__title'>{o.title}</Text>
      <Text className='secondary-text'>{o.excerpt}</Text>
      <Text className='status-text'>
        <Pieces parts={[o.statusText, formatForPeople(o.createdAt, false), o.author, o.public ? `附议 ${o.secondCount}` : '不公开']} />
      </Text>
    </ActionButton>
  )
}
