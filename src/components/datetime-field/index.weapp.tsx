// In WeChat: the native date and time pickers, read as Shanghai wall-clock time.
import { Picker, Text, View } from '@tarojs/components'
import { fromParts, toParts } from './shanghai'
import type { DateTimeFieldProps } from './types'
import '../text-field/index.scss'

export function DateTimeField({ label, value, onChange, error }: DateTimeFieldProps) {
  const { day, time } = toParts(value)
  return (
    <View className={error ? 'text-field text-field--error' : 'text-field'}>
      <Text className='text-field__label'>{label}</Text>
      <View className='datetime-field'>
        <Picker mode='date' value={day} onChange={(e) => onChange(fromParts(String(e.detail.value), time || '09:00'))}>
          <View className='text-field__input' aria-label={`${label}（日期）`}>{day || '选择日期'}</View>
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => onChange(fromParts(day, String(e.detail.value)))}>
          <View className='text-field__input' aria-label={`${label}（时刻）`}>{time || '选择时刻'}</View>
        </Picker>
      </View>
      {error ? <Text className='text-field__error'>{error}</Text> : null}
    </View>
  )
}
