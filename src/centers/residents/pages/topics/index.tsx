import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { BadgeCard } from '../../components/badge'
import { Pieces } from '../../components/pieces'
import { ProfileNeeded, useNeedsProfile } from '../../components/profile-needed'
import { TopicRow } from '../../components/topic-row'
import { useTopics } from './use-topics'

/** 居民议事: 居民事居民议 — the topics of my community and building, and raising one. */
export default function TopicsPage() {
  const h = useTopics()
  const needsProfile = useNeedsProfile()
  return (
    <Screen>
      <View className='card lines'>
        <Text className='card__title'>
          <Pieces separator='' parts={['居民事', '居民议']} />
        </Text>
        <Text className='secondary-text'>提议题 → 征求意见 → 议事会协商 → 决议公示 → 实施评议。只有本社区（楼栋）地址经认证的居民可以参与。</Text>
      </View>
      {needsProfile ? <ProfileNeeded what='参与议事' /> : null}
      <BadgeCard badge={h.badge.data} busy={h.busy} needsProfile={needsProfile} onAsk={() => void h.ask()} />
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <ActionButton className='primary-button spaced' onClick={() => Taro.navigateTo({ url: '/centers/residents/pages/propose/index' })}>
        提出议题
      </ActionButton>
      <Text className='section-title'>本社区和本楼栋的议题</Text>
      <PagedListView list={h.list} empty={{ text: '还没有议题', hint: '有大家共同关心的事，点「提出议题」' }} keyOf={(t) => t.id}>
        {(t) => <TopicRow t={t} />}
      </PagedListView>
    </Screen>
  )
}
