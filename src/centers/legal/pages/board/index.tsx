import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { Choices } from '@/centers/legal/components/choices'
import { AccessLog } from '@/centers/legal/components/access-log'
import { DutyDay } from '@/centers/legal/components/duty-day'
import { useMe } from '@/centers/legal/components/use-me'
import { WorkdayCorrections } from '@/centers/legal/components/workdays'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { legal } from '@/shared/contracts/legal'
import { formatForPeople } from '@/shared/time'
import '../../components/legal.scss'

type CaseKind = 'consultation' | 'aid' | 'mediation'
type Kind = CaseKind | 'duty' | 'access'
const PAGE: Record<CaseKind, string> = { consultation: 'consultation', aid: 'aid', mediation: 'mediation' }

function CaseList({ kind }: { kind: CaseKind }) {
  const fetchPage = useCallback((page: number) => callCloud(legal, 'listCases', { kind, page, pageSize: 20 }), [kind])
  const list = usePagedList(fetchPage)
  return (
    <PagedListView list={list} empty={{ text: '暂无待办', hint: '新的咨询、申请和调解会出现在这里' }} keyOf={(r) => r.id}>
      {(r) => (
        <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/legal/pages/${PAGE[r.kind]}/index?id=${r.id}` })}>
          <Text className='list-row__title'>{r.flagged ? '⚠ ' : ''}{r.title}</Text>
          <Text className='status-text'>{r.who} · {r.statusText}</Text>
          {r.dueText ? <Text className={r.flagged ? 'legal-flag' : 'secondary-text'}>{r.flagged ? '已超期：' : ''}{r.dueText}</Text> : null}
          {r.kind === 'consultation' && r.flagged ? <Text className='legal-flag'>超过一天未答复</Text> : null}
          <Text className='secondary-text'>{formatForPeople(r.at)}</Text>
        </ActionButton>
      )}
    </PagedListView>
  )
}

/**
 * 工作台: questions waiting for a lawyer (a day and more flagged), applications by deadline (overdue first), mediations,
 * the duty lawyer's appointments of a day (who came, who did not), and for the administrator every staff read of a case.
 */
export default function BoardPage() {
  const { me, staff, lawyer, mediator, admin } = useMe()
  const refused = useStaffOnly(!!me.data && !(staff || lawyer || mediator || admin))
  const tabs: Partial<Record<Kind, string>> = {
    ...(staff || lawyer ? { consultation: '待答复咨询' } : {}),
    ...(staff || lawyer ? { aid: staff ? '法律援助申请' : '我承办的援助案件' } : {}),
    ...(staff || mediator ? { mediation: staff ? '调解案件' : '我的调解案件' } : {}),
    ...(staff || lawyer ? { duty: '律师面谈' } : {}),
    ...(admin ? { access: '查阅记录' } : {}),
  }
  const [chosen, setKind] = useState<Kind | undefined>()
  const kind = chosen ?? (Object.keys(tabs)[0] as Kind | undefined) ?? 'aid'
  if (refused) return <NoPermission what='法律援助工作台' who='法律援助服务中心的工作人员、律师和调解员' center='legal' hint='工作台只供法律援助中心的工作人员、律师和调解员使用。查看自己的咨询、申请和调解，请到法律援助中心首页的「我的法律事务」。' />
  return (
    <Screen>
      <Choices label='查看' options={tabs as Record<Kind, string>} chosen={kind} onChoose={setKind} />
      {kind === 'duty' ? <DutyDay /> : kind === 'access' ? <AccessLog /> : <CaseList key={kind} kind={kind} />}
      {staff && kind === 'aid' ? <WorkdayCorrections /> : null}
    </Screen>
  )
}
