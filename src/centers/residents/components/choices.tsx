import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

interface ChoicesProps<K extends string> {
  label: string
  options: Record<K, string> | readonly K[]
  chosen: K | undefined
  onChoose: (key: K) => void
  error?: string
}

/** One choice out of a few, as buttons that say whether they are chosen (a tick, never colour alone). */
export function Choices<K extends string>({ label, options, chosen, onChoose, error }: ChoicesProps<K>) {
  const entries: Array<[K, string]> = Array.isArray(options) ? (options as K[]).map((k) => [k, k]) : (Object.entries(options) as Array<[K, string]>)
  return (
    <View>
      <Text className='section-title'>{label}</Text>
      <View className='chips'>
        {entries.map(([key, text]) => (
          <ActionButton key={key} className={`choice-button chips__item${chosen === key ? ' choice-button--on' : ''}`} pressed={chosen === key} onClick={() => onChoose(key)}>
            {chosen === key ? `✓ ${text}` : text}
          </ActionButton>
        ))}
      </View>
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}

/** An on/off choice that says its state in words. */
export function Toggle({ on, label, onChange }: { on: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <ActionButton className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} onClick={() => onChange(!on)}>
      {on ? `✓ ${label}` : label}
    </ActionButton>
  )
}
