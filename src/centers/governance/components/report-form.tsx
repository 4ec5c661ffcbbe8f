import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { REPORT_CATEGORIES } from '@/shared/domain/governance/reports'
import type { ReportDraft } from '../pages/new/draft'

interface Props {
  draft: ReportDraft
  fields: Record<string, string>
  placeText: string
  mapAvailable: boolean
  /** no community and address yet: nothing can be reported until the profile says where the resident lives */
  needsProfile: boolean
  /** the same problem nearby, shown as soon as the category is chosen (before the resident writes it all again) */
  nearby: ReactNode
  onChange: (patch: Partial<ReportDraft>) => void
  onPickOnMap: () => void
  onUseBuilding: () => void
}

const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

/** 随手拍: what kind of problem, what it is, where, and whether it is urgent or public. */
export function ReportForm({ draft, fields, placeText, mapAvailable, needsProfile, nearby, onChange, onPickOnMap, onUseBuilding }: Props) {
  return (
    <>
      <Text className='section-title'>问题类别</Text>
      <View className='chips'>
        {REPORT_CATEGORIES.map((c) => (
          <ActionButton key={c} className={chip(draft.category === c)} pressed={draft.category === c} onClick={() => onChange({ category: c })}>
            {c}
          </ActionButton>
        ))}
      </View>
      {fields.category ? <Text className='error-text'>{fields.category}</Text> : null}
      {nearby}
      <TextField label='问题描述' multiline value={draft.description} onChange={(description) => onChange({ description })} maxLength={500} error={fields.description} placeholder='什么问题、在哪里、持续多久了' />
      <Text className='section-title'>问题位置</Text>
      <View className='card'>
        <Text className='list-row__title'>{placeText}</Text>
        <View className='entries'>
          {needsProfile ? (
            <ActionButton className='primary-button entries__item' onClick={() => void Taro.navigateTo({ url: '/account/pages/profile/index' })}>
              去填写所在社区和地址
            </ActionButton>
          ) : null}
          <ActionButton className='plain-button entries__item' onClick={onPickOnMap}>
            {mapAvailable ? '在地图上选择位置' : '在地图上选择（仅小程序）'}
          </ActionButton>
          {draft.picked ? (
            <ActionButton className='plain-button entries__item' onClick={onUseBuilding}>
              改用我的楼栋
            </ActionButton>
          ) : null}
        </View>
        {fields.location || fields['location.community'] ? <Text className='error-text'>{fields.location || fields['location.community']}</Text> : null}
      </View>
      <View className='chips'>
        <ActionButton className={chip(draft.urgent)} pressed={draft.urgent} onClick={() => onChange({ urgent: !draft.urgent })}>
          紧急（有安全危险）
        </ActionButton>
        <ActionButton className={chip(!draft.public)} pressed={!draft.public} onClick={() => onChange({ public: !draft.public })}>
          不公开（仅处置人员可见）
        </ActionButton>
      </View>
      <Text className='secondary-text'>{draft.public ? '公开：附近居民可看到并关注此问题，不显示您的姓名。' : '不公开：仅您本人、处置人员和指挥中心可见。'}</Text>
    </>
  )
}
