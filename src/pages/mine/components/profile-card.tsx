import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { localPersonaName, switchPersona } from '@/services/identity'
import { centerByCode } from '@/shared/domain/centers'
import { describeRole } from '@/shared/domain/roles'
import type { WhoAmI } from '../use-mine'

/** Who the person is (name, community, roles), with 个人资料, 人员与角色管理 for the administrator, and the demo persona switch. */
export function ProfileCard({ me, error }: { me: WhoAmI | null; error: string | null }) {
  if (error) return <View className='mine-profile'><Text className='mine-profile__error'>个人信息加载失败：{error}</Text></View>
  if (!me) return <View className='mine-profile'><Text>正在加载个人信息…</Text></View>
  const persona = localPersonaName()
  return (
    <View className='mine-profile'>
      <Text className='mine-profile__name'>{me.profile?.name ?? persona ?? '居民朋友'}</Text>
      <Text className='secondary-text'>{me.profile ? `${me.profile.community} · ${me.profile.address}` : '尚未完善个人资料'}</Text>
      <Text className='secondary-text'>身份：{me.roles.map((r) => describeRole(r, (c) => centerByCode(c)?.name ?? c)).join('、')}</Text>
      <View className='mine-entries'>
        <ActionButton className='plain-button mine-entries__item' onClick={() => Taro.navigateTo({ url: '/account/pages/profile/index' })}>
          {me.profile ? '修改个人资料' : '完善个人资料'}
        </ActionButton>
        {me.roles.some((r) => r.role === 'admin') ? (
          <ActionButton className='plain-button mine-entries__item' onClick={() => Taro.navigateTo({ url: '/account/pages/roles/index' })}>
            人员与角色管理
          </ActionButton>
        ) : null}
        {persona ? (
          <ActionButton className='plain-button mine-entries__item' onClick={switchPersona}>
            切换身份（本地演示）
          </ActionButton>
        ) : null}
      </View>
    </View>
  )
}
