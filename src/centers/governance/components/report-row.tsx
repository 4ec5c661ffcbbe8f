import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { ReportSummary } from '@/shared/contracts/governance'
import { formatForPeople } from '@/shared/time'

/** One report in a list: kind, what, status (overdue and urgent marked), where and when; opens it. */
export function ReportRow({ r }: { r: ReportSummary }) {
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/governance/pages/report/index?id=${r.id}` })}>
      <Text className='list-row__title'>
        {r.overdue ? '【超时】' : ''}
        {r.urgent ? '【紧急】' : ''}
        {r.category}：{r.description}
      </Text>
      <Text className='status-text'>状态：{r.statusText}</Text>
      <View className='list-row__meta'>
        <Text className='secondary-text'>{r.placeName}</Text>
        <Text className='secondary-text'>
          {formatForPeople(r.createdAt)}
          {r.assignee ? ` · ${r.assignee.name}` : ''}
          {r.followerCount ? ` · ${r.followerCount} 人关注` : ''}
        </Text>
      </View>
    </ActionButton>
  )
}
