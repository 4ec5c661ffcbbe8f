import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ChoiceChips } from '@/components/choice-chips'
import { ActionButton } from '@/components/action-button'
import { ExportButton } from '@/components/export-button'
import { PagedListView } from '@/components/paged-list'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { party } from '@/shared/contracts/party'
import type { MemberRow } from '@/shared/contracts/party-members'
import { COMMUNITIES, type Community } from '@/shared/domain/communities'

/** Party staff: registrations to confirm, and who reported where with the hours each served. */
export function MemberBoard() {
  const [view, setView] = useState<'pending' | Community>('pending')
  const fetchPage = useCallback(
    (page: number) => callCloud(party, 'listMembers', view === 'pending' ? { status: 'pending', page, pageSize: 20 } : { reportedCommunity: view, page, pageSize: 20 }),
    [view],
  )
  const list = usePagedList(fetchPage)
  const sending = useSubmit()
  const decide = (m: MemberRow, confirm: boolean) =>
    void sending.run(async (requestId) => {
      if (!confirm && !(await confirmAction({ title: `不予确认${m.name}？`, content: '将告知本人：请核对党支部名称或组织关系后重新登记。', confirmText: '不予确认' }))) return
      await callCloud(party, 'confirmMember', confirm ? { memberId: m.id, decision: 'confirm' } : { memberId: m.id, decision: 'refuse', reason: '请核对所在党支部名称或组织关系所在地后重新登记' }, { requestId })
      await list.reload()
      await toastDone(confirm ? '已确认' : '已退回')
    }, `${m.id}:${confirm}`)
  return (
    <>
      <ChoiceChips label='党员' options={['pending', ...COMMUNITIES] as const} text={(o) => (o === 'pending' ? '待确认' : `${o.replace('黄河西路', '')}报到`)} isOn={(o) => o === view} onPick={setView} />
      <ExportButton
        what={view === 'pending' ? '全部党员名册' : `${view.replace('黄河西路', '')}报到党员名册`}
        exportSheet={() => callCloud(party, 'exportMembers', view === 'pending' ? {} : { reportedCommunity: view })}
      />
      {sending.problem ? <Text className='error-text' aria-live='assertive'>{sending.problem}</Text> : null}
      <PagedListView list={list} empty={{ text: view === 'pending' ? '没有待确认的党员登记' : '还没有党员到该社区报到', hint: '党员在「我的党员档案」登记和报到后显示在这里' }} keyOf={(m) => m.id}>
        {(m) => (
          <View className='list-row'>
            <Text className='list-row__title'>{m.name}</Text>
            <Text className='secondary-text'>{m.branch}{m.floating ? `（流动党员，组织关系在${m.keptAt}）` : ''}</Text>
            <Text className='secondary-text'>{m.maskedPhone ?? ''}{m.workplace ? ` · ${m.workplace}` : ''}</Text>
            <Text className='status-text'>{m.statusText} · 服务 {m.hoursServed} 小时</Text>
            {m.status === 'pending' ? (
              <View className='entries'>
                <ActionButton className='primary-button entries__item' disabled={sending.busy} onClick={() => decide(m, true)}>
                  确认
                </ActionButton>
                <ActionButton className='plain-button entries__item' disabled={sending.busy} onClick={() => decide(m, false)}>
                  不予确认
                </ActionButton>
              </View>
            ) : null}
          </View>
        )}
      </PagedListView>
    </>
  )
}
