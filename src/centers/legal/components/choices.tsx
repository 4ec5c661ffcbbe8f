import './legal.scss'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

interface ChoicesProps<K extends string> {
  label: string
  options: Record<K, string> | readonly K[]
  chosen: K | undefined
  onChoose: (key: K) => void
  error?: string
  /** one option per line (long sentences, the eligibility questions) */
  column?: boolean
}

/** One choice out of a few, as buttons that say whether they are chosen (never colour alone). */
export function Choices<K extends string>({ label, options, chosen, onChoose, error, column }: ChoicesProps<K>) {
  const entries: Array<[K, string]> = Array.isArray(options) ? (options as K[]).map((k) => [k, k]) : (Object.entries(options) as Array<[K, string]>)
  return (
    <View className='legal-choices'>
      <Text className='section-title'>{label}</Text>
      <View className={column ? 'entries' : 'chips'}>
        {entries.map(([key, text]) => (
          <ActionButton
            key={key}
            className={`choice-button ${column ? 'entries__item legal-choices__wide' : 'chips__item'}${chosen === key ? ' choice-button--on' : ''}`}
            pressed={chosen === key}
            onClick={() => onChoose(key)}
          >
            {chosen === key ? `✓ ${text}` : text}
          </ActionButton>
        ))}
      </View>
      {error ? <Text className='error-text'>{error}</Text> : null}
    </View>
  )
}
