import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { OpinionView } from '../../components/opinion-view'
import { StaffForms } from '../../components/staff-forms'
import { useOpinion } from './use-opinion'

/** 意见详情: what was said and what became of it; neighbours second a public one, staff handle it. */
export default function OpinionPage() {
  const h = useOpinion()
  if (h.opinion.error) return <Screen><StateView kind='error' text={h.opinion.error} onRetry={h.opinion.reload} /></Screen>
  const o = h.opinion.data
  if (!o) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <OpinionView o={o} />
      {o.canSecond ? (
        <ActionButton className='primary-button spaced' disabled={h.busy} onClick={() => void h.second()}>
          我也有同样的想法（附议）
        </ActionButton>
      ) : null}
      {o.seconded ? <Text className='secondary-text'>您已附议</Text> : null}
      {o.canHandle ? <StaffForms h={h} /> : null}
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
    </Screen>
  )
}
