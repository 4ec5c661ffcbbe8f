import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { EmployerView } from '@/shared/contracts/employment'
import { formatForPeople } from '@/shared/time'

/** The registration's standing in words; the way to resubmit or renew when that is what is needed. */
export function EmployerStatus({ e, onEdit }: { e: EmployerView; onEdit: () => void }) {
  const mayResubmit = e.standing !== 'verified' && e.standing !== 'pending'
  return (
    <View className='card'>
      <Text className='card__title'>
        {e.name}
        {e.verified ? ' ✓已认证' : ''}
      </Text>
      <Text className='status-text'>认证状态：{e.standingText}</Text>
      {e.verifiedUntil ? <Text className='secondary-text'>认证有效期至 {formatForPeople(e.verifiedUntil, false)}</Text> : null}
      {e.refusedReason && e.standing === 'refused' ? <Text className='notice'>未通过原因：{e.refusedReason}</Text> : null}
      <Text className='secondary-text'>统一社会信用代码 {e.creditCode}</Text>
      {mayResubmit ? (
        <ActionButton className='primary-button spaced' onClick={onEdit}>
          {e.standing === 'refused' ? '修改后重新提交' : '申请复核认证'}
        </ActionButton>
      ) : null}
    </View>
  )
}
