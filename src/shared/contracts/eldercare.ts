/** 老年日间照料服务中心: the senior database, family links and 助餐 (meals ordered, delivered, settled). */
import * as z from 'zod'
import { DISH_TAGS, MEALS, MODES, ORDER_STATUSES, PAYMENTS, SUBSIDY_CATEGORIES, TIERS } from '../domain/eldercare/meals'
import { HOME_BOOKING_STATUSES } from '../domain/eldercare/home-services'
import { validIdNumber } from '../domain/eldercare/seniors'
import { CommunityName, Id, Instant, MobilePhone, PageInput, PersonName, pageOf, text } from './common'
import { action, defineFunction } from './define'

const Day = z.string({ error: '请选择日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-12-01')
const Month = z.string({ error: '请选择月份' }).regex(/^\d{4}-\d{2}$/, '月份格式应为 2026-12')
export const Meal = z.enum(MEALS, { error: '请选择午餐或晚餐' })
const Fen = z.number({ error: '请填写价格' }).int('价格以分计').min(0, '价格不能为负').max(100_00, '单餐价格不超过 100 元')

export const IdNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(validIdNumber, '身份证号不正确，请核对 18 位号码')

export const DietInput = z.object({
  diabetic: z.boolean().default(false),
  lowSalt: z.boolean().default(false),
  softFood: z.boolean().default(false),
  allergies: z.string().trim().max(50, '过敏说明不超过 50 个字').default(''),
})

export const Contact = z.object({ name: PersonName, phone: MobilePhone, relation: text('关系', 10) })

export const SeniorInput = z.object({
  name: PersonName,
  gender: z.enum(['male', 'female'], { error: '请选择性别' }),
  birthDate: Day,
  idNumber: IdNumber.nullable().default(null),
  community: CommunityName,
  building: text('楼栋', 10),
  unit: z.string().trim().max(10, '单元不超过 10 个字').default(''),
  room: text('房间号', 10),
  phone: MobilePhone.nullable().default(null),
  living: z.enum(['alone', 'spouse', 'family'], { error: '请选择居住情况' }),
  mobility: z.enum(['independent', 'assisted', 'wheelchair', 'bedridden'], { error: '请选择行动能力' }),
  diet: DietInput.default({ diabetic: false, lowSalt: false, softFood: false, allergies: '' }),
  subsidy: z.enum(SUBSIDY_CATEGORIES, { error: '请选择补贴类别' }).default('none'),
  contacts: z.array(Contact).max(3, '紧急联系人最多 3 位').default([]),
  healthNotes: z.string().trim().max(200, '健康备注不超过 200 字').default(''),
})
export type SeniorInput = z.input<typeof SeniorInput>

export const CreateSeniorInput = SeniorInput.extend({
  /** the senior records themselves (their own WeChat) */
  self: z.boolean().default(false),
  /** a family member's relation to the senior (they are linked at once) */
  relation: z.string().trim().max(10).default(''),
})

/** A senior as a list shows them: nothing sensitive. */
export const SeniorRow = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.string(),
  age: z.number(),
  community: z.string(),
  building: z.string(),
  phone: z.string().nullable(),
  marks: z.array(z.string()),
  diet: z.array(z.string()),
})

/** The whole record: only to the senior, linked family and the center's staff. */
export const SeniorView = SeniorRow.extend({
  birthDate: z.string(),
  idNumber: z.string().nullable(),
  unit: z.string(),
  room: z.string(),
  phoneFull: z.string().nullable(),
  living: z.enum(['alone', 'spouse', 'family']),
  mobility: z.enum(['independent', 'assisted', 'wheelchair', 'bedridden']),
  dietNeeds: DietInput,
  subsidy: z.enum(SUBSIDY_CATEGORIES),
  subsidyText: z.string(),
  contacts: z.array(z.object({ name: z.string(), phone: z.string(), relation: z.string() })),
  healthNotes: z.string(),
  standing: z.enum(['self', 'family', 'staff']),
  family: z.array(z.object({ linkId: z.string(), name: z.string(), relation: z.string(), status: z.string(), statusText: z.string() })),
  updatedByText: z.string(),
})

const LinkView = z.object({
  linkId: z.string(),
  seniorId: z.string(),
  seniorName: z.string(),
  familyName: z.string(),
  relation: z.string(),
  status: z.enum(['pending', 'approved', 'refused', 'left']),
  statusText: z.string(),
  requestedAt: Instant,
})

export const DishInput = z.object({
  name: text('菜名', 20),
  tags: z.array(z.enum(DISH_TAGS)).default([]),
  allergens: z.array(z.string().trim().min(1).max(10)).max(5).default([]),
})

export const PublishMenuInput = z.object({
  day: Day,
  meal: Meal,
  dishes: z.array(DishInput).min(1, '请至少填写一道菜').max(8, '每餐最多 8 道菜'),
  places: z.number({ error: '请填写份数' }).int().min(1, '至少 1 份').max(2000, '每餐最多 2000 份'),
  prices: z.object({ special: Fen, senior: Fen, resident: Fen }),
  subsidy: Fen,
  /** the cutoff, when not the default (lunch 09:00 the same day, dinner 16:00 the day before) */
  cutoff: z.object({ daysBefore: z.number().int().min(0).max(7), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 09:00') }).optional(),
})
export type PublishMenuInput = z.input<typeof PublishMenuInput>

export const MenuView = z.object({
  id: z.string(),
  day: z.string(),
  meal: Meal,
  mealText: z.string(),
  dayText: z.string(),
  dishes: z.array(z.object({ name: z.string(), tags: z.array(z.enum(DISH_TAGS)), allergens: z.array(z.string()), tagText: z.string() })),
  places: z.number(),
  placesLeft: z.number(),
  prices: z.object({ special: z.number(), senior: z.number(), resident: z.number() }),
  subsidy: z.number(),
  cutoffAt: Instant,
  cutoffText: z.string(),
  open: z.boolean(),
})

export const OrderView = z.object({
  id: z.string(),
  seniorId: z.string(),
  seniorName: z.string(),
  day: z.string(),
  meal: Meal,
  title: z.string(),
  mode: z.enum(MODES),
  modeText: z.string(),
  payment: z.enum(PAYMENTS),
  paymentText: z.string(),
  tier: z.enum(TIERS),
  price: z.number(),
  subsidy: z.number(),
  due: z.number(),
  dueText: z.string(),
  status: z.enum(ORDER_STATUSES),
  statusText: z.string(),
  cutoffAt: Instant,
  canCancel: z.boolean(),
  lockedText: z.string().nullable(),
  orderedBy: z.string(),
})

export const PlaceMealOrderInput = z.object({
  seniorId: Id,
  meal: Meal,
  /** one day, or the first day of a repeat */
  from: Day,
  /** the last day of a repeat (inclusive); omitted for one meal */
  to: Day.optional(),
  /** 1 = 周一 … 7 = 周日; omitted: every day from `from` to `to` */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  mode: z.enum(MODES, { error: '请选择送餐方式' }).default('delivery'),
  payment: z.enum(PAYMENTS, { error: '请选择付款方式' }).default('onDelivery'),
})
export type PlaceMealOrderInput = z.input<typeof PlaceMealOrderInput>

const SheetRow = z.object({
  orderId: z.string(),
  seniorName: z.string(),
  community: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  mode: z.string(),
  diet: z.array(z.string()),
  marks: z.array(z.string()),
  status: z.enum(ORDER_STATUSES),
  statusText: z.string(),
  dueText: z.string(),
  payment: z.string(),
})

export const ImportReportRow = z.object({
  line: z.number(),
  name: z.string(),
  outcome: z.enum(['added', 'updated', 'refused']),
  reason: z.string(),
})

const Clock = z.string({ error: '请选择时段' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时段格式应为 09:30')

/** 生活照料 / 家政: a service and its providers' schedules (names and weekdays only). */
export const HomeServiceRow = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  minutes: z.number(),
  priceText: z.string(),
  providers: z.array(z.object({ id: z.string(), name: z.string(), weekdays: z.array(z.number()), scheduleText: z.string() })),
})

const HomeServiceDay = z.object({
  day: z.string(),
  dayText: z.string(),
  closedReason: z.string().nullable(),
  slots: z.array(z.object({ time: z.string(), start: Instant, state: z.enum(['open', 'full', 'closed', 'tooLate']), available: z.number() })),
})

export const HomeBookingView = z.object({
  id: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  seniorId: z.string(),
  seniorName: z.string(),
  address: z.string(),
  marks: z.array(z.string()),
  day: z.string(),
  time: z.string(),
  start: Instant,
  whenText: z.string(),
  status: z.enum(HOME_BOOKING_STATUSES),
  statusText: z.string(),
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
  bookedBy: z.string(),
  /** each step as the family sees it: what, when, by whom (本人 / 家属 / 中心) */
  steps: z.array(z.object({ text: z.string(), atText: z.string(), by: z.string() })),
  canCancel: z.boolean(),
  lockedText: z.string().nullable(),
})

export const BookHomeServiceInput = z.object({ seniorId: Id, serviceId: Id, day: Day, time: Clock })
export type BookHomeServiceInput = z.input<typeof BookHomeServiceInput>

export const UpdateHomeServiceBookingInput = z.object({
  bookingId: Id,
  status: z.enum(['confirmed', 'done', 'notHome', 'cancelled'], { error: '请选择处理结果' }),
  /** the provider going (confirmed) */
  providerId: z.string().trim().max(40).optional(),
})

export const eldercare = defineFunction(
  'eldercare',
  {
    createSenior: action(CreateSeniorInput, SeniorView, { roles: ['resident', 'family', 'centerStaff'], submits: true }),
    updateSenior: action(SeniorInput.extend({ seniorId: Id }), SeniorView, { roles: ['resident', 'family', 'centerStaff'], submits: true }),
    getSenior: action(z.object({ seniorId: Id }), SeniorView, { roles: ['resident', 'family', 'centerStaff'] }),
    listSeniors: action(PageInput.extend({ keyword: z.string().trim().max(20).default(''), community: CommunityName.optional() }), pageOf(SeniorRow), { roles: ['centerStaff'] }),
    importSeniors: action(
      z.object({ fileId: z.string().min(1, '请先上传表格'), kind: z.enum(['xlsx', 'csv']), confirm: z.boolean().default(false) }),
      z.object({ rows: z.array(ImportReportRow), added: z.number(), updated: z.number(), refused: z.number(), written: z.boolean() }),
      { roles: ['centerStaff'] },
    ),
    requestLink: action(
      z.object({ name: PersonName, phone: MobilePhone, relation: text('与老人的关系', 10) }),
      LinkView,
      { roles: ['resident', 'family'], submits: 'keyed' },
    ),
    approveLink: action(z.object({ linkId: Id, decision: z.enum(['approve', 'refuse', 'remove']) }), LinkView, { roles: ['resident', 'family', 'centerStaff'] }),
    myLinkedSeniors: action(
      PageInput,
      z.object({
        seniors: z.array(SeniorRow.extend({ standing: z.enum(['self', 'family']), relation: z.string() })),
        pending: z.array(LinkView),
        toApprove: pageOf(LinkView),
        isStaff: z.boolean(),
      }),
      { roles: ['resident', 'family', 'centerStaff'] },
    ),
    publishMenu: action(PublishMenuInput, MenuView, { roles: ['centerStaff'], submits: true }),
    listMenus: action(z.object({ from: Day, to: Day, seniorId: Id.optional() }), z.object({ menus: z.array(MenuView.extend({ conflicts: z.array(z.object({ dish: z.string(), reason: z.string() })), dueText: z.string().nullable(), ordered: z.boolean() })) }), { roles: ['resident', 'family', 'centerStaff'] }),
    placeMealOrder: action(
      PlaceMealOrderInput,
      z.object({ placed: z.array(OrderView), failed: z.array(z.object({ day: z.string(), dayText: z.string(), reason: z.string() })) }),
      { roles: ['resident', 'family', 'centerStaff'], submits: 'keyed' },
    ),
    cancelMealOrder: action(z.object({ orderId: Id }), OrderView, { roles: ['resident', 'family', 'centerStaff'] }),
    myMealOrders: action(PageInput.extend({ seniorId: Id, upcoming: z.boolean().default(true) }), pageOf(OrderView), { roles: ['resident', 'family', 'centerStaff'] }),
    dailySheet: action(
      PageInput.extend({ day: Day, meal: Meal, export: z.boolean().default(false) }),
      pageOf(SheetRow).extend({
        menu: MenuView.nullable(),
        counts: z.object({ orders: z.number(), delivery: z.number(), diabetic: z.number(), lowSalt: z.number(), softFood: z.number(), allergies: z.number(), delivered: z.number(), notHome: z.number() }),
        exportUrl: z.string().nullable(),
      }),
      { roles: ['centerStaff'] },
    ),
    markDelivered: action(z.object({ orderId: Id, outcome: z.enum(['delivered', 'notHome']) }), SheetRow, { roles: ['centerStaff'] }),
    monthlyStatement: action(
      z.object({ seniorId: Id, month: Month, settle: z.boolean().default(false) }),
      z.object({ seniorName: z.string(), month: z.string(), meals: z.number(), total: z.number(), subsidy: z.number(), due: z.number(), totalText: z.string(), subsidyText: z.string(), dueText: z.string(), settled: z.boolean(), settledAt: Instant.nullable(), lines: z.array(OrderView) }),
      { roles: ['resident', 'family', 'centerStaff'] },
    ),
    listHomeServices: action(
      PageInput.extend({ serviceId: Id.optional() }),
      pageOf(HomeServiceRow).extend({ days: z.array(HomeServiceDay).nullable() }),
      { roles: 'anyone' },
    ),
    bookHomeService: action(BookHomeServiceInput, HomeBookingView, { roles: ['resident', 'family', 'centerStaff'], submits: 'keyed' }),
    cancelHomeService: action(z.object({ bookingId: Id }), HomeBookingView, { roles: ['resident', 'family', 'centerStaff'] }),
    updateHomeServiceBooking: action(UpdateHomeServiceBookingInput, HomeBookingView, { roles: ['centerStaff'] }),
    /** a senior's bookings (the senior, linked family, staff), or — staff only, no senior named — a day's board */
    homeServiceBookings: action(
      PageInput.extend({ seniorId: Id.optional(), day: Day.optional(), upcoming: z.boolean().default(true) }),
      /** seniorName: whom a senior's list is for (null on the board) */
      pageOf(HomeBookingView).extend({ seniorName: z.string().nullable() }),
      { roles: ['resident', 'family', 'centerStaff'] },
    ),
    /** staff: the board (one day, or everything from today on) as xlsx — phone masked, no ID number or health notes */
    exportHomeServiceBoard: action(z.object({ day: Day.optional() }), z.object({ url: z.string(), rows: z.number() }), { roles: ['centerStaff'] }),
  },
  { center: 'eldercare' },
)
