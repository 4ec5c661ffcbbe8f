import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud, invalidInput } from '@/services/cloud'
import { requestSubscriptions } from '@/services/subscribe'
import { account } from '@/shared/contracts/account'
import { affairs, type Booking } from '@/shared/contracts/affairs'
import { type BookChoice, dayOf, NO_CHOICE, placeOf, problems, toBookInput } from './draft'

/** 预约办理: the service, the person's profile, the chosen place's slots, the choice and the booking. */
export function useBook() {
  const { params } = useRouter()
  const serviceId = params.serviceId ?? ''
  const service = useLoad(() => callCloud(affairs, 'getService', { serviceId }), [serviceId])
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const shownBefore = useRef(false)
  // back from 个人资料: check again whether the profile is complete
  useDidShow(() => {
    if (shownBefore.current) void me.reload()
    shownBefore.current = true
  })
  const [choice, setChoice] = useState<BookChoice>(NO_CHOICE)
  const placeId = placeOf(choice, service.data?.places ?? [])
  const slots = useLoad(async () => (placeId ? callCloud(affairs, 'listSlots', { placeId }) : null), [placeId])
  const submit = useSubmit()
  const [booked, setBooked] = useState<Booking | null>(null)
  const days = slots.data?.days ?? []
  const day = dayOf(choice, days)

  const confirm = async () => {
    const input = toBookInput(serviceId, placeId, day, choice.time)
    if (!input) return
    await requestSubscriptions(['appointmentReminder', 'appointmentChanged'])
    const outcome = await submit.run(async (requestId) => {
      const fields = problems(input)
      if (Object.keys(fields).length) throw invalidInput(fields)
      setBooked(await callCloud(affairs, 'book', input, { requestId }))
    })
    if (!outcome.ok && outcome.code === 'FULL') {
      // taken by someone else meanwhile: show what is left, keep the place and day
      setChoice((c) => ({ ...c, time: null }))
      void slots.reload()
    }
  }

  return {
    service,
    me,
    slots,
    days,
    day,
    placeId,
    choice,
    booked,
    submit,
    confirm,
    choosePlace: (id: string) => setChoice((c) => ({ ...c, placeId: id, time: null })),
    chooseDay: (dayIndex: number) => setChoice((c) => ({ ...c, dayIndex, time: null })),
    chooseTime: (time: string) => setChoice((c) => ({ ...c, time })),
  }
}
