import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { CloudCallError, callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import type { OutputOf } from '@/shared/contracts/define'
import { eldercare } from '@/shared/contracts/eldercare'

export type HomeBooking = OutputOf<typeof eldercare, 'homeServiceBookings'>['items'][number]

/** 上门服务 for one senior: the services, the chosen service's days and slots, the senior's bookings, book and cancel. */
export function useHomeServices(seniorId: string) {
  const fetchServices = useCallback((page: number) => callCloud(eldercare, 'listHomeServices', { page, pageSize: 10 }), [])
  const services = usePagedList(fetchServices)
  const [serviceId, setServiceId] = useState<string | undefined>()
  const slots = useLoad(() => (serviceId ? callCloud(eldercare, 'listHomeServices', { serviceId }) : Promise.resolve(null)), [serviceId ?? null])
  // the senior's list also says whom we book for, or that the caller is not linked to them
  const [seniorName, setSeniorName] = useState<string | null>(null)
  const [refused, setRefused] = useState(false)
  const fetchBookings = useCallback(async (page: number) => {
    if (!seniorId) return { items: [], page, pageSize: 5, hasMore: false, seniorName: null }
    try {
      const result = await callCloud(eldercare, 'homeServiceBookings', { seniorId, page, pageSize: 5 })
      setSeniorName(result.seniorName)
      return result
    } catch (e) {
      if (e instanceof CloudCallError && e.code === 'FORBIDDEN') setRefused(true)
      throw e
    }
  }, [seniorId])
  const bookings = usePagedList(fetchBookings)
  const [day, setDay] = useState<string | undefined>()
  const [time, setTime] = useState<string | undefined>()
  const submit = useSubmit()
  const days = slots.data?.days?.filter((d) => d.slots.length) ?? []
  const chosenDay = days.find((d) => d.day === day) ?? days[0]
  const service = slots.data?.items[0]
  return {
    seniorName,
    refused,
    services,
    slots,
    service: serviceId ? service : undefined,
    bookings,
    days,
    chosenDay,
    time,
    submit,
    chooseService: (id: string) => {
      setServiceId(id)
      setDay(undefined)
      setTime(undefined)
      submit.forget()
    },
    chooseDay: (d: string) => {
      setDay(d)
      setTime(undefined)
      submit.forget()
    },
    chooseTime: (t: string) => {
      setTime(t)
      submit.forget()
    },
    book: async () => {
      if (!serviceId || !chosenDay || !time) return
      // each step of the booking is told to the family: asked at the tap that creates the reason for it
      await requestSubscriptions(['homeServiceProgress'])
      const outcome = await submit.run(async (requestId) => {
        await callCloud(eldercare, 'bookHomeService', { seniorId, serviceId, day: chosenDay.day, time }, { requestId })
      }, `book:${serviceId}:${chosenDay.day}:${time}`)
      if (outcome.ok) {
        setTime(undefined)
        await toastDone('已预约，等待中心确认')
        await Promise.all([slots.reload(), bookings.reload()])
      }
    },
    cancel: async (b: HomeBooking) => {
      if (!(await confirmAction({ title: '取消这次上门服务？', content: `${b.serviceName} · ${b.whenText}（${b.seniorName}）`, confirmText: '确定取消' }))) return
      const outcome = await submit.run(() => callCloud(eldercare, 'cancelHomeService', { bookingId: b.id }), `cancel:${b.id}`)
      if (outcome.ok) {
        await toastDone('已取消')
        await Promise.all([slots.reload(), bookings.reload()])
      }
    },
  }
}
