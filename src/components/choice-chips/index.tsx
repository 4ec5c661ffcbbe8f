import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

interface ChoiceChipsProps<T extends string> {
  label: string
  options: readonly T[]
  /** shown instead of the value */
  text?: (option: T) => string
  isOn: (option: T) => boolean
  onPick: (option: T) => void
  error?: string
}

/** A labelled row of choices (one or several); the chosen ones say so in words, not colour alone. */
export function ChoiceChips<T extends string>({ label, options, text, isOn, onPick, error }: ChoiceChipsProps<T>) {
  return (
    <View>
      <Text className='section-title'>{label}</Text>
      <View className='chips'>
        {options.map((o) => (
          <ActionButton key={o} className={isOn(o) ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={isOn(o)} onClick={() => onPick(o)}>
            {isOn(o) ? `✓${text ? text(o) : o}` : text ? text(o) : o}
          </ActionButton>
        ))}
      </View>
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}
