import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhoneButton } from '@/components/phone-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { CommunityChoice } from '@/account/components/community-choice'
import { useProfile } from './use-profile'
import './index.scss'

/** 个人资料: name, community, address and phone, validated by the shared contract; nothing typed is lost on failure. */
export default function ProfilePage() {
  const p = useProfile()
  const { draft, fields, change } = p
  if (p.loading) return <Screen><StateView kind='loading' /></Screen>
  if (p.loadError) return <Screen><StateView kind='error' text={p.loadError} onRetry={p.load} /></Screen>

  return (
    <Screen>
      <Text className='secondary-text profile-form__intro'>资料用于预约、申请时核对身份，仅您本人和为您办理业务的工作人员可见。</Text>
      <TextField label='姓名' value={draft.name} onChange={change('name')} error={fields.name} maxLength={20} placeholder='请填写真实姓名' />
      <CommunityChoice value={draft.community} error={fields.community} onChange={change('community')} />
      <TextField label='详细地址' value={draft.address} onChange={change('address')} error={fields.address} maxLength={60} placeholder='如：5号楼2单元301' />
      <TextField label='手机号（选填）' type='tel' value={draft.phone} onChange={change('phone')} error={fields.phone} maxLength={11} placeholder='11 位手机号' />
      <PhoneButton onBound={(phone) => change('phone')(phone)} onError={p.setPhoneProblem} />
      <TextField
        label='出生年份（选填）'
        type='tel'
        value={draft.birthYear}
        onChange={change('birthYear')}
        error={fields.birthYear}
        maxLength={4}
        placeholder='如：1956，报名有年龄要求的活动时需要'
      />
      {p.message ? <Text className='profile-form__message'>{p.message}</Text> : null}
      <ActionButton className='primary-button' disabled={p.busy} onClick={p.save}>
        {p.busy ? '正在保存…' : '保存'}
      </ActionButton>
    </Screen>
  )
}
