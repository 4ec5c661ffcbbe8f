import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { Choices } from '@/centers/legal/components/choices'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { legal } from '@/shared/contracts/legal'
import { formatForPeople } from '@/shared/time'

const TABS = { consultation: '咨询', aid: '法律援助', mediation: '调解' } as const
type Tab = keyof typeof TABS

interface Row {
  id: string
  title: string
  statusText: string
  at: string
  page: string
}

const EMPTY: Record<Tab, string> = { consultation: '还没有咨询过', aid: '还没有申请过法律援助', mediation: '还没有调解案件' }

/** 我的法律事务: one's consultations, applications and mediations, each with its status; titles never carry the matter. */
export default function MyLegalPage() {
  const [tab, setTab] = useState<Tab>('consultation')
  const fetchPage = useCallback(
    async (page: number) => {
      const at = { page, pageSize: 10 }
      if (tab === 'consultation') {
        const p = await callCloud(legal, 'myConsultations', at)
        return { ...p, items: p.items.map((c): Row => ({ id: c.id, title: c.title, statusText: c.statusText, at: c.askedAt, page: `consultation/index?id=${c.id}` })) }
      }
      if (tab === 'aid') {
        const p = await callCloud(legal, 'myAidApplications', at)
        return { ...p, items: p.items.map((a): Row => ({ id: a.id, title: `法律援助申请 ${a.caseNo}`, statusText: a.statusText, at: a.submittedAt, page: `aid/index?id=${a.id}` })) }
      }
      const p = await callCloud(legal, 'myMediations', at)
      return { ...p, items: p.items.map((m): Row => ({ id: m.id, title: `${m.levelText} ${m.caseNo}`, statusText: m.statusText, at: m.updatedAt, page: `mediation/index?id=${m.id}` })) }
    },
    [tab],
  )
  const list = usePagedList(fetchPage)
  return (
    <Screen>
      <Choices label='查看' options={TABS} chosen={tab} onChoose={setTab} />
      <PagedListView list={list} empty={{ text: EMPTY[tab], hint: '可在法律援助服务中心首页办理' }} keyOf={(r) => r.id}>
        {(r) => (
          <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/legal/pages/${r.page}` })}>
            <Text className='list-row__title'>{r.title}</Text>
            <Text className='status-text'>状态：{r.statusText}</Text>
            <Text className='secondary-text'>{formatForPeople(r.at)}</Text>
          </ActionButton>
        )}
      </PagedListView>
    </Screen>
  )
}
