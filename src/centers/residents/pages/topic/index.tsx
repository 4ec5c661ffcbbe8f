import { Text } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { ResidentActions } from '../../components/topic-actions'
import { StepBar, TopicRecord } from '../../components/topic-record'
import { StaffActions } from '../../components/topic-staff'
import { useTopic } from './use-topic'

/** 议题详情: the five steps and what each left; what the viewer may do now. */
export default function TopicPage() {
  const h = useTopic()
  if (h.topic.error) return <Screen><StateView kind='error' text={h.topic.error} onRetry={h.topic.reload} /></Screen>
  const t = h.topic.data
  if (!t) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <StepBar t={t} />
      <ResidentActions h={h} />
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <TopicRecord t={t} results={h.results.data} />
      <StaffActions h={h} />
    </Screen>
  )
}
