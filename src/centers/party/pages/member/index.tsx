import { Text } from '@tarojs/components'
import { MemberRecordView, RegisterForm } from '@/centers/party/components/member-record'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { useMember } from './use-member'

/** 我的党员档案: register (again after a refusal), then the record: 双报到, service, study days, wishes. */
export default function MemberPage() {
  const m = useMember()
  if (m.loaded.error) return <Screen><StateView kind='error' text={m.loaded.error} onRetry={m.loaded.reload} /></Screen>
  if (!m.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const r = m.loaded.data.record
  return (
    <Screen>
      {r?.status === 'refused' ? <Text className='notice'>上次登记未通过：{r.refusedReason}。请修改后重新提交。</Text> : null}
      {!r || r.status === 'refused' ? <RegisterForm m={m} /> : <MemberRecordView r={r} m={m} />}
    </Screen>
  )
}
