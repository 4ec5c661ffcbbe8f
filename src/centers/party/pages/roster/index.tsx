import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { party } from '@/shared/contracts/party'
import type { RosterRow } from '@/shared/contracts/party-members'

/** 岗位认领名单: who claimed the post (names, phones masked); staff record each one's service once. */
export default function RosterPage() {
  const { params } = useRouter()
  const postId = params.id ?? ''
  const fetchPage = useCallback((page: number) => callCloud(party, 'postRoster', { postId, page, pageSize: 20 }), [postId])
  const list = usePagedList(fetchPage)
  const refused = useStaffOnly(list.refused, party, 'postRoster')
  const sending = useSubmit()
  const record = (r: RosterRow) =>
    void sending.run(async (requestId) => {
      if (!(await confirmAction({ title: `记录${r.name}的服务？`, content: '按岗位的每次服务时长记入其党员档案和志愿服务时长，记录后不能撤销。', confirmText: '确定记录' }))) return
      await callCloud(party, 'recordService', { signupId: r.id }, { requestId })
      await list.reload()
      await toastDone('已记录')
    }, `record:${r.id}`)
  if (refused) return <NoPermission what='岗位认领名单' who='社区和党建指导中心的工作人员' center='party' />
  return (
    <Screen>
      {sending.problem ? <Text className='error-text' aria-live='assertive'>{sending.problem}</Text> : null}
      <PagedListView list={list} empty={{ text: '还没有党员认领该岗位', hint: '党员在「双报到服务岗位」认领后会显示在这里' }} keyOf={(r) => r.id}>
        {(r) => (
          <View className='list-row'>
            <Text className='list-row__title'>{r.name}</Text>
            <Text className='secondary-text'>{r.maskedPhone ?? '未留电话'}</Text>
            <Text className='status-text'>{r.statusText}{r.hours ? ` ${r.hours} 小时` : ''}</Text>
            {r.status === 'signedUp' ? (
              <ActionButton className='primary-button spaced' disabled={sending.busy} onClick={() => record(r)}>
                记录服务
              </ActionButton>
            ) : null}
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
