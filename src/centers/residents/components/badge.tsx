import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Pieces } from './pieces'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'

type Badge = OutputOf<typeof voice, 'myVerification'>

/** The address badge in words: verified (where), waiting, refused (why), or how to get it. */
export function BadgeCard({ badge, busy, needsProfile = false, onAsk }: { badge: Badge | null; busy: boolean; needsProfile?: boolean; onAsk: () => void }) {
  if (!badge) return null
  return (
    <View className='card lines'>
      {badge.verified ? (
        <Text className='status-text'>
          <Pieces separator='' parts={['✓ 地址已认证：', badge.community, badge.building && ` ${badge.building}`, '，可以支持、发表意见、表决和评议']} />
        </Text>
      ) : badge.pending ? (
        <Text className='status-text'>地址认证审核中：社区工作人员核对后，您就可以参与议事</Text>
      ) : (
        <>
          <Text>地址经社区认证后，才能提议题、支持、发表意见、表决和评议。{badge.refusal ? `上次未通过：${badge.refusal}` : ''}</Text>
          <ActionButton className='plain-button' disabled={busy || needsProfile} disabledReason={needsProfile ? '请先完善个人资料：认证核对的是您填写的社区和地址' : undefined} onClick={onAsk}>申请地址认证</ActionButton>
        </>
      )}
    </View>
  )
}
