/** 社区事务受理服务中心: service catalog, window appointments and 两级代办 applications. */
import * as z from 'zod'
import { APPLICATION_STATUSES, REVIEW_DECISIONS } from '../domain/affairs/applications'
import { CommunityName, Done, Id, Instant, optionalText, PageInput, pageOf, text } from './common'
import { action, defineFunction } from './define'

export const SERVICE_CATEGORIES = ['民政救助', '社会保障', '就业创业', '卫生计生', '老龄残联', '户籍居住'] as const

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')

export const Material = z.object({
  name: z.string(),
  note: z.string(),
  /** false: only in some cases (the note says when); otherwise an online application needs a photo of it */
  required: z.boolean().optional(),
})

export const ServiceSummary = z.object({
  id: Id,
  name: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  handledAt: z.enum(['community', 'street']),
  /** the community station may accept it for the street (代办) */
  delegable: z.boolean(),
  promisedDays: z.number().int(),
  fee: z.string(),
})

export const PlaceSummary = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['hall', 'station']),
  community: z.string().nullable(),
  address: z.string(),
})

export const PlacesView = z.object({
  /** today in Shanghai, by the server's clock: staff boards open on it */
  today: Day,
  places: z.array(
    PlaceSummary.extend({
      /** opening hours (windows open = places per slot): public, and what staff edit */
      rule: z.object({ weekdays: z.array(z.number().int()), periods: z.array(z.object({ start: z.string(), end: z.string() })), slotMinutes: z.number().int(), windows: z.number().int() }),
    }),
  ),
})

export const ServiceDetail = ServiceSummary.extend({
  who: z.string(),
  materials: z.array(Material),
  /** where it can be booked or filed: the street hall, plus community stations when they accept it */
  places: z.array(PlaceSummary),
})

export const ListServicesInput = PageInput.extend({
  keyword: optionalText('关键词', 20),
  category: z.enum(SERVICE_CATEGORIES, { error: '请选择分类' }).optional(),
})

export const SlotView = z.object({
  time: Clock,
  start: Instant,
  state: z.enum(['open', 'full', 'closed', 'tooLate']),
  available: z.number().int(),
})
export const SlotsInput = z.strictObject({ placeId: Id })
export const SlotsView = z.object({
  place: PlaceSummary,
  slotMinutes: z.number().int(),
  days: z.array(z.object({ day: Day, closedReason: z.string().nullable(), slots: z.array(SlotView) })),
})

export const BOOKING_STATUSES = ['booked', 'checkedIn', 'serving', 'done', 'cancelled', 'noShow'] as const
export const Booking = z.object({
  id: Id,
  serviceId: Id,
  serviceName: z.string(),
  placeId: Id,
  placeName: z.string(),
  address: z.string(),
  day: Day,
  time: Clock,
  start: Instant,
  status: z.enum(BOOKING_STATUSES),
  statusText: z.string(),
  queueNo: z.number().int().nullable(),
  window: z.number().int().nullable(),
  materials: z.array(Material),
  canCancel: z.boolean(),
})
export type Booking = z.infer<typeof Booking>

export const BookInput = z.strictObject({ serviceId: Id, placeId: Id, day: Day, time: Clock })
export const BookingRef = z.strictObject({ bookingId: Id })

export const BoardInput = z.strictObject({ placeId: Id, day: Day })
export const BoardEntry = z.object({
  id: Id,
  time: Clock,
  serviceName: z.string(),
  personName: z.string(),
  maskedPhone: z.string().nullable(),
  status: z.enum(BOOKING_STATUSES),
  statusText: z.string(),
  queueNo: z.number().int().nullable(),
  window: z.number().int().nullable(),
})
export const Board = z.object({ place: PlaceSummary, day: Day, entries: z.array(BoardEntry) })

export const OpeningRuleInput = z.strictObject({
  weekdays: z.array(z.number().int().min(1).max(7)).min(1, '至少选择一个工作日').max(7),
  periods: z
    .array(z.strictObject({ start: Clock, end: Clock }).refine((p) => p.start < p.end, { message: '结束时间应晚于开始时间' }))
    .min(1, '至少设置一个办理时段')
    .max(4),
  slotMinutes: z.number().int().refine((m) => [10, 15, 20, 30, 60].includes(m), { message: '时段长度应为 10、15、20、30 或 60 分钟' }),
  windows: z.number().int().min(1, '至少开放 1 个窗口').max(20),
})
export const SetRulesInput = z.strictObject({ placeId: Id, rule: OpeningRuleInput })

export const CloseSlotsInput = z
  .strictObject({ placeId: Id, day: Day, start: Clock.optional(), end: Clock.optional(), reason: text('暂停原因', 50) })
  .refine((c) => (c.start === undefined) === (c.end === undefined), { message: '请同时填写开始和结束时间，或都不填（全天）', path: ['end'] })
  .refine((c) => !c.start || !c.end || c.start < c.end, { message: '结束时间应晚于开始时间', path: ['end'] })
export const CloseSlotsResult = z.object({ cancelledBookings: z.number().int(), notified: z.number().int() })

export const ApplicationField = z.strictObject({ label: text('栏目名称', 20), value: text('此栏内容', 200) })
export const SubmitApplicationInput = z.strictObject({
  serviceId: Id,
  /** the community station that accepts it (一口受理) */
  stationId: Id,
  fields: z.array(ApplicationField).max(20),
  /** photos of materials already uploaded to cloud storage */
  materialFiles: z.array(z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, '材料文件地址不正确')).max(20),
  /** for each photo, the catalog material it shows (same order as materialFiles) */
  materialOf: z.array(z.string().trim().max(40)).max(20).default([]),
  note: optionalText('备注', 200),
  /** resubmitting a returned application */
  applicationId: Id.optional(),
})

export const TimelineEntry = z.object({
  at: Instant,
  status: z.enum(APPLICATION_STATUSES),
  text: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  missing: z.array(z.string()),
})

export const ApplicationSummary = z.object({
  id: Id,
  serviceName: z.string(),
  stationName: z.string(),
  community: z.string().nullable(),
  applicantName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  statusText: z.string(),
  submittedAt: Instant,
  updatedAt: Instant,
  daysOpen: z.number().int(),
  /** filed by staff for a walk-in resident */
  onBehalf: z.boolean(),
})

export const ApplicationDetail = ApplicationSummary.extend({
  serviceId: Id,
  handledAt: z.enum(['community', 'street']),
  stationId: Id,
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  materialUrls: z.array(z.string()),
  /** the photos' cloud fileIDs and what each shows: a resubmission starts from them */
  materialFiles: z.array(z.string()),
  materialOf: z.array(z.string()),
  note: z.string().nullable(),
  timeline: z.array(TimelineEntry),
  /** what the reviewer asked for when returning it */
  missing: z.array(z.string()),
})

export const ReviewInput = z
  .strictObject({
    applicationId: Id,
    decision: z.enum(REVIEW_DECISIONS, { error: '请选择处理意见' }),
    reason: optionalText('理由', 200),
    missing: z.array(text('缺少的材料', 40)).max(10).default([]),
  })
  .refine((r) => !(r.decision === 'return' || r.decision === 'reject') || !!r.reason, { message: '退回或不予受理须写明理由', path: ['reason'] })
  .refine((r) => r.decision !== 'return' || r.missing.length > 0, { message: '退回时请列出缺少的材料', path: ['missing'] })

export const ListApplicationsInput = PageInput.extend({
  status: z.enum(APPLICATION_STATUSES).optional(),
  community: CommunityName.optional(),
  serviceId: Id.optional(),
  /** only those open at least this many days */
  minDaysOpen: z.number().int().min(0).max(365).optional(),
})

export const affairs = defineFunction(
  'affairs',
  {
    listServices: action(ListServicesInput, pageOf(ServiceSummary), { roles: 'anyone' }),
    getService: action(z.strictObject({ serviceId: Id }), ServiceDetail, { roles: 'anyone' }),
    listPlaces: action(z.strictObject({}), PlacesView, { roles: 'anyone' }),
    listSlots: action(SlotsInput, SlotsView, { roles: 'anyone' }),
    book: action(BookInput, Booking, { roles: ['resident'], submits: 'keyed', behalf: true }),
    cancelBooking: action(BookingRef, Booking, { roles: ['resident'], submits: 'keyed', behalf: true }),
    myBookings: action(PageInput, pageOf(Booking), { roles: ['resident'], behalf: true }),
    listBookings: action(BoardInput, Board, { roles: ['centerStaff'] }),
    checkIn: action(BookingRef, BoardEntry, { roles: ['centerStaff'], submits: 'keyed' }),
    callNext: action(z.strictObject({ placeId: Id, day: Day, window: z.number().int().min(1).max(20) }), BoardEntry.nullable(), {
      roles: ['centerStaff'],
      submits: true,
    }),
    finishBooking: action(BookingRef, BoardEntry, { roles: ['centerStaff'], submits: 'keyed' }),
    markNoShow: action(BookingRef, BoardEntry, { roles: ['centerStaff'], submits: 'keyed' }),
    setOpeningRules: action(SetRulesInput, Done, { roles: ['centerStaff'], submits: 'keyed' }),
    closeSlots: action(CloseSlotsInput, CloseSlotsResult, { roles: ['centerStaff'], submits: 'keyed' }),
    submitApplication: action(SubmitApplicationInput, ApplicationDetail, { roles: ['resident'], submits: 'keyed', behalf: true }),
    myApplications: action(PageInput, pageOf(ApplicationSummary), { roles: ['resident'], behalf: true }),
    getApplication: action(z.strictObject({ applicationId: Id }), ApplicationDetail, { roles: ['resident'] }),
    reviewApplication: action(ReviewInput, ApplicationDetail, { roles: ['centerStaff'], submits: true }),
    listApplications: action(ListApplicationsInput, pageOf(ApplicationSummary), { roles: ['centerStaff'] }),
  },
  { center: 'affairs' },
)
