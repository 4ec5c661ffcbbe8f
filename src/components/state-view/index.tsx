import { Text, View } from '@tarojs/components'
import { ActionButton } from '../action-button'
import './index.scss'

type StateViewProps =
  | { kind: 'loading'; text?: string }
  | { kind: 'empty'; text: string; hint?: string }
  | { kind: 'error'; text: string; onRetry: () => void }

/** Loading, empty and error states: always a sentence, an error always with a way to try again. */
export function StateView(props: StateViewProps) {
  if (props.kind === 'loading') {
    return (
      <View className='state-view' aria-live='polite' aria-busy>
        <Text>{props.text ?? '正在加载…'}</Text>
      </View>
    )
  }
  if (props.kind === 'empty') {
    return (
      <View className='state-view'>
        <Text className='state-view__title'>{props.text}</Text>
        {props.hint ? <Text className='state-view__hint'>{props.hint}</Text> : null}
      </View>
    )
  }
  return (
    <View className='state-view state-view--error' aria-live='assertive'>
      <Text className='state-view__title'>出错了：{props.text}</Text>
      <ActionButton className='primary-button state-view__retry' onClick={props.onRetry}>
        重新加载
      </ActionButton>
    </View>
  )
}
