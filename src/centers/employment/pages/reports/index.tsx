import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { employment } from '@/shared/contracts/employment'
import { formatForPeople } from '@/shared/time'

/** 我的举报: each posting the person reported, and what the center decided (with its explanation). */
export default function MyReportsPage() {
  const fetchPage = useCallback((page: number) => callCloud(employment, 'myReports', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  return (
    <Screen>
      <PagedListView list={list} empty={{ text: '还没有举报过岗位', hint: '发现岗位收费、歧视或虚假高薪，可在岗位详情页举报' }} keyOf={(r) => r.id}>
        {(r) => (
          <View className='card list-row'>
            <Text className='list-row__title'>
              {r.jobTitle}（{r.employerName}）
            </Text>
            <Text className='status-text'>处理结果：{r.statusText}</Text>
            {r.note ? <Text className='notice'>中心说明：{r.note}</Text> : null}
            <Text className='secondary-text'>举报理由：{r.reason}</Text>
            <View className='list-row__meta'>
              <Text className='secondary-text'>{formatForPeople(r.createdAt)} 举报</Text>
              {r.handledAt ? <Text className='secondary-text'>{formatForPeople(r.handledAt)} 处理</Text> : null}
            </View>
            {r.status !== 'upheld' ? (
              // a posting taken down is no longer shown to anyone but its employer
              <ActionButton className='plain-button spaced' label={`查看岗位：${r.jobTitle}`} onClick={() => Taro.navigateTo({ url: `/centers/employment/pages/job/index?id=${r.jobId}` })}>
                查看岗位
              </ActionButton>
            ) : null}
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
