import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { SeniorBasics, SeniorCare, SeniorContacts } from '../../components/senior-form'
import { useSenior } from './use-senior'

/** 老人档案: family record a parent, staff a walk-in, a senior themselves (`self=1`); shown in full only to them. */
export default function SeniorPage() {
  const { seniorId, self } = useRouter().params
  const { saved, draft, setDraft, edit, submit, save } = useSenior(seniorId, self === '1')
  if (seniorId && saved.loading && !saved.data) return <Screen><StateView kind='loading' /></Screen>
  if (saved.error) return <Screen><StateView kind='error' text={saved.error} onRetry={saved.reload} /></Screen>
  return (
    <Screen>
      {saved.data ? (
        <View className='notice list-row'>
          <Text>{saved.data.updatedByText}</Text>
          {saved.data.family.map((f) => (
            <Text key={f.linkId}>
              家属：{f.name}（{f.relation}）{f.statusText}
            </Text>
          ))}
          {/* staff booking for a walk-in, or family from the record: the same booking page */}
          <ActionButton className='plain-button' label={`为${saved.data.name}预约上门服务`} onClick={() => Taro.navigateTo({ url: `/centers/eldercare/pages/home-services/index?seniorId=${seniorId}` })}>
            预约上门服务（助浴、理发、保洁、陪诊）
          </ActionButton>
        </View>
      ) : null}
      <SeniorBasics d={draft} edit={edit} set={setDraft} submit={submit} />
      <SeniorCare d={draft} edit={edit} submit={submit} />
      <SeniorContacts d={draft} set={setDraft} submit={submit} />
      {!seniorId && self !== '1' ? <TextField label='您是老人的（家属填写）' value={draft.relation} onChange={(v) => edit('relation', v)} maxLength={10} placeholder='如：女儿' /> : null}
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      <ActionButton className='primary-button' disabled={submit.busy} onClick={save}>
        {submit.busy ? '正在保存…' : '保存档案'}
      </ActionButton>
    </Screen>
  )
}
