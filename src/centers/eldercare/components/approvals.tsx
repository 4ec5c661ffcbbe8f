import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

interface Link {
  linkId: string
  seniorName: string
  familyName: string
  relation: string
  statusText: string
}

/** Requests to link that the senior (or staff) decide. */
export function Approvals({ links, busy, decide }: { links: Link[]; busy: boolean; decide: (id: string, d: 'approve' | 'refuse', who: string) => void }) {
  if (!links.length) return null
  return (
    <View className='card list-row'>
      <Text className='section-title'>待确认的家属关联</Text>
      {links.map((l) => (
        <View key={l.linkId} className='list-row'>
          <Text>
            {l.familyName}（{l.relation}）申请关联 {l.seniorName}
          </Text>
          <View className='actions'>
            <ActionButton className='primary-button' label={`同意${l.familyName}关联`} disabled={busy} onClick={() => decide(l.linkId, 'approve', l.familyName)}>
              同意
            </ActionButton>
            <ActionButton className='plain-button' label={`不同意${l.familyName}关联`} disabled={busy} onClick={() => decide(l.linkId, 'refuse', l.familyName)}>
              不同意
            </ActionButton>
          </View>
        </View>
      ))}
    </View>
  )
}
