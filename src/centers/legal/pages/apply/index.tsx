import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { CaseSection, HardshipSection, IdentitySection } from '@/centers/legal/components/aid-form'
import { Photos } from '@/centers/legal/components/photos'
import { MAX_MATERIALS } from './draft'
import { useApplyAid } from './use-apply'

/** 法律援助申请 (and resubmitting one returned for missing materials). */
export default function ApplyAidPage() {
  const f = useApplyAid()
  if (f.returned.error) return <Screen><StateView kind='error' text={f.returned.error} onRetry={f.returned.reload} /></Screen>
  if (f.resubmitting && !f.returned.data) return <Screen><StateView kind='loading' /></Screen>
  const missing = f.returned.data?.missing ?? []
  return (
    <Screen>
      {missing.length ? (
        <View className='notice'>
          <Text>请补充：{missing.join('、')}。身份证号请重新填写。</Text>
        </View>
      ) : null}
      <IdentitySection f={f} />
      <CaseSection f={f} />
      <HardshipSection f={f} />
      <Photos label='证明材料照片（身份证、劳动合同、工资条等）' photos={f.draft.photos} max={MAX_MATERIALS} error={f.fields.materialFiles} onAdd={() => void f.addPhotos()} onRemove={f.removePhoto} />
      <Text className='secondary-text'>提交时会请您允许「法律事务进度通知」：退回补充、作出决定和指派律师时，微信会通知您。</Text>
      {f.problem ? <Text className='error-text' aria-live='assertive'>{f.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={f.busy} onClick={f.submit}>
        {f.busy ? '正在提交…' : f.resubmitting ? '补充材料后重新提交' : '提交申请'}
      </ActionButton>
    </Screen>
  )
}
