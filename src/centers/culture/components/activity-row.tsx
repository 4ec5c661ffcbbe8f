import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { activities } from '@/shared/contracts/activities'
import type { OutputOf } from '@/shared/contracts/define'
import { formatForPeople } from '@/shared/time'

export type ActivityRow = OutputOf<typeof activities, 'listActivities'>['items'][number]

/** Places left in words: never only a colour. */
export function placesText(a: Pick<ActivityRow, 'placesLeft' | 'capacity' | 'status'>): string {
  if (a.status !== 'published') return ''
  return a.placesLeft > 0 ? `余 ${a.placesLeft} / ${a.capacity} 个名额` : '名额已满，可候补'
}

/** One activity in a list; opens its detail page. */
export function ActivityRowButton({ activity, showStatus }: { activity: ActivityRow; showStatus?: boolean }) {
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/culture/pages/activity/index?id=${activity.id}` })}>
      <Text className='list-row__title'>
        {activity.brand ? `【${activity.brand}】` : ''}
        {activity.title}
      </Text>
      <Text className='secondary-text'>
        {formatForPeople(activity.startAt)} · {activity.address}
      </Text>
      <View className='list-row__meta'>
        <Text className='secondary-text'>{activity.orgName}</Text>
        <Text className='status-text'>{showStatus ? activity.statusText : placesText(activity)}</Text>
      </View>
    </ActionButton>
  )
}
