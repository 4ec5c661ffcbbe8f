import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
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
