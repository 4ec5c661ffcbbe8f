import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'

interface SeniorSummary {
  id: string
  name: string
  age: number
  community: string
  building: string
  relation: string
  diet: string[]
}

const go = (page: string, seniorId: string) => Taro.navigateTo({ url: `/centers/eldercare/pages/${page}/index?seniorId=${seniorId}` })

/** One senior the person acts for: the two things families do most, one tap each. */
export function SeniorCard({ senior }: { senior: SeniorSummary }) {
  return (
    <View className='card list-row'>
      <Text className='list-row__title'>
        {senior.name}（{senior.relation}）· {senior.age} 岁
      </Text>
      <Text className='secondary-text'>
        {senior.community} {senior.building}
        {senior.diet.length ? ` · ${senior.diet.join('、')}` : ''}
      </Text>
      <View className='actions'>
        <ActionButton className='primary-button' label={`为${senior.name}订下周午餐`} onClick={() => go('order', senior.id)}>
          订下周午餐
        </ActionButton>
        <ActionButton className='plain-button' label={`${senior.name}已订的餐`} onClick={() => go('orders', senior.id)}>
          已订的餐
        </ActionButton>
        <ActionButton className='plain-button' label={`为${senior.name}预约上门服务`} onClick={() => go('home-services', senior.id)}>
          上门服务
        </ActionButton>
        <ActionButton className='plain-button' label={`${senior.name}的档案`} onClick={() => go('senior', senior.id)}>
          档案
        </ActionButton>
      </View>
    </View>
  )
}
