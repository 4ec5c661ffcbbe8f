import { View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

/** A row of on/off choices (meal, weekdays, delivery): the state is said in words, never colour alone. */
export function ChoiceRow<T extends string | number>({ options, chosen, onPick, label }: { options: ReadonlyArray<[T, string]>; chosen: readonly T[]; onPick: (v: T) => void; label: string }) {
  return (
    <View className='chips' aria-label={label}>
      {options.map(([value, text]) => (
        <ActionButton key={String(value)} className={chosen.includes(value) ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={chosen.includes(value)} onClick={() => onPick(value)}>
          {chosen.includes(value) ? `✓ ${text}` : text}
        </ActionButton>
      ))}
    </View>
  )
}
