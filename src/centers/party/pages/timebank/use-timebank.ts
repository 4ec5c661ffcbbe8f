import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { party } from '@/shared/contracts/party'

type Booking = NonNullable<Awaited<ReturnType<typeof loadBank>>>['bookings'][number]
const loadBank = (seniorId: string) => callCloud(party, 'myHours', { seniorId })

/** A senior's time bank: my balance and theirs, their home services to pay with hours, transfers between us. */
export function useTimebank() {
  const seniorId = useRouter().params.seniorId ?? ''
  const bank = useLoad(() => loadBank(seniorId), [seniorId])
  useDidShow(() => {
    if (bank.data) void bank.reload()
  })
  const submit = useSubmit()
  const [hours, setHours] = useState('1')
  const name = bank.data?.senior?.name ?? '老人'

  const pay = async (b: Booking, from: 'mine' | 'senior') => {
    const whose = from === 'mine' ? '我的时长' : `${name}的长辈账户`
    const yes = await confirmAction({ title: `兑换「${b.serviceName}」`, content: `${b.whenText}，将用${whose}支付 ${b.costText}。服务取消后时长退回。`, confirmText: '确认兑换' })
    if (!yes) return
    let text = ''
    const done = await submit.run(async (requestId) => {
      text = (await callCloud(party, 'spendHours', { bookingId: b.bookingId, from }, { requestId })).spentText
    }, `spend:${b.bookingId}:${from}`)
    if (!done.ok) return
    await toastDone(text)
    await bank.reload()
  }

  const move = async (direction: 'toSenior' | 'fromSenior') => {
    const n = Number(hours)
    const content = direction === 'toSenior' ? `从我的时长转 ${n} 小时到${name}的长辈账户` : `从${name}的长辈账户转 ${n} 小时给我`
    if (!(await confirmAction({ title: '转移时长', content, confirmText: '确认转移' }))) return
    let text = ''
    const done = await submit.run(async (requestId) => {
      text = (await callCloud(party, 'transferHours', { seniorId, direction, hours: n }, { requestId })).movedText
    }, `transfer:${direction}:${hours}`)
    if (!done.ok) return
    await toastDone(text)
    await bank.reload()
  }

  const book = () => Taro.navigateTo({ url: `/centers/eldercare/pages/home-services/index?seniorId=${seniorId}` })
  return { bank, submit, hours, setHours: (v: string) => { setHours(v); submit.forget('hours') }, pay, move, book, name }
}
