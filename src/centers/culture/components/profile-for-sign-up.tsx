import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'

/** Before a first sign-up: the roster and check-in need the person's name, community and address. */
export function ProfileForSignUp() {
  return (
    <View className='card'>
      <Text className='card__title'>报名前请先完善个人资料</Text>
      <Text className='secondary-text' style={{ display: 'block' }}>
        主办方签到和名单需要您的姓名、所在社区和地址，填好后回到这里即可报名。
      </Text>
      <ActionButton
        className='primary-button spaced'
        onClick={() => {
          void Taro.navigateTo({ url: '/account/pages/profile/index' })
        }}
      >
        去完善个人资料
      </ActionButton>
    </View>
  )
}
