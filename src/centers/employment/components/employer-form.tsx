import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhotoButton } from '@/components/photo-button'
import { TextField } from '@/components/text-field'
import { COMMUNITIES } from '@/shared/domain/communities'
import type { EmployerPage } from '../pages/employer/use-employer'
import { ChoiceChips } from '@/components/choice-chips'

/** 单位登记: the company, its credit code (checked as typed), the contact, and a photo of the licence. */
export function EmployerForm({ p }: { p: EmployerPage }) {
  const d = p.draft
  return (
    <View className='card'>
      <Text className='card__title'>用人单位登记</Text>
      <Text className='secondary-text'>中心核验营业执照后即可发布岗位；认证有效期 6 个月，到期前可申请复核。</Text>
      <TextField label='单位名称（与营业执照一致）' value={d.name} onChange={(name) => p.change({ name })} maxLength={50} error={p.fields.name} />
      <TextField label='统一社会信用代码（18 位）' value={d.creditCode} onChange={(creditCode) => p.change({ creditCode })} maxLength={22} error={p.fields.creditCode} placeholder='见营业执照左上方' />
      <TextField label='联系人' value={d.contactName} onChange={(contactName) => p.change({ contactName })} maxLength={20} error={p.fields.contactName} />
      <TextField label='联系人手机号' type='tel' value={d.contactPhone} onChange={(contactPhone) => p.change({ contactPhone })} maxLength={11} error={p.fields.contactPhone} />
      <TextField label='单位地址' value={d.address} onChange={(address) => p.change({ address })} maxLength={80} error={p.fields.address} />
      <ChoiceChips label='所在社区' options={COMMUNITIES} isOn={(c) => d.community === c} onPick={(community) => p.change({ community })} error={p.fields.community} />
      {d.licensePreview ? <PhotoButton url={d.licensePreview} urls={[d.licensePreview]} label='营业执照照片' /> : null}
      <ActionButton className='plain-button spaced' onClick={() => void p.addLicense()}>
        {d.licenseFile ? '重新拍摄营业执照' : '拍摄或上传营业执照'}
      </ActionButton>
      {p.fields.licenseFile ? <Text className='error-text'>{p.fields.licenseFile}</Text> : null}
      {p.problem ? <Text className='error-text' aria-live='assertive'>{p.problem}</Text> : null}
      <ActionButton className='primary-button spaced' disabled={p.busy} onClick={p.submit}>
        {p.busy ? '正在提交…' : '提交中心审核'}
      </ActionButton>
    </View>
  )
}
