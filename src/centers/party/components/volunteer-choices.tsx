import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

interface ChipsProps<K extends string> {
  label: string
  options: Record<K, string> | readonly K[]
  chosen: readonly K[]
  onToggle: (key: K) => void
  error?: string
}

/** Several choices out of a few, as buttons that say whether they are chosen (✓, never colour alone). */
export function VolunteerChips<K extends string>({ label, options, chosen, onToggle, error }: ChipsProps<K>) {
  const entries: Array<[K, string]> = Array.isArray(options) ? (options as K[]).map((k) => [k, k]) : (Object.entries(options) as Array<[K, string]>)
  return (
    <View>
      <Text className='section-title'>{label}</Text>
      <View className='chips'>
        {entries.map(([key, text]) => {
          const on = chosen.includes(key)
          return (
            <ActionButton key={key} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} onClick={() => onToggle(key)}>
              {on ? `✓ ${text}` : text}
            </ActionButton>
          )
        })}
      </View>
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}

export const toggle = <K,>(list: readonly K[], key: K): K[] => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key])
