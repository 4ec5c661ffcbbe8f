/** 社区综合治理服务中心 "11446": 随手拍 reports, grid routing and dispatch, disposal, confirmation and the command view. */
import * as z from 'zod'
import { SPAN_UNITS } from '../domain/governance/spans'
import { CLOSE_REASONS, REPORT_CATEGORIES, REPORT_STATUSES, TEAM_KINDS } from '../domain/governance/reports'
import { CommunityName, Id, Instant, optionalText, PageInput, pageOf, text } from './common'
import { action, defineFunction } from './define'

export const GeoPoint = z.strictObject({
  lat: z.number({ error: '位置格式不正确' }).min(-90).max(90),
  lng: z.number({ error: '位置格式不正确' }).min(-180).max(180),
})

const FileId = z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, '照片地址不正确')
export const MAX_REPORT_PHOTOS = 6
const Photos = z.array(FileId).max(MAX_REPORT_PHOTOS, `最多 ${MAX_REPORT_PHOTOS} 张照片`).default([])
const Category = z.enum(REPORT_CATEGORIES, { error: '请选择问题类别' })
const ReportRef = z.strictObject({ reportId: Id })

/** Where the problem is: a point picked on the map (with its name), or the resident's own building. */
export const LocationInput = z.strictObject({
  point: GeoPoint.nullable().default(null),
  /** what the map calls the place, or the address typed */
  name: optionalText('地点名称', 60),
  community: CommunityName,
  building: optionalText('楼栋', 20),
})

export const ReportInput = z.strictObject({
  category: Category,
  description: text('问题描述', 500),
  photos: Photos,
  location: LocationInput,
  urgent: z.boolean().default(false),
  /** public: neighbours see it (without the reporter's name) and may follow it */
  public: z.boolean().default(true),
})

export const TimelineEntry = z.object({ at: Instant, text: z.string(), by: z.string(), note: z.string().nullable() })

export const Assignee = z.object({ kind: z.enum(['grid', 'team']), id: Id, name: z.string() })

export const ReportSummary = z.object({
  id: Id,
  category: Category,
  description: z.string(),
  status: z.enum(REPORT_STATUSES),
  statusText: z.string(),
  urgent: z.boolean(),
  public: z.boolean(),
  community: z.string(),
  placeName: z.string(),
  createdAt: Instant,
  followerCount: z.number().int(),
  overdue: z.boolean(),
  dueAt: Instant.nullable(),
  assignee: Assignee.nullable(),
})
export type ReportSummary = z.infer<typeof ReportSummary>

export const ReportDetail = ReportSummary.extend({
  point: GeoPoint.nullable(),
  building: z.string().nullable(),
  photoUrls: z.array(z.string()),
  /** null unless the reader is the reporter, a handler or command staff */
  reporterName: z.string().nullable(),
  /** only for the handler assigned, who calls back */
  reporterPhone: z.string().nullable(),
  respondBy: Instant,
  resolveBy: Instant,
  plannedAt: Instant.nullable(),
  disposal: z.object({ text: z.string(), photoUrls: z.array(z.string()), at: Instant }).nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closeNote: z.string().nullable(),
  responsible: z.object({ who: z.string(), contact: z.string() }).nullable(),
  mergedInto: Id.nullable(),
  rating: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
  timeline: z.array(TimelineEntry),
  viewer: z.object({ isReporter: z.boolean(), isFollower: z.boolean(), isHandler: z.boolean(), isCommand: z.boolean() }),
  /** what the reader may do now */
  moves: z.array(z.enum(['dispatch', 'accept', 'update', 'dispose', 'close', 'confirm', 'reopen', 'rate', 'follow'])),
})
export type ReportDetail = z.infer<typeof ReportDetail>

export const NearbyInput = z.strictObject({
  category: Category,
  point: GeoPoint.nullable().default(null),
  community: CommunityName,
  building: optionalText('楼栋', 20),
})
export const NearbyReport = z.object({
  id: Id,
  category: Category,
  description: z.string(),
  statusText: z.string(),
  placeName: z.string(),
  /** metres, when both were picked on the map */
  meters: z.number().int().nullable(),
  followerCount: z.number().int(),
  createdAt: Instant,
  mine: z.boolean(),
})
export const NearbyResult = z.object({ items: z.array(NearbyReport) })

/** A spreadsheet written for the caller: a link valid for an hour. */
export const SheetLink = z.object({ url: z.string(), rows: z.number().int() })

export const LIST_STATUSES = ['open', 'closed', ...REPORT_STATUSES] as const
export const ListReportsInput = PageInput.extend({
  status: z.enum(LIST_STATUSES).optional(),
  community: CommunityName.optional(),
  category: Category.optional(),
  /** 'grid' (the grid workers) or 'team_<id>' */
  teamKey: z.string().regex(/^(grid|team_[A-Za-z0-9_-]{1,64})$/).optional(),
  overdue: z.boolean().optional(),
  /** only reports assigned to the caller (always so for handlers who are not command staff) */
  mine: z.boolean().optional(),
  /** made at or after this instant (today's, this month's, a week's figures) */
  since: Instant.optional(),
  until: Instant.optional(),
  /** every report the filter finds (up to MAX_EXPORT_ROWS) as xlsx, besides the page */
  export: z.literal(true).optional(),
})
export const MAX_EXPORT_ROWS = 5000
export const ReportPage = pageOf(ReportSummary).extend({ sheet: SheetLink.nullable().default(null) })

export const DispatchInput = z.strictObject({ reportId: Id, to: z.strictObject({ kind: z.enum(['grid', 'team']), id: Id }), note: text('派单说明', 200) })
export const UpdateInput = z.strictObject({ reportId: Id, plannedAt: z.iso.datetime({ offset: true, error: '请选择计划完成的日期和时间' }), note: text('处置进展', 200) })
export const DisposeInput = z.strictObject({ reportId: Id, text: text('处置情况', 500), photos: Photos })
export const CloseInput = z
  .strictObject({
    reportId: Id,
    reason: z.enum(CLOSE_REASONS, { error: '请选择关闭原因' }),
    note: optionalText('说明', 200),
    responsible: optionalText('责任单位', 40),
    contact: optionalText('联系方式', 40),
  })
  .refine((c) => c.reason !== 'notOurs' || (!!c.responsible && !!c.contact), { message: '请写明责任单位及联系方式，方便居民联系', path: ['responsible'] })
  .refine((c) => c.reason !== 'unableToFix' || !!c.note, { message: '请写明无法解决的原因', path: ['note'] })
export const ReopenInput = z.strictObject({ reportId: Id, reason: text('未解决的原因', 200) })
export const RateInput = z.strictObject({ reportId: Id, score: z.number({ error: '请打分' }).int().min(1, '请打 1–5 分').max(5, '请打 1–5 分'), comment: optionalText('评价', 200) })
export const MergeInput = z.strictObject({ reportId: Id, duplicateIds: z.array(Id).min(1, '请选择重复的问题').max(20) })

export const GridInput = z.strictObject({
  id: Id.optional(),
  name: text('网格名称', 20),
  buildings: z.array(text('楼栋', 20)).min(1, '请列出网格内的楼栋').max(60),
  center: GeoPoint.nullable().default(null),
  workerId: Id,
})
export const SetGridsInput = z.strictObject({ community: CommunityName, grids: z.array(GridInput).max(30) })
export const GridView = z.object({ id: Id, name: z.string(), community: z.string(), buildings: z.array(z.string()), center: GeoPoint.nullable(), workerId: Id, workerName: z.string() })
export const TeamInput = z.strictObject({
  id: Id.optional(),
  name: text('队伍名称', 20),
  kind: z.enum(TEAM_KINDS, { error: '请选择队伍类型' }),
  categories: z.array(Category).max(REPORT_CATEGORIES.length),
  memberIds: z.array(Id).max(50),
})
export const SetTeamsInput = z.strictObject({ teams: z.array(TeamInput).max(30) })
export const TeamView = z.object({ id: Id, name: z.string(), kind: z.enum(TEAM_KINDS), categories: z.array(Category), members: z.array(z.object({ id: Id, name: z.string() })) })

const Span = z.strictObject({ amount: z.number().int().min(1, '时限至少为 1').max(720), unit: z.enum(SPAN_UNITS) })
const Rule = z.strictObject({ respond: Span, resolve: Span })
export const CategorySettingsSchema = z.strictObject({ first: z.enum(['grid', 'team']), urgent: Rule, ordinary: Rule })
export const SetDeadlinesInput = z.strictObject({ settings: z.partialRecord(Category, CategorySettingsSchema) })
export const SettingsView = z.object({
  settings: z.record(z.string(), CategorySettingsSchema),
  /** single days the street opens or closes against the official calendar (the street's one calendar, kept in 法律援助工作台 → 街道工作日校正) */
  corrections: z.record(z.string(), z.enum(['work', 'off'])),
})
/** Someone the street may make a grid worker or team member (found by name or phone prefix). */
export const PersonView = z.object({ id: Id, name: z.string(), maskedPhone: z.string().nullable(), community: z.string().nullable() })
export const GridsView = z.object({
  grids: z.array(GridView),
  teams: z.array(TeamView),
  deadlines: SettingsView,
  /** people matching `keyword` (command staff and the administrator only) */
  people: z.array(PersonView),
})
export const ListGridsInput = z.strictObject({ keyword: optionalText('姓名或手机号', 20) })

const Counts = z.record(z.string(), z.number())
export const PeriodFigures = z.object({ total: z.number().int(), state: Counts, category: Counts, community: Counts, since: Instant })
const RatesView = z.object({ response: z.number().nullable(), resolution: z.number().nullable(), satisfaction: z.number().nullable() })
export const ScopeFigures = z.object({
  key: z.string(),
  name: z.string(),
  counters: z.object({ received: z.number(), respondedOnTime: z.number(), closed: z.number(), resolved: z.number(), rated: z.number(), satisfied: z.number(), overdue: z.number() }),
  rates: RatesView,
  trend: z.array(z.object({ week: z.string(), rates: RatesView })),
})
/** `page`: the center's page behind the figure, for a caller who may open it (the center's staff, the street administrator) */
export const StreetFigureView = z.object({ center: z.string(), label: z.string(), value: z.string(), note: z.string(), alert: z.boolean(), page: z.string().nullable() })
/** the command view's tables, each exportable as xlsx */
export const OVERVIEW_TABLES = ['today', 'month', 'street', 'teams', 'communities', 'centers'] as const
export const CommandOverviewInput = z.strictObject({ export: z.enum(OVERVIEW_TABLES).optional() })
export const CommandOverview = z.object({
  today: PeriodFigures,
  month: PeriodFigures,
  /** the earliest-due of the overdue open reports (up to 20) */
  overdue: z.array(ReportSummary),
  /** how many open reports are overdue in all */
  overdueCount: z.number().int(),
  street: ScopeFigures,
  teams: z.array(ScopeFigures),
  communities: z.array(ScopeFigures),
  /** the first of the 12 weeks the rates cover */
  since: Instant,
  /** the other centers' live figures */
  centers: z.array(StreetFigureView),
  /** the table asked for with `export`, as xlsx */
  sheet: SheetLink.nullable(),
})

/** 指挥中心: the governance center's staff (centerStaff of governance); the street administrator counts too */
const COMMAND = ['centerStaff'] as const

export const governance = defineFunction(
  'governance',
  {
    report: action(ReportInput, ReportDetail, { roles: ['resident'], submits: true }),
    myReports: action(PageInput, pageOf(ReportSummary), { roles: ['resident'] }),
    getReport: action(ReportRef, ReportDetail, { roles: ['resident'] }),
    followReport: action(ReportRef, z.object({ followerCount: z.number().int(), following: z.literal(true) }), { roles: ['resident'], submits: 'keyed' }),
    nearbyReports: action(NearbyInput, NearbyResult, { roles: ['resident'] }),
    listReports: action(ListReportsInput, ReportPage, { roles: [...COMMAND, 'gridWorker', 'teamMember'] }),
    dispatchReport: action(DispatchInput, ReportDetail, { roles: COMMAND, submits: true }),
    acceptReport: action(ReportRef, ReportDetail, { roles: ['resident'], submits: true }),
    updateReport: action(UpdateInput, ReportDetail, { roles: ['resident'], submits: true }),
    disposeReport: action(DisposeInput, ReportDetail, { roles: ['resident'], submits: true }),
    closeReport: action(CloseInput, ReportDetail, { roles: ['resident'], submits: true }),
    confirmReport: action(ReportRef, ReportDetail, { roles: ['resident'], submits: true }),
    reopenReport: action(ReopenInput, ReportDetail, { roles: ['resident'], submits: true }),
    rateReport: action(RateInput, ReportDetail, { roles: ['resident'], submits: true }),
    mergeReports: action(MergeInput, ReportDetail, { roles: COMMAND, submits: true }),
    setGrids: action(SetGridsInput, GridsView, { roles: COMMAND, submits: true }),
    listGrids: action(ListGridsInput, GridsView, { roles: [...COMMAND, 'gridWorker'] }),
    setTeams: action(SetTeamsInput, GridsView, { roles: COMMAND, submits: true }),
    setDeadlines: action(SetDeadlinesInput, GridsView, { roles: COMMAND, submits: true }),
    commandOverview: action(CommandOverviewInput, CommandOverview, { roles: COMMAND }),
  },
  { center: 'governance' },
)

