import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { ListFooter } from '../../../../components/list-footer'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { usePagedList } from '../../../../hooks/use-paged-list'
import { callCloud } from '../../../../services/cloud'
import { formatForPeople } from '../../../../shared/time'

/** 我的报名: every activity signed up to, its status and attendance. */
export default function MySignUpsPage() {
  const fetchPage = useCallback((page: number) => callCloud('activities', 'mySignUps', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  useEffect(() => {
    void list.reload()
  }, [list.reload])
  return (
    <Screen>
      {list.error && !list.items.length ? (
        <StateView kind='error' text={list.error} onRetry={list.reload} />
      ) : !list.loaded ? (
        <StateView kind='loading' />
      ) : list.items.length === 0 ? (
        <StateView kind='empty' text='还没有报名活动' hint='在活动列表中选择感兴趣的活动报名' />
      ) : (
        <View>
          {list.items.map((s) => (
            <ActionButton key={s.activityId} className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/culture/pages/activity/index?id=${s.activityId}` })}>
              <Text className='list-row__title'>{s.title}</Text>
              <Text className='secondary-text'>
                {formatForPeople(s.startAt)} · {s.address}
              </Text>
              <Text className='status-text'>
                {s.statusText}
                {s.checkedIn ? ' · 已签到' : ''}
              </Text>
            </ActionButton>
          ))}
          <ListFooter list={list} />
        </View>
      )}
    </Screen>
  )
}
