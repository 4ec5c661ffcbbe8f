import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/shared/contracts/define'
import type { legal } from '@/shared/contracts/legal'
import { MATTERS, STAGES, WHO } from '@/shared/domain/legal/eligibility'

type Aid = OutputOf<typeof legal, 'getAidApplication'>

/** The application as filed: the ID number as this viewer may see it (masked unless they handle the case). */
export function AidSummaryCard({ app }: { app: Aid }) {
  return (
    <View className='card'>
      <Text className='card__title'>{app.caseNo}</Text>
      <Text className='status-text'>状态：{app.statusText}</Text>
      {app.hearBackText ? <Text className='highlight'>{app.hearBackText}</Text> : null}
      {app.lawyerName ? <Text>指派律师：{app.lawyerName}</Text> : null}
      <Text>申请人：{app.applicantName}　身份证号：{app.idNumber}</Text>
      <Text>电话：{app.phone}</Text>
      <Text>{WHO[app.who]} · {MATTERS[app.matter]} · {STAGES[app.stage]}</Text>
      <Text className='secondary-text'>案情：{app.summary}</Text>
      <Text className='secondary-text'>对方：{app.opposingName}</Text>
      {app.refusalReason ? <Text>不予援助理由：{app.refusalReason}</Text> : null}
      {app.missing.length ? <Text className='error-text'>需补充：{app.missing.join('、')}</Text> : null}
    </View>
  )
}
