import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { MyItem } from '@/shared/contracts/account'
import { centerByCode } from '@/shared/domain/centers'
import { formatForPeople } from '@/shared/time'

/** One thing in flight: what, which center, its status in words and when it is next; opens it in its center. */
export function ItemRow({ item }: { item: MyItem }) {
  return (
    <ActionButton className='plain-button mine-item' onClick={() => Taro.navigateTo({ url: item.link })}>
      <Text className='mine-item__title'>{item.title}</Text>
      <Text className='secondary-text'>{centerByCode(item.center)?.name ?? ''}</Text>
      <View className='mine-item__meta'>
        <Text className='mine-item__status'>状态：{item.statusText}</Text>
        {item.nextAt ? <Text className='secondary-text'>{formatForPeople(item.nextAt)}</Text> : null}
      </View>
    </ActionButton>
  )
}
