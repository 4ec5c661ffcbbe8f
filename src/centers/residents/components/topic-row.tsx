import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'
import { Pieces } from './pieces'

type Row = OutputOf<typeof voice, 'listTopics'>['items'][number]

/** One topic in a list: what, where, which step, supports or progress. */
export function TopicRow({ t }: { t: Row }) {
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/residents/pages/topic/index?id=${t.id}` })}>
      <Text className='list-row__title'>{t.title}</Text>
      <Text className='status-text'>
        <Pieces parts={[t.scopeText, t.stepText]} />
      </Text>
      <Text className='secondary-text'>
        {t.step === 'gathering' ? `支持 ${t.supportCount} / ${t.threshold} 人` : t.step === 'implementing' || t.step === 'evaluating' ? `完成 ${t.progress}%` : t.byCouncil ? '议事会提出' : '居民提出'}
      </Text>
    </ActionButton>
  )
}
