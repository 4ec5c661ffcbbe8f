import { View } from '@tarojs/components'
import { useCallback, useEffect } from 'react'
import { ListFooter } from '../../../../components/list-footer'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { usePagedList } from '../../../../hooks/use-paged-list'
import { callCloud } from '../../../../services/cloud'
import { ApplicationRowButton } from '../../components/application-row'

/** 我的申请: every application with its current step, newest change first. */
export default function MyApplicationsPage() {
  const fetchPage = useCallback((page: number) => callCloud('affairs', 'myApplications', { page, pageSize: 10 }), [])
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
        <StateView kind='empty' text='还没有提交过申请' hint='在办事指南中选择事项，可在线提交给社区服务站' />
      ) : (
        <View>
          {list.items.map((a) => (
            <ApplicationRowButton key={a.id} app={a} />
          ))}
          <ListFooter list={list} />
        </View>
      )}
    </Screen>
  )
}
