import { useCallback } from 'react'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { affairs } from '@/shared/contracts/affairs'
import { ApplicationRowButton } from '@/centers/affairs/components/application-row'

/** 我的申请: every application with its current step, newest change first. */
export default function MyApplicationsPage() {
  const fetchPage = useCallback((page: number) => callCloud(affairs, 'myApplications', { page, pageSize: 10 }), [])
  const list = usePagedList(fetchPage)

  return (
    <Screen>
      <PagedListView list={list} empty={{ text: '还没有提交过申请', hint: '在办事指南中选择事项，可在线提交给社区服务站' }} keyOf={(a) => a.id}>
        {(a) => (
          <ApplicationRowButton app={a} />
        )}
      </PagedListView>
    </Screen>
  )
}
