import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { ApplicationContent, ApplicationHeader, ApplicationTimeline } from '@/centers/affairs/components/application-detail'
import { ReviewForm } from '@/centers/affairs/components/application-review'
import { useApplication } from './use-application'

/** 申请详情: status, every step with who acted and why; the resident resubmits a returned one, staff decide. */
export default function ApplicationPage() {
  const r = useApplication()
  if (r.loaded.error) return <Screen><StateView kind='error' text={r.loaded.error} onRetry={r.loaded.reload} /></Screen>
  if (!r.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const { app } = r.loaded.data

  return (
    <Screen>
      <ApplicationHeader app={app} />
      <ApplicationContent app={app} />
      <ApplicationTimeline timeline={app.timeline} />
      {app.status === 'returned' && !r.staff ? (
        <ActionButton
          className='primary-button'
          onClick={() => Taro.navigateTo({ url: `/centers/affairs/pages/apply/index?serviceId=${app.serviceId}&applicationId=${app.id}` })}
        >
          补正材料后重新提交
        </ActionButton>
      ) : null}
      {r.staff && r.possible.length ? (
        <ReviewForm possible={r.possible} draft={r.draft} fields={r.fields} problem={r.problem} busy={r.busy} onChange={r.change} onDecide={r.decide} />
      ) : null}
    </Screen>
  )
}
