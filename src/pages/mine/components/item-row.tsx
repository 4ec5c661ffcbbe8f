import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { MyItem } from '@/shared/contracts/account'

/**
 * One thing in flight as one clear row: what, when, where, and its status in words. The when stays after a
 * cancellation (which appointment was it?); the place is its own line, never inside the status; no center name
 * (the title says what it is). Opens the item in its center.
 */
export function ItemRow({ item }: { item: MyItem }) {
  return (
    <ActionButton className='plain-button mine-item' onClick={() => Taro.navigateTo({ url: item.link })}>
      <Text className='mine-item__title'>{item.title}</Text>
      <View className='mine-item__lines'>
        {item.whenText ? <Text className='mine-item__line'>时间：{item.whenText}</Text> : null}
        {item.place ? <Text className='mine-item__line'>地点：{item.place}</Text> : null}
        <Text className='mine-item__line mine-item__status'>状态：{item.statusText}</Text>
      </View>
    </ActionButton>
  )
}
