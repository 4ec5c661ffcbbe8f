import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { openSpreadsheet } from '@/services/document'
import { requestSubscriptions } from '@/services/subscribe'
import type { OutputOf } from '@/shared/contracts/define'
import { eldercare } from '@/shared/contracts/eldercare'
import { providersOn } from '@/shared/domain/eldercare/home-services'
import { atShanghai, dayLabel, shanghaiDay } from '@/shared/time'

type Booking = OutputOf<typeof eldercare, 'homeServiceBookings'>['items'][number]
type Move = 'confirmed' | 'done' | 'notHome' | 'cancelled'

const ASK: Partial<Record<Move, { title: string; confirmText: string }>> = {
  notHome: { title: '标记为上门未遇？', confirmText: '上门未遇' },
  cancelled: { title: '取消这次上门服务？', confirmText: '确定取消' },
}
const DONE_TEXT: Record<Move, string> = { confirmed: '已派单', done: '已完成', notHome: '已标记上门未遇', cancelled: '已取消，已通知家属' }

/** 上门服务单 (staff): a day's bookings in time order; send a provider on duty, complete, 上门未遇, cancel. */
export function useHomeBoard() {
  // a notice of a new booking opens the board on the booking's day
  const asked = useRouter().params.day
  const [day, setDay] = useState(() => (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : shanghaiDay(new Date())))
  const shift = (days: number) => setDay(atShanghai(day).add(days, 'day').format('YYYY-MM-DD'))
  const services = useLoad(() => callCloud(eldercare, 'listHomeServices', { pageSize: 50 }), [])
  // anyone but staff is refused (list.refused): the page says 没有权限 instead of an error
  const fetchPage = useCallback((page: number) => callCloud(eldercare, 'homeServiceBookings', { day, page, pageSize: 10 }), [day])
  const list = usePagedList(fetchPage)
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const submit = useSubmit()
  const { date, weekday } = dayLabel(day)
  const exporting = useSubmit()
  const [exported, setExported] = useState<{ said: string; url: string } | null>(null)
  /** 导出 Excel: the day's board as xlsx, opened (WeChat's viewer forwards it to a PC; the browser downloads it) */
  const exportBoard = () =>
    exporting.run(async () => {
      setExported(null)
      const { url, rows } = await callCloud(eldercare, 'exportHomeServiceBoard', { day })
      const opened = await openSpreadsheet(url).catch(() => null)
      setExported({ url, said: `已导出 ${rows} 条预约。${opened ?? '表格没能直接打开，请长按下方链接复制到电脑浏览器下载（1 小时内有效）'}` })
    }, `export:${day}`)
  const [alertsOn, setAlertsOn] = useState(false)
  /** 接收新预约提醒: WeChat lets a message be sent only after a tap asked for it */
  const askForAlerts = () => void requestSubscriptions(['homeServiceProgress']).then(() => setAlertsOn(true))
  /** the providers of a booking's service who work that day */
  const providersFor = (b: Booking) => {
    const service = services.data?.items.find((s) => s.id === b.serviceId)
    if (!service) return []
    return providersOn(service.providers, b.day)
  }
  const move = async (b: Booking, status: Move) => {
    const ask = ASK[status]
    if (ask && !(await confirmAction({ title: ask.title, content: `${b.serviceName} · ${b.seniorName} · ${b.whenText}`, confirmText: ask.confirmText }))) return
    const providerId = status === 'confirmed' ? (chosen[b.id] ?? b.providerId ?? undefined) : undefined
    const outcome = await submit.run(() => callCloud(eldercare, 'updateHomeServiceBooking', { bookingId: b.id, status, providerId }), `${status}:${b.id}:${providerId ?? ''}`)
    if (outcome.ok) {
      await toastDone(DONE_TEXT[status])
      await list.reload()
    }
  }
  return {
    day,
    dayText: `${date} ${weekday}`,
    shift,
    services,
    list,
    submit,
    chosen,
    choose: (bookingId: string, providerId: string) => {
      setChosen((c) => ({ ...c, [bookingId]: providerId }))
      submit.forget('providerId')
    },
    providersFor,
    move,
    exporting,
    exported,
    exportBoard,
    alertsOn,
    askForAlerts,
  }
}

