import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { type HoursDraft, toggleDay, WEEKDAY_CHOICES } from '../pages/hours/draft'
import { Choices } from './choices'

interface Props {
  draft: HoursDraft
  fields: Record<string, string>
  busy: boolean
  onChange: (patch: Partial<HoursDraft>) => void
  onPublish: () => void
}

const chip = (on: boolean) => `choice-button chips__item${on ? ' choice-button--on' : ''}`

/** A cadre's reception hours: name, place, weekdays, from–to, minutes per resident. */
export function HoursForm({ draft, fields, busy, onChange, onPublish }: Props) {
  return (
    <View className='card lines'>
      <Text className='card__title'>{draft.receptionId ? '修改接待时间' : '发布接待时间'}</Text>
      <TextField label='接待名称' value={draft.title} onChange={(title) => onChange({ title })} error={fields.title} maxLength={30} />
      <TextField label='接待地点' value={draft.address} onChange={(address) => onChange({ address })} error={fields.address} maxLength={60} placeholder='例如：社区党群服务中心 一楼接待室' />
      <Text className='section-title'>每周哪几天</Text>
      <View className='chips'>
        {Object.entries(WEEKDAY_CHOICES).map(([day, label]) => {
          const on = draft.weekdays.includes(Number(day))
          return (
            <ActionButton key={day} className={chip(on)} pressed={on} onClick={() => onChange({ weekdays: toggleDay(draft, Number(day)) })}>
              {on ? `✓ ${label}` : label}
            </ActionButton>
          )
        })}
      </View>
      {fields.weekdays ? <Text className='error-text'>{fields.weekdays}</Text> : null}
      <TextField label='开始时间（如 09:00）' value={draft.start} onChange={(start) => onChange({ start })} error={fields.start} maxLength={5} />
      <TextField label='结束时间（如 11:30）' value={draft.end} onChange={(end) => onChange({ end })} error={fields.end} maxLength={5} />
      <Choices label='每位居民' options={{ '15': '15 分钟', '20': '20 分钟', '30': '30 分钟', '60': '60 分钟' }} chosen={String(draft.slotMinutes) as '15' | '20' | '30' | '60'} onChoose={(m) => onChange({ slotMinutes: Number(m) as HoursDraft['slotMinutes'] })} />
      <ActionButton className='primary-button' disabled={busy} onClick={onPublish}>
        {draft.receptionId ? '保存接待时间' : '发布接待时间'}
      </ActionButton>
    </View>
  )
}
