import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { PagedListView } from '@/components/paged-list'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { legal } from '@/shared/contracts/legal'
import { formatForPeople } from '@/shared/time'

/**
 * 查阅记录 (the street administrator): every read of a legal case by staff, a lawyer or a mediator, the latest first —
 * who, what, which case (by its number, never the person) and when. Rows open nothing: reviewing the log reads no case.
 */
export function AccessLog() {
  const fetchPage = useCallback((page: number) => callCloud(legal, 'caseAccessLog', { page, pageSize: 20 }), [])
  const list = usePagedList(fetchPage)
  return (
    <PagedListView list={list} empty={{ text: '暂无查阅记录', hint: '工作人员、律师和调解员每次查看案件都会记录在这里' }} keyOf={(e) => `${e.caseId}:${e.at}:${e.staffName}`}>
      {(e) => (
        <View className='list-row'>
          <Text className='list-row__title'>{e.caseLabel}</Text>
          <Text className='status-text'>{e.staffName} · {e.action}</Text>
          <Text className='secondary-text'>{formatForPeople(e.at)}</Text>
        </View>
      )}
    </PagedListView>
  )
}
