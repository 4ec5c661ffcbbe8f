import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ChoiceChips } from '@/components/choice-chips'
import { useViewer } from '@/centers/party/components/use-viewer'
import { WishRow } from '@/centers/party/components/wish-row'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { party } from '@/shared/contracts/party'

type Scope = 'open' | 'claimed' | 'posted' | 'manage'
const SCOPES: Record<Scope, string> = { open: '待认领', claimed: '我认领的', posted: '我的心愿', manage: '社区管理' }
const EMPTY: Record<Scope, { text: string; hint: string }> = {
  open: { text: '暂时没有待认领的心愿', hint: '社区审核后的心愿会显示在这里' },
  claimed: { text: '您还没有认领心愿', hint: '在「待认领」中选一个心愿认领，7 天内送到社区党群服务站' },
  posted: { text: '您还没有提交心愿', hint: '有困难可以提交一个小心愿，社区审核后公布' },
  manage: { text: '没有待处理的心愿', hint: '居民提交的心愿和已送达待确认的心愿会显示在这里' },
}

/** 微心愿: the pool, the caller's claims and own wishes, and the community's queue for staff. */
export default function WishesPage() {
  const v = useViewer()
  const [scope, setScope] = useState<Scope>('open')
  const fetchPage = useCallback((page: number) => callCloud(party, 'listWishes', { scope, page, pageSize: 10 }), [scope])
  const list = usePagedList(fetchPage)
  const scopes = (Object.keys(SCOPES) as Scope[]).filter((s) => s !== 'manage' || v.manages)
  return (
    <Screen>
      <ChoiceChips label='查看' options={scopes} text={(s) => SCOPES[s]} isOn={(s) => s === scope} onPick={setScope} />
      <ActionButton className='plain-button spaced' onClick={() => Taro.navigateTo({ url: '/centers/party/pages/wish-editor/index' })}>
        {v.manages ? '发布微心愿' : '提交我的心愿'}
      </ActionButton>
      <PagedListView list={list} empty={EMPTY[scope]} keyOf={(w) => w.id}>
        {(w) => <WishRow wish={w} />}
      </PagedListView>
    </Screen>
  )
}
