import { Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../../components/action-button'
import { PhoneButton } from '../../../components/phone-button'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { TextField } from '../../../components/text-field'
import { useSubmit } from '../../../hooks/use-submit'
import { callCloud, errorMessage } from '../../../services/cloud'
import { account } from '../../../shared/contracts/account'
import { COMMUNITIES } from '../../../shared/domain/communities'
import './index.scss'

interface Draft {
  name: string
  community: string
  address: string
  phone: string
  birthYear: string
}

const EMPTY: Draft = { name: '', community: '', address: '', phone: '', birthYear: '' }

/** 个人资料: name, community, address and phone, validated by the shared contract; nothing typed is lost on failure. */
export default function ProfilePage() {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [loading, setLoading] = useState(true)
  const [loadError, setLoadError] = useState<string | null>(null)
  const submit = useSubmit()
  const fields = submit.fields
  const [phoneProblem, setPhoneProblem] = useState<string | null>(null)

  const load = () => {
    setLoading(true)
    setLoadError(null)
    callCloud(account, 'whoami', {})
      .then((me) => {
        if (me.profile) {
          const { name, community, address, phone, birthYear } = me.profile
          setDraft({ name, community, address, phone: phone ?? '', birthYear: birthYear ? String(birthYear) : '' })
        }
      })
      .catch((e) => setLoadError(errorMessage(e)))
      .finally(() => setLoading(false))
  }
  useLoad(load)

  const change = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    submit.forget(key)
  }

  const save = async () => {
    const { ok } = await submit.run((requestId) =>
      callCloud(
        account,
        'updateProfile',
        {
          name: draft.name,
          community: draft.community as (typeof COMMUNITIES)[number],
          address: draft.address,
          phone: draft.phone.trim() || undefined,
          birthYear: draft.birthYear.trim() ? Number(draft.birthYear.trim()) : undefined,
        },
        { requestId },
      ),
    )
    if (!ok) return
    await Taro.showToast({ title: '已保存', icon: 'success' })
    await Taro.navigateBack()
  }
  const message = phoneProblem ?? (submit.problem ? (submit.code === 'INVALID_INPUT' ? '请按提示修改后再保存' : `保存失败：${submit.problem}`) : null)

  if (loading) return <Screen><StateView kind='loading' /></Screen>
  if (loadError) return <Screen><StateView kind='error' text={loadError} onRetry={load} /></Screen>

  return (
    <Screen>
      <Text className='secondary-text profile-form__intro'>资料用于预约、申请时核对身份，仅您本人和为您办理业务的工作人员可见。</Text>
      <TextField label='姓名' value={draft.name} onChange={change('name')} error={fields.name} maxLength={20} placeholder='请填写真实姓名' />
      <View className='profile-form__group'>
        <Text className='profile-form__group-label'>所在社区</Text>
        <View className='profile-form__choices'>
          {COMMUNITIES.map((c) => (
            <ActionButton
              key={c}
              className={draft.community === c ? 'choice-button choice-button--on profile-form__choice' : 'choice-button profile-form__choice'}
              pressed={draft.community === c}
              onClick={() => change('community')(c)}
            >
              {c.replace('黄河西路', '')}
            </ActionButton>
          ))}
        </View>
        {fields.community ? <Text className='profile-form__group-error'>{fields.community}</Text> : null}
      </View>
      <TextField label='详细地址' value={draft.address} onChange={change('address')} error={fields.address} maxLength={60} placeholder='如：5号楼2单元301' />
      <TextField label='手机号（选填）' type='tel' value={draft.phone} onChange={change('phone')} error={fields.phone} maxLength={11} placeholder='11 位手机号' />
      <PhoneButton onBound={(phone) => change('phone')(phone)} onError={setPhoneProblem} />
      <TextField
        label='出生年份（选填）'
        type='tel'
        value={draft.birthYear}
        onChange={change('birthYear')}
        error={fields.birthYear}
        maxLength={4}
        placeholder='如：1956，报名有年龄要求的活动时需要'
      />
      {message ? <Text className='profile-form__message'>{message}</Text> : null}
      <ActionButton className='primary-button' disabled={submit.busy} onClick={save}>
        {submit.busy ? '正在保存…' : '保存'}
      </ActionButton>
    </Screen>
  )
}
