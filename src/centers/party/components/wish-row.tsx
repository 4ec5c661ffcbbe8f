import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { WishView } from '@/shared/contracts/party-members'

/** One wish in a list: what is wished, for whom in public words, its budget and status; opens the wish. */
export function WishRow({ wish }: { wish: WishView }) {
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/party/pages/wish/index?id=${wish.id}` })}>
      <Text className='list-row__title'>{wish.title}</Text>
      <Text className='secondary-text'>{wish.who}</Text>
      <View className='list-row__meta'>
        <Text className='secondary-text'>{wish.budgetText}</Text>
        <Text className='status-text'>{wish.statusText}</Text>
      </View>
    </ActionButton>
  )
}
