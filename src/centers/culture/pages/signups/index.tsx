import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { activities } from '@/shared/contracts/activities'
import { formatForPeople } from '@/shared/time'

/** 我的报名: every activity signed up to, its status and attendance. */
export default function MySignUpsPage() {
  const fetchPage = useCallback((page: number) => callCloud(activities, 'mySignUps', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  return (
    <Screen>
      <PagedListView list={list} empty={{ text: '还没有报名活动', hint: '在活动列表中选择感兴趣的活动报名' }} keyOf={(s) => s.activityId}>
        {(s) => (
          <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/culture/pages/activity/index?id=${s.activityId}` })}>
              <Text className='list-row__title'>{s.title}</Text>
              <Text className='secondary-text'>
                {formatForPeople(s.startAt)} · {s.address}
              </Text>
              <Text className='status-text'>
                {s.statusText}
                {s.checkedIn ? ' · 已签到' : ''}
              </Text>
            </ActionButton>
        )}
      </PagedListView>
    </Screen>
  )
}
