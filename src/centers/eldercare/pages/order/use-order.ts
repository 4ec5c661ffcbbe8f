import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { eldercare } from '@/shared/contracts/eldercare'
import type { OutputOf } from '@/shared/contracts/define'
import { initialDraft, type OrderDraft, toInput } from './draft'

type Placed = OutputOf<typeof eldercare, 'placeMealOrder'>

/** Menus of the chosen range for the senior (clashes and price shown), and the order itself. */
export function useOrder(seniorId: string) {
  const [draft, setDraft] = useState<OrderDraft>(() => initialDraft(new Date()))
  const [result, setResult] = useState<Placed | null>(null)
  const menus = useLoad(() => callCloud(eldercare, 'listMenus', { from: draft.from, to: draft.repeat ? draft.to : draft.from, seniorId }), [seniorId, draft.from, draft.to, draft.repeat])
  const submit = useSubmit()
  const place = async () => {
    // the delivery notice is asked at the tap that creates the reason for it
    await requestSubscriptions(['mealDelivered'])
    await submit.run(async (requestId) => {
      setResult(await callCloud(eldercare, 'placeMealOrder', toInput(seniorId, draft), { requestId }))
      await menus.reload()
    })
  }
  const change = (next: OrderDraft) => {
    setDraft(next)
    setResult(null)
    submit.forget()
  }
  return { draft, change, menus, submit, place, result }
}
