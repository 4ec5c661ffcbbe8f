// In WeChat: the native input, labelled for the screen reader, the error in words under it.
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { TextFieldProps } from './types'
import './index.scss'

export function TextField({ label, value, onChange, error, type = 'text', maxLength, placeholder, multiline }: TextFieldProps) {
  return (
    <View className={error ? 'text-field text-field--error' : 'text-field'}>
      <Text className='text-field__label'>{label}</Text>
      {multiline ? (
        <Textarea
          className='text-field__input text-field__input--multiline'
          value={value}
          maxlength={maxLength ?? 2000}
          placeholder={placeholder}
          aria-label={label}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
      <Input
        className='text-field__input'
        type={type === 'tel' ? 'number' : 'text'}
        value={value}
        maxlength={maxLength ?? 140}
        placeholder={placeholder}
        aria-label={label}
        onInput={(e) => onChange(e.detail.value)}
      />
      )}
      {error ? <Text className='text-field__error'>{error}</Text> : null}
    </View>
  )
}
