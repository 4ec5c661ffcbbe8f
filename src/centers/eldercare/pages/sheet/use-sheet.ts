import { useCallback, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { eldercare } from '@/shared/contracts/eldercare'
import type { OutputOf } from '@/shared/contracts/define'
import type { Meal } from '@/shared/domain/eldercare/meals'
import { atShanghai, shanghaiDay } from '@/shared/time'

type Sheet = OutputOf<typeof eldercare, 'dailySheet'>

/** Today's sheet for one meal: the page of stops, the kitchen's counts, marking and export. */
export function useSheet() {
  const [meal, setMeal] = useState<Meal>('lunch')
  const [day, setDay] = useState(() => shanghaiDay(new Date()))
  const shift = (days: number) => setDay(atShanghai(day).add(days, 'day').format('YYYY-MM-DD'))
  const [head, setHead] = useState<Pick<Sheet, 'menu' | 'counts'> | null>(null)
  const fetchPage = useCallback(
    async (page: number) => {
      const sheet = await callCloud(eldercare, 'dailySheet', { day, meal, page, pageSize: 20 })
      setHead({ menu: sheet.menu, counts: sheet.counts })
      return sheet
    },
    [day, meal],
  )
  const list = usePagedList(fetchPage)
  const submit = useSubmit()
  const mark = async (orderId: string, outcome: 'delivered' | 'notHome') => {
    const done = await submit.run(() => callCloud(eldercare, 'markDelivered', { orderId, outcome }), `${outcome}:${orderId}`)
    if (done.ok) {
      await toastDone(outcome === 'delivered' ? '已标记送达' : '已标记不在家')
      await list.reload()
    }
  }
  const [exportUrl, setExportUrl] = useState<string | null>(null)
  const exportSheet = () => submit.run(async () => setExportUrl((await callCloud(eldercare, 'dailySheet', { day, meal, export: true })).exportUrl), 'export')
  return { day, shift, meal, setMeal, head, list, submit, mark, exportSheet, exportUrl }
}
