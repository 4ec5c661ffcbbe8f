import { View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

/** One choice among a few, as a row of on/off buttons. */
export function ChoiceChips<T extends string | number | null | undefined>({ options, value, label, onChange }: { options: T[]; value: T; label: (v: T) => string; onChange: (v: T) => void }) {
  return (
    <View className='chips'>
      {options.map((o) => (
        <ActionButton key={String(o)} className={o === value ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={o === value} onClick={() => onChange(o)}>
          {label(o)}
        </ActionButton>
      ))}
    </View>
  )
}
