/** Stored documents → what the contract lets callers see, and the 我的 entries that mirror them. */
import type * as z from 'zod'
import type { ApplicationDetail, ApplicationSummary, BoardEntry, Booking, PlaceSummary, ServiceSummary } from '@/shared/contracts/affairs'
import { APPLICATION_STATUS_TEXT } from '@/shared/domain/affairs/applications'
import { BOOKING_STATUS_TEXT } from '@/shared/domain/affairs/bookings'
import { maskPhone } from '@/shared/domain/people'
import { daysBetween, formatForPeople } from '@/shared/time'
import { putMyItem } from '../../_kernel/mine'
import { iso } from '../../_kernel/paging'
import type { ApplicationDoc, BookingDoc, PlaceDoc, ServiceDoc } from '../repo'

export const serviceSummary = (s: ServiceDoc): z.input<typeof ServiceSummary> => ({
  id: s._id,
  name: s.name,
  category: s.category as z.input<typeof ServiceSummary>['category'],
  handledAt: s.handledAt,
  delegable: s.delegable,
  promisedDays: s.promisedDays,
  fee: s.fee,
})

export const placeSummary = (p: PlaceDoc): z.input<typeof PlaceSummary> => ({
  id: p._id,
  name: p.name,
  kind: p.kind,
  community: p.community,
  address: p.address,
})

export function bookingView(b: BookingDoc, now: Date): z.input<typeof Booking> {
  return {
    id: b._id,
    serviceId: b.serviceId,
    serviceName: b.serviceName,
    placeId: b.placeId,
    placeName: b.placeName,
    address: b.address,
    day: b.day,
    time: b.time,
    start: iso(b.start),
    status: b.status,
    statusText: bookingStatusText(b),
    queueNo: b.queueNo,
    window: b.window,
    materials: b.materials,
    canCancel: b.status === 'booked' && now.getTime() <= new Date(b.cancelBy).getTime(),
  }
}

export function boardEntry(b: BookingDoc, person: { name: string; phone: string | null } | undefined): z.input<typeof BoardEntry> {
  return {
    id: b._id,
    time: b.time,
    serviceName: b.serviceName,
    personName: person?.name ?? '（未填写姓名）',
    maskedPhone: maskPhone(person?.phone),
    status: b.status,
    statusText: BOOKING_STATUS_TEXT[b.status],
    queueNo: b.queueNo,
    window: b.window,
  }
}

export function applicationSummary(a: ApplicationDoc, now: Date): z.input<typeof ApplicationSummary> {
  const closed = a.status === 'completed' || a.status === 'rejected'
  return {
    id: a._id,
    serviceName: a.serviceName,
    stationName: a.stationName,
    community: a.community,
    applicantName: a.applicantName,
    status: a.status,
    statusText: APPLICATION_STATUS_TEXT[a.status],
    submittedAt: iso(a.submittedAt),
    updatedAt: iso(a.updatedAt),
    daysOpen: daysBetween(a.submittedAt, closed ? a.updatedAt : now),
    onBehalf: a.onBehalf,
  }
}

export function applicationDetail(a: ApplicationDoc, now: Date, materialUrls: string[]): z.input<typeof ApplicationDetail> {
  return {
    ...applicationSummary(a, now),
    serviceId: a.serviceId,
    handledAt: a.handledAt,
    stationId: a.stationId,
    fields: a.fields,
    materialUrls,
    materialFiles: a.materialFiles,
    materialOf: a.materialFiles.map((_, i) => a.materialOf?.[i] ?? ''),
    note: a.note,
    missing: a.missing,
    timeline: a.timeline.map((t) => ({ at: iso(t.at), status: t.status, text: t.text, by: t.by, reason: t.reason, missing: t.missing })),
  }
}

/** A booking's status in words; a cancellation says who cancelled. */
const bookingStatusText = (b: BookingDoc) => (b.status === 'cancelled' && b.cancelReason ? `已取消（${b.cancelReason}）` : BOOKING_STATUS_TEXT[b.status])

export const bookingLink = (id: string) => `/centers/affairs/pages/bookings/index?id=${id}`

/** Keeps the person's 我的 entry in step with the booking. */
export function mirrorBooking(b: BookingDoc, now: Date): Promise<void> {
  const active = b.status === 'booked' || b.status === 'checkedIn' || b.status === 'serving'
  return putMyItem(
    {
      ownerId: b.subjectId,
      center: 'affairs',
      kind: 'appointment',
      refId: b._id,
      title: `窗口预约：${b.serviceName}`,
      status: b.status,
      statusText: bookingStatusText(b),
      nextAt: active ? b.start : null,
      whenText: formatForPeople(b.start),
      place: b.placeName,
      link: bookingLink(b._id),
    },
    now,
  )
}
