import { Text, View } from '@tarojs/components'
import { ActionButton } from '../action-button'
import { useDisplay } from '@/hooks/use-display'
import './index.scss'

/** The prominent 长辈版 switch: its state is in the visible words and in aria-pressed, not only in colour. */
export function ElderToggle() {
  const { elder, setElder } = useDisplay()
  return (
    <ActionButton
      className='plain-button elder-toggle'
      pressed={elder}
      onClick={() => setElder(!elder)}
    >
      <View className='elder-toggle__text'>
        <Text className='elder-toggle__title'>长辈版</Text>
        <Text className='elder-toggle__hint'>{elder ? '已开启：大字、大按钮' : '字更大、按钮更大，看得清、点得准'}</Text>
      </View>
      <Text className={elder ? 'elder-toggle__state elder-toggle__state--on' : 'elder-toggle__state'}>
        {elder ? '已开启' : '开启'}
      </Text>
    </ActionButton>
  )
}
