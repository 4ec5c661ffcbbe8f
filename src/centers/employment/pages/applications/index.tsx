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

/** 我的求职: every application with its step; an interview shows its time and place. */
export default function MyJobApplicationsPage() {
  const fetchPage = useCallback((page: number) => callCloud(employment, 'myApplications', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)
  return (
    <Screen>
      <PagedListView list={list} empty={{ text: '还没有投递过岗位', hint: '在「全部岗位」或「为我推荐」中找到岗位后投递' }} keyOf={(a) => a.id}>
        {(a) => (
          <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/employment/pages/job/index?id=${a.jobId}` })}>
            <Text className='list-row__title'>{a.jobTitle}</Text>
            <Text className='status-text'>进度：{a.statusText}</Text>
            {a.status === 'interview' && a.interviewAt ? (
              <Text className='notice'>
                面试：{formatForPeople(a.interviewAt)}，{a.interviewPlace}
              </Text>
            ) : null}
            {a.note ? <Text className='secondary-text'>单位说明：{a.note}</Text> : null}
            <View className='list-row__meta'>
              <Text className='secondary-text'>{a.employerName}</Text>
              <Text className='secondary-text'>{formatForPeople(a.appliedAt, false)} 投递</Text>
            </View>
          </ActionButton>
        )}
      </PagedListView>
    </Screen>
  )
}
