import { useCallback } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { eldercare } from '@/shared/contracts/eldercare'
import type { OutputOf } from '@/shared/contracts/define'

type Order = OutputOf<typeof eldercare, 'myMealOrders'>['items'][number]

/** A senior's meals from today on; cancelling asks first and says what happened. */
export function useOrders(seniorId: string) {
  const fetchPage = useCallback((page: number) => callCloud(eldercare, 'myMealOrders', { seniorId, page, pageSize: 10 }), [seniorId])
  const list = usePagedList(fetchPage)
  const submit = useSubmit()
  const cancel = async (o: Order) => {
    if (!(await confirmAction({ title: '取消这一餐？', content: `${o.title}（${o.seniorName}）`, confirmText: '确定取消' }))) return
    const outcome = await submit.run(() => callCloud(eldercare, 'cancelMealOrder', { orderId: o.id }), `cancel:${o.id}`)
    if (outcome.ok) {
      await toastDone('已取消')
      await list.reload()
    }
  }
  return { list, submit, cancel }
}
