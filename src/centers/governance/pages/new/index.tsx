import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { MAX_REPORT_PHOTOS } from '@/shared/contracts/governance'
import { NearbyList } from '../../components/nearby-list'
import { PhotoList } from '../../components/photo-list'
import { ReportForm } from '../../components/report-form'
import { MAP_AVAILABLE } from '../../services/location'
import { placeText } from './draft'
import { useNewReport } from './use-new-report'

/** 随手拍上报: category, description, photos, where; the same problem nearby can be followed instead. */
export default function NewReportPage() {
  const f = useNewReport()
  if (f.me.error) return <Screen><StateView kind='error' text={f.me.error} onRetry={f.me.reload} /></Screen>
  if (!f.me.data) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <ReportForm
        draft={f.draft}
        fields={f.fields}
        placeText={placeText(f.draft, f.home)}
        mapAvailable={MAP_AVAILABLE}
        needsProfile={!f.home}
        nearby={<NearbyList items={f.nearby} busy={f.busy} onFollow={(id) => void f.follow(id)} />}
        onChange={f.change}
        onPickOnMap={() => void f.pickOnMap()}
        onUseBuilding={f.useBuilding}
      />
      <PhotoList title='问题照片' photos={f.draft.photos} max={MAX_REPORT_PHOTOS} error={f.fields.photos} onAdd={() => void f.addPhotos()} onRemove={f.removePhoto} />
      <Text className='secondary-text notice-promise'>提交时会请您允许「问题处置进度通知」：派单、处置完成请您确认时，微信会通知您。</Text>
      {f.problem ? <Text className='error-text' aria-live='assertive'>{f.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={f.busy} onClick={() => void f.submit()}>
        {f.busy ? '正在提交…' : '提交上报'}
      </ActionButton>
    </Screen>
  )
}
