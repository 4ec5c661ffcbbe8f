import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhotoButton } from '@/components/photo-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { AidStaffActions } from '@/centers/legal/components/aid-staff'
import { AidSummaryCard } from '@/centers/legal/components/aid-summary'
import { Timeline } from '@/centers/legal/components/timeline'
import { useAid } from './use-aid'

/** One legal-aid application: status and the date to hear back, materials, history; the next step for who may take it. */
export default function AidPage() {
  const h = useAid()
  if (h.app.error) return <Screen><StateView kind='error' text={h.app.error} onRetry={h.app.reload} /></Screen>
  const app = h.app.data
  if (!app) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <AidSummaryCard app={app} />
      {app.materialUrls.length ? (
        <View className='card'>
          <Text className='card__title'>材料照片</Text>
          <View className='chips'>
            {app.materialUrls.map((u, i) => <PhotoButton key={u} url={u} urls={app.materialUrls} label={`材料第 ${i + 1} 张`} />)}
          </View>
        </View>
      ) : null}
      <AidStaffActions h={h} />
      {app.status === 'returned' && !h.staff ? (
        <ActionButton className='primary-button spaced' onClick={h.resubmit}>补充材料</ActionButton>
      ) : null}
      {app.canRequestReview && !h.staff ? (
        <View className='card'>
          <TextField label='复核理由' multiline value={h.reason} onChange={h.setReason} error={h.fields.reason} maxLength={500} />
          <ActionButton className='primary-button' disabled={h.busy} onClick={h.requestReview}>申请复核</ActionButton>
        </View>
      ) : null}
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <Timeline items={app.timeline} />
    </Screen>
  )
}
