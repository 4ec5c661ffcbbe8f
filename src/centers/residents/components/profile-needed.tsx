import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { ActionButton } from '@/components/action-button'
import { useLoad } from '@/hooks/use-load'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'

/** Whether the person still has to fill in 个人资料 (name, community, address); read again when they come back. */
export function useNeedsProfile(): boolean {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  // back from 个人资料: the form they typed here is still on this page, now sendable
  useDidShow(() => {
    if (shownBefore.current) void me.reload()
    shownBefore.current = true
  })
  return !!me.data && !me.data.profile
}

/** Said first, before anything is typed: what is missing and the way to it. */
export function ProfileNeeded({ what }: { what: string }) {
  return (
    <View className='card lines'>
      <Text className='status-text'>{what}前请先完善个人资料：中心需要知道您的姓名、所在社区和地址。已填写的内容会保留在这里。</Text>
      <ActionButton className='primary-button' onClick={() => void Taro.navigateTo({ url: '/account/pages/profile/index' })}>
        去完善个人资料
      </ActionButton>
    </View>
  )
}

/** the submit button's reason while the profile is missing */
export const PROFILE_FIRST = '请先完善个人资料'
