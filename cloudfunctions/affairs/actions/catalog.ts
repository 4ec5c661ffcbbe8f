import type { affairs } from '@/shared/contracts/affairs'
import { acceptsAt } from '@/shared/domain/affairs/bookings'
import { horizonDays, slotsForDay } from '@/shared/domain/booking/slots'
import { AppError } from '../../_kernel/errors'
import type { Actions } from '../../_kernel/handler'
import { fetchPage, iso } from '../../_kernel/paging'
import { shanghaiDay } from '@/shared/time'
import * as repo from '../repo'
import { placeSummary, serviceSummary } from './views'

type A = Actions<typeof affairs>

export const listServices: A['listServices'] = (input) => fetchPage(repo.serviceQuery(input), input, serviceSummary)

export const getService: A['getService'] = async ({ serviceId }) => {
  const [service, places] = await Promise.all([repo.getService(serviceId), repo.listPlaces()])
  if (!service) throw new AppError('NOT_FOUND', '没有找到该办事事项')
  return { ...serviceSummary(service), who: service.who, materials: service.materials, places: places.filter((p) => acceptsAt(p, service)).map(placeSummary) }
}

export const listPlaces: A['listPlaces'] = async (_input, ctx) => ({
  today: shanghaiDay(ctx.now),
  places: (await repo.listPlaces()).map((p) => ({ ...placeSummary(p), rule: p.rule })),
})

/** The bookable days of a place: 3 requests however many days (caller, place, the days' counters). */
export const listSlots: A['listSlots'] = async ({ placeId }, ctx) => {
  const place = await repo.getPlace(placeId)
  if (!place) throw new AppError('NOT_FOUND', '没有找到该办理地点')
  const dayList = horizonDays(ctx.now, place.policy)
  const counts = await repo.dayCounts(placeId, dayList)
  return {
    place: placeSummary(place),
    slotMinutes: place.rule.slotMinutes,
    days: dayList.map((day) => {
      const wholeDay = place.closures.find((c) => c.day === day && !c.start)
      return {
        day,
        closedReason: wholeDay?.reason ?? null,
        slots: slotsForDay(day, place.rule, place.closures, counts.get(day) ?? {}, place.policy, ctx.now).map((s) => ({
          time: s.time,
          start: iso(s.start),
          state: s.state,
          available: Math.max(s.capacity - s.booked, 0),
        })),
      }
    }),
  }
}
