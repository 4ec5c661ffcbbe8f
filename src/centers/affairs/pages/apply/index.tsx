import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { MaterialPhotos, ReturnedNotice, StationChoice } from '@/centers/affairs/components/application-form'
import { ProfileNeeded } from '@/centers/affairs/components/profile-needed'
import { useApply } from './use-apply'

/**
 * 在线申请 (一口受理): filed at the resident's community station, which pre-checks it and passes street items on.
 * Also used to resubmit a returned application with the missing materials.
 */
export default function ApplyPage() {
  const f = useApply()
  if (f.context.error) return <Screen><StateView kind='error' text={f.context.error} onRetry={f.context.reload} /></Screen>
  if (!f.context.data) return <Screen><StateView kind='loading' /></Screen>
  const { service, me, returned } = f.context.data
  if (!me.profile) return <ProfileNeeded text='请先完善个人资料' hint='申请需要您的姓名、所在社区和地址' buttonClassName='primary-button' />

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{service.name}</Text>
        <Text className='secondary-text'>申请人：{me.profile.name}</Text>
      </View>
      {returned?.missing.length ? <ReturnedNotice reason={returned.timeline[returned.timeline.length - 1]?.reason} missing={returned.missing} /> : null}
      <StationChoice stations={f.stations} chosen={f.station} error={f.fields.stationId} onChoose={f.chooseStation} />
      <TextField label='申请说明' multiline value={f.description} onChange={f.describe} maxLength={200} error={f.fields['fields.0.value']} placeholder='简要说明申请事由和情况' />
      <MaterialPhotos materials={service.materials} photos={f.photos} error={f.fields.materialFiles} onAdd={(m) => void f.addPhotos(m)} onRemove={f.removePhoto} />
      <Text className='secondary-text notice-promise'>提交时会请您允许「办理进度通知」：社区预审、转街道、退回补正和办结时，微信会通知您。</Text>
      {f.problem ? <Text className='error-text' aria-live='assertive'>{f.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={f.busy || !f.station} onClick={f.submit}>
        {f.busy ? '正在提交…' : returned ? '补正后重新提交' : '提交申请'}
      </ActionButton>
    </Screen>
  )
}
