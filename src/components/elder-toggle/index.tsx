import { Text, View } from '@tarojs/components'
import { ActionButton } from '../action-button'
import { useDisplay } from '../../hooks/use-display'
import './index.scss'

/** The prominent 长辈版 switch: says its state in words, not only by colour. */
export function ElderToggle() {
  const { elder, setElder } = useDisplay()
  return (
    <ActionButton
      className='elder-toggle'
      pressed={elder}
      label={elder ? '长辈版已开启，点按切换为标准版' : '长辈版已关闭，点按开启长辈版：字更大、按钮更大'}
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
