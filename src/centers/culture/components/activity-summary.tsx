import { Image, Text, View } from '@tarojs/components'
import { centerByCode } from '@/shared/domain/centers'
import { formatForPeople } from '@/shared/time'
import { audienceOf, type Detail } from '../pages/activity/draft'
import { placesText } from './activity-row'

/** Everything a resident needs to decide: cover, host, time, place, sign-up window, who may come, places left, the description. */
export function ActivitySummary({ a }: { a: Detail }) {
  const audience = audienceOf(a)
  return (
    <>
      {a.coverUrl ? <Image className='activity-cover' src={a.coverUrl} mode='aspectFill' aria-label={`${a.title}封面`} /> : null}
      <View className='card'>
        <Text className='card__title'>
          {a.brand ? `【${a.brand}】` : ''}
          {a.title}
        </Text>
        <View className='lines'>
          <Text className='secondary-text'>
            主办：{a.orgName} · {centerByCode(a.center)?.name}
          </Text>
          <Text>时间：{formatForPeople(a.startAt)} 至 {formatForPeople(a.endAt).split(' ').pop()}</Text>
          <Text>地点：{a.address}</Text>
          <Text>报名：{formatForPeople(a.signupOpensAt)} 至 {formatForPeople(a.signupClosesAt)}</Text>
          {audience.length ? <Text>对象：{audience.join('，')}</Text> : null}
          {a.status === 'published' ? <Text className='status-text'>{placesText(a)}</Text> : <Text className='status-text'>{a.statusText}</Text>}
        </View>
      </View>
      <View className='card'>
        <Text className='card__title'>活动介绍</Text>
        <Text>{a.description}</Text>
      </View>
    </>
  )
}
