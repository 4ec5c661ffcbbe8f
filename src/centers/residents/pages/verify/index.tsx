import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { TextField } from '@/components/text-field'
import { voice } from '@/shared/contracts/voice'
import { formatForPeople } from '@/shared/time'
import { useVerify } from './use-verify'

/** 地址认证 (staff): residents who asked for the badge, with the address to check. */
export default function VerifyPage() {
  const h = useVerify()
  const refused = useStaffOnly(h.list.refused, voice, 'listVerifications')
  if (refused) return <NoPermission what='地址认证' who='居民服务中心的工作人员' center='residents' />
  return (
    <Screen>
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <PagedListView list={h.list} empty={{ text: '没有待认证的居民' }} keyOf={(r) => r.id}>
        {(r) => (
          <View className='card lines'>
            <Text className='list-row__title'>{r.name} · {r.community}</Text>
            <Text>住址：{r.address}</Text>
            <Text className='secondary-text'>{formatForPeople(r.askedAt)} 申请</Text>
            <TextField label={`${r.name} 不通过的原因（退回时填写）`} value={h.reasons[r.id] ?? ''} onChange={(v) => h.setReason(r.id, v)} error={h.fieldsOf(r.id).reason} maxLength={100} />
            <View className='entries'>
              <ActionButton className='primary-button entries__item' disabled={h.busy} onClick={() => void h.decide(r.id, true)}>通过认证</ActionButton>
              <ActionButton className='plain-button entries__item' disabled={h.busy} onClick={() => void h.decide(r.id, false)}>退回</ActionButton>
            </View>
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
