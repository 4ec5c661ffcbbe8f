/**
 * Demo seniors (王秀兰 with her own WeChat), two weeks of lunches and dinners from 幸福夕阳服务中心's kitchen.
 * 张晓燕 is not linked yet: linking to her mother is the first step of the demo.
 */
import { timeKey } from '@/shared/domain/booking/slots'
import { freeTimeKeys, timeHoldKeys } from '@/shared/domain/booking/time-holds'
import { HOME_TIME_HOLD, type HomeBookingStatus, homeBookingKey, isoWeekday, providersOn, stepText } from '@/shared/domain/eldercare/home-services'
import { DEFAULT_CUTOFF, type Dish, type Meal, menuId, priorityMarks } from '@/shared/domain/eldercare/meals'
import { atShanghai, formatForPeople, shanghaiDay } from '@/shared/time'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'

const LUNCHES: Dish[][] = [
  [{ name: '清蒸鲈鱼', tags: [], allergens: ['鱼'] }, { name: '西红柿炒蛋', tags: [], allergens: ['鸡蛋'] }, { name: '冬瓜排骨汤', tags: [], allergens: [] }],
  [{ name: '红烧肉', tags: ['sweet', 'salty'], allergens: [] }, { name: '清炒时蔬', tags: [], allergens: [] }, { name: '小米粥', tags: [], allergens: [] }],
  [{ name: '土豆炖牛肉', tags: ['salty'], allergens: [] }, { name: '蒜蓉西兰花', tags: [], allergens: [] }, { name: '南瓜羹', tags: ['sweet'], allergens: [] }],
  [{ name: '虾仁豆腐', tags: [], allergens: ['虾'] }, { name: '木耳炒山药', tags: [], allergens: [] }, { name: '紫菜蛋花汤', tags: [], allergens: ['鸡蛋'] }],
  [{ name: '香煎鸡排', tags: ['hard'], allergens: [] }, { name: '炒青菜', tags: [], allergens: [] }, { name: '绿豆汤', tags: ['sweet'], allergens: [] }],
]
const DINNERS: Dish[][] = [
  [{ name: '肉末蒸蛋', tags: [], allergens: ['鸡蛋'] }, { name: '炒菠菜', tags: [], allergens: [] }, { name: '杂粮粥', tags: [], allergens: [] }],
  [{ name: '西葫芦饺子', tags: [], allergens: ['小麦'] }, { name: '凉拌黄瓜', tags: ['spicy'], allergens: [] }],
]

const dayAfter = (now: Date, n: number) => atShanghai(shanghaiDay(now)).add(n, 'day').format('YYYY-MM-DD')

export function menusFor(now: Date, days: number) {
  const menus: Array<Record<string, unknown>> = []
  for (let n = 0; n < days; n++) {
    const day = dayAfter(now, n)
    for (const meal of ['lunch', 'dinner'] as Meal[]) {
      const cutoff = DEFAULT_CUTOFF[meal]
      const dishes = meal === 'lunch' ? LUNCHES[n % LUNCHES.length] : DINNERS[n % DINNERS.length]
      menus.push({
        _id: menuId(day, meal),
        day,
        meal,
        dishes,
        places: meal === 'lunch' ? 120 : 60,
        taken: 0,
        placesLeft: meal === 'lunch' ? 120 : 60,
        prices: { special: 1000, senior: 1200, resident: 1500 },
        subsidy: 300,
        cutoff,
        cutoffAt: atShanghai(day, cutoff.time).subtract(cutoff.daysBefore, 'day').toDate(),
        publishedBy: 'persona-staff-eldercare',
        createdAt: now,
        updatedAt: now,
      })
    }
  }
  return menus
}

const senior = (over: Record<string, unknown>, now: Date) => ({
  gender: 'female',
  unit: '1',
  phone: null,
  phoneTail: null,
  idNumber: null,
  living: 'family',
  mobility: 'independent',
  diet: { diabetic: false, lowSalt: false, softFood: false, allergies: '' },
  subsidy: 'none',
  contacts: [],
  healthNotes: '',
  openid: null,
  familyIds: [],
  createdBy: 'persona-staff-eldercare',
  updatedBy: 'persona-staff-eldercare',
  updatedByRole: '工作人员孙丽',
  createdAt: now,
  updatedAt: now,
  ...over,
})

export function seed(store: DocumentStore, now: Date): void {
  store.insert('seniors', [
    senior({ _id: 'senior-wang', name: '王秀兰', initials: 'wxl', birthDate: '1948-03-12', idNumber: '370102194803122344', community: '黄河西路第二社区', building: '5号楼', room: '302', phone: '13905310001', phoneTail: '0001', living: 'alone', diet: { diabetic: true, lowSalt: true, softFood: false, allergies: '虾' }, subsidy: 'aged80', contacts: [{ name: '张晓燕', phone: '13905310002', relation: '女儿' }], healthNotes: '2 型糖尿病，每日服药', openid: 'persona-resident-wang' }, now),
    senior({ _id: 'senior-liu', name: '刘德福', initials: 'ldf', gender: 'male', birthDate: '1942-08-01', community: '黄河西路第二社区', building: '3号楼', room: '101', phone: '13905310003', phoneTail: '0003', living: 'spouse', mobility: 'wheelchair', diet: { diabetic: false, lowSalt: false, softFood: true, allergies: '' }, subsidy: 'disabled' }, now),
    senior({ _id: 'senior-zhao', name: '赵桂芝', initials: 'zgz', birthDate: '1956-11-20', community: '黄河西路第一社区', building: '8号楼', room: '502', phone: '13905310004', phoneTail: '0004' }, now),
  ])
  store.insert('meal_menus', menusFor(now, 14))
  seedHomeServices(store)
  seedDemoHomeBookings(store, now)
}

type HomeService = (typeof HOME_SERVICES)[number]
const serviceOf = (id: string) => HOME_SERVICES.find((s) => s._id === id) as HomeService

/** The first day after today (from `after` days on) with a provider of the service on duty. */
function nextDayWith(service: HomeService, now: Date, after: number): string {
  for (let n = after; ; n++) {
    const day = dayAfter(now, n)
    if (service.rule.weekdays.includes(isoWeekday(day)) && providersOn(service.providers, day).length) return day
  }
}

interface HomeSeed {
  id: string
  service: HomeService
  senior: { _id: string; name: string; address: string; marks: string[]; openid: string | null }
  day: string
  time: string
  status: HomeBookingStatus
  /** the booking's hold while it stands (the senior's k-th) */
  hold: number
  /** which of the providers on duty goes (confirmed, done, 上门未遇) */
  provider?: number
  /** who booked: the senior, a family member, or the center's staff (a walk-in) */
  by: { actorId: string; actorName: string; onBehalf: boolean; staff?: boolean }
  now: Date
}

/** A home-service booking as bookHomeService and updateHomeServiceBooking leave it. */
function homeBooking({ id, service, senior: s, day, time, status, hold, provider: k = 0, by, now }: HomeSeed) {
  const start = atShanghai(day, time).toDate()
  const end = new Date(start.getTime() + service.rule.slotMinutes * 60_000)
  const booked = new Date(Math.min(now.getTime(), start.getTime()) - 2 * 86_400_000)
  const provider = status === 'booked' ? null : (providersOn(service.providers, day)[k] ?? null)
  const standing = status === 'booked' || status === 'confirmed'
  const byText = by.staff ? `中心${by.actorName}` : by.onBehalf ? `家属${by.actorName}` : '本人'
  const steps = [{ status: 'booked', text: '已预约，等待中心确认', at: booked, by: byText }]
  if (provider) steps.push({ status: 'confirmed', text: stepText('confirmed', provider.name), at: new Date(booked.getTime() + 3_600_000), by: '中心孙丽' })
  if (!standing) steps.push({ status, text: stepText(status, null), at: status === 'cancelled' ? new Date(booked.getTime() + 7_200_000) : start, by: status === 'cancelled' ? byText : '中心孙丽' })
  return {
    _id: id,
    activeKey: standing ? homeBookingKey(s._id, service._id, day) : `${status}_${id}`,
    holdKey: standing ? `${s._id}_hold${hold}` : `${status}_${id}`,
    // the senior's time, as takeSlot holds it and a closing move frees it
    ...(standing ? timeHoldKeys(HOME_TIME_HOLD, { subjectId: s._id, bookingId: id, start, end }) : freeTimeKeys(HOME_TIME_HOLD, `${status}_${id}`)),
    subjectId: s._id,
    placeId: service._id,
    day,
    time,
    serviceName: service.name,
    seniorId: s._id,
    seniorName: s.name,
    address: s.address,
    marks: s.marks,
    start,
    end,
    cancelBy: new Date(start.getTime() - service.policy.cancelCutoffMinutes * 60_000),
    actorId: by.actorId,
    actorName: by.actorName,
    onBehalf: by.onBehalf,
    ownerId: by.staff ? s.openid : by.actorId,
    status,
    providerId: status === 'cancelled' ? null : (provider?.id ?? null),
    providerName: status === 'cancelled' ? null : (provider?.name ?? null),
    steps,
    tellStaff: false,
    createdAt: booked,
    updatedAt: steps[steps.length - 1].at,
  }
}

type HomeBookingSeed = ReturnType<typeof homeBooking>

/** The slot engine's day counters for the bookings that hold a place (all but the cancelled). */
function dayCounters(bookings: HomeBookingSeed[]): Map<string, { placeId: string; day: string; booked: Record<string, number> }> {
  const days = new Map<string, { placeId: string; day: string; booked: Record<string, number> }>()
  for (const b of bookings) {
    if (b.status === 'cancelled') continue
    const id = `${b.placeId}_${b.day}`
    const doc = days.get(id) ?? { placeId: b.placeId, day: b.day, booked: {} }
    doc.booked[timeKey(b.time)] = (doc.booked[timeKey(b.time)] ?? 0) + 1
    days.set(id, doc)
  }
  return days
}

/** 我的 of whoever the booking shows for (the senior's WeChat, else the family member who booked). */
const myHomeItem = (b: HomeBookingSeed) => ({
  _id: `homeService_${b._id}_${b.ownerId}`,
  ownerId: b.ownerId,
  center: 'eldercare',
  kind: 'homeService',
  refId: b._id,
  title: `上门服务：${b.seniorName} ${b.serviceName}`,
  status: b.status,
  statusText: stepText(b.status, b.providerName),
  nextAt: b.status === 'booked' || b.status === 'confirmed' ? b.start : null,
  whenText: formatForPeople(b.start),
  place: `上门：${b.address}`,
  link: `/centers/eldercare/pages/home-services/index?seniorId=${b.seniorId}`,
  updatedAt: b.updatedAt,
})

/**
 * 王秀兰 has booked a cleaning (the center has sent someone) and a haircut still waiting for the center — from
 * the day after tomorrow on, so her daughter's first bath (tomorrow, in the browser test) finds its slot free.
 */
function seedDemoHomeBookings(store: DocumentStore, now: Date): void {
  const wang = (day: string) => ({
    _id: 'senior-wang',
    name: '王秀兰',
    address: '黄河西路第二社区5号楼1单元302',
    marks: priorityMarks({ birthDate: '1948-03-12', subsidy: 'aged80', living: 'alone', mobility: 'independent' }, day),
    openid: 'persona-resident-wang',
  })
  const self = { actorId: 'persona-resident-wang', actorName: '王秀兰', onBehalf: false }
  const cleaning = serviceOf('home-cleaning')
  const haircut = serviceOf('home-haircut')
  const cleaningDay = nextDayWith(cleaning, now, 2)
  const haircutDay = nextDayWith(haircut, now, 3)
  const bookings = [
    homeBooking({ id: 'home-demo-1', service: cleaning, senior: wang(cleaningDay), day: cleaningDay, time: '09:00', status: 'confirmed', hold: 0, by: self, now }),
    homeBooking({ id: 'home-demo-2', service: haircut, senior: wang(haircutDay), day: haircutDay, time: '10:00', status: 'booked', hold: 1, by: self, now }),
  ]
  store.insert('home_service_bookings', bookings)
  store.insert('home_service_days', [...dayCounters(bookings)].map(([_id, d]) => ({ _id, ...d })))
  store.insert('my_items', bookings.map(myHomeItem))
}

const HOME_POLICY = { minNoticeMinutes: 240, horizonDays: 14, cancelCutoffMinutes: 240, maxActivePerPerson: 3 }
const DAYTIME = [{ start: '09:00', end: '11:30' }, { start: '14:00', end: '17:00' }]

/** 幸福夕阳服务中心's home services and the providers' weekdays (a slot has one place per provider on duty). */
export const HOME_SERVICES = [
  {
    _id: 'home-bath',
    name: '助浴',
    summary: '两名护理员上门协助洗浴，自带防滑垫和洗浴椅',
    priceText: '每次 30 元（低保、特困老人免费）',
    order: 1,
    providers: [
      { id: 'p-bath-1', name: '刘芳', weekdays: [1, 3, 5] },
      { id: 'p-bath-2', name: '马丽', weekdays: [2, 4] },
    ],
    rule: { weekdays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '11:00' }, { start: '14:00', end: '16:00' }], slotMinutes: 60, windows: 1 },
    policy: HOME_POLICY,
    closures: [],
  },
  {
    _id: 'home-haircut',
    name: '理发',
    summary: '理发师上门理发、修面',
    priceText: '每次 10 元',
    order: 2,
    providers: [
      { id: 'p-hair-1', name: '高建军', weekdays: [2, 4, 6] },
      { id: 'p-hair-2', name: '孟凡', weekdays: [2] },
    ],
    rule: { weekdays: [2, 4, 6], periods: DAYTIME, slotMinutes: 30, windows: 2 },
    policy: HOME_POLICY,
    closures: [],
  },
  {
    _id: 'home-cleaning',
    name: '保洁',
    summary: '居室清扫、厨房和卫生间清洁，约两小时',
    priceText: '每次 40 元（80 岁以上老人每月一次免费）',
    order: 3,
    providers: [
      { id: 'p-clean-1', name: '杜秀梅', weekdays: [1, 2, 3, 4, 5] },
      { id: 'p-clean-2', name: '田玉兰', weekdays: [1, 3, 5, 6] },
    ],
    rule: { weekdays: [1, 2, 3, 4, 5, 6], periods: [{ start: '09:00', end: '11:00' }, { start: '14:00', end: '16:00' }], slotMinutes: 120, windows: 2 },
    policy: HOME_POLICY,
    closures: [],
  },
  {
    _id: 'home-escort',
    name: '陪诊',
    summary: '陪同老人到医院挂号、就诊、取药，往返接送',
    priceText: '每半天 50 元',
    order: 4,
    providers: [{ id: 'p-escort-1', name: '王志刚', weekdays: [1, 2, 3, 4, 5] }],
    rule: { weekdays: [1, 2, 3, 4, 5], periods: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }], slotMinutes: 240, windows: 1 },
    policy: HOME_POLICY,
    closures: [],
  },
]

export function seedHomeServices(store: DocumentStore): void {
  store.insert('home_services', HOME_SERVICES)
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']
const GIVEN = ['秀兰', '桂英', '建国', '德福', '玉珍', '淑华', '志强', '凤英', '国华', '兰英']
const INITIALS: Record<string, string> = { 王: 'w', 李: 'l', 张: 'z', 刘: 'l', 陈: 'c', 杨: 'y', 赵: 'z', 黄: 'h', 周: 'z', 吴: 'w', 秀兰: 'xl', 桂英: 'gy', 建国: 'jg', 德福: 'df', 玉珍: 'yz', 淑华: 'sh', 志强: 'zq', 凤英: 'fy', 国华: 'gh', 兰英: 'ly' }

/** The street's seniors (about one in six residents is 70 or over) and their lunches this week. */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const seniors: Array<Record<string, unknown>> = []
  const communities = ['黄河西路第一社区', '黄河西路第二社区', '黄河西路第三社区', '黄河西路第四社区', '黄河西路第五社区', '黄河西路第六社区']
  for (let i = 0; i < 6000; i++) {
    const s = pick(ctx.random, SURNAMES)
    const g = pick(ctx.random, GIVEN)
    const phone = `139${String(10_000_000 + i).padStart(8, '0')}`
    seniors.push(
      senior({ _id: `vs-${i}`, name: `${s}${g}`, initials: `${INITIALS[s]}${INITIALS[g]}`, birthDate: `19${40 + Math.floor(ctx.random() * 20)}-0${1 + (i % 9)}-1${i % 9}`, community: pick(ctx.random, communities), building: `${1 + (i % 30)}号楼`, room: `${1 + (i % 6)}0${1 + (i % 4)}`, phone, phoneTail: phone.slice(-4), living: ctx.random() < 0.3 ? 'alone' : 'family', subsidy: ctx.random() < 0.2 ? 'aged80' : 'none' }, ctx.now),
    )
  }
  insertAll(store, 'seniors', seniors)
  insertAll(store, 'meal_menus', menusFor(ctx.now, 7).map((m) => ({ ...m, _id: `v-${m._id}` })))
  volumeHomeBookings(store, ctx, seniors)
}

const HOME_TIMES: Record<string, string[]> = {
  'home-bath': ['09:00', '10:00', '14:00', '15:00'],
  'home-haircut': ['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'],
  'home-cleaning': ['09:00', '14:00'],
  'home-escort': ['08:00', '13:30'],
}

/**
 * A year of the street’s home services and the next two weeks (`vh-<n>`, never the demo’s `home-demo-*`): about two places in
 * three taken on the slot grid, each by a different senior; past ones done, 上门未遇 or cancelled, coming ones
 * waiting or sent. A counter the demo already started (王秀兰's bookings) is added to, not replaced.
 */
function volumeHomeBookings(store: DocumentStore, ctx: VolumeContext, seniors: Array<Record<string, unknown>>): void {
  const bookings: HomeBookingSeed[] = []
  let next = 0
  for (let n = -365; n < 14; n++) {
    const day = dayAfter(ctx.now, n)
    for (const service of HOME_SERVICES) {
      if (!service.rule.weekdays.includes(isoWeekday(day))) continue
      const places = providersOn(service.providers, day).length
      const [started] = store.find('home_service_days', { query: { _id: `${service._id}_${day}` } })
      const taken = (started?.booked as Record<string, number> | undefined) ?? {}
      for (const time of HOME_TIMES[service._id]) {
        for (let w = taken[timeKey(time)] ?? 0; w < places; w++) {
          if (ctx.random() > 0.65) continue
          // each senior once in the year (~3,300 bookings, 6,000 seniors): no two standing bookings share a hold
          const s = seniors[next++ % seniors.length]
          const past = n < 0
          const roll = ctx.random()
          const status: HomeBookingStatus = past ? (roll < 0.85 ? 'done' : roll < 0.93 ? 'notHome' : 'cancelled') : n < 3 && roll < 0.7 ? 'confirmed' : roll < 0.1 ? 'cancelled' : 'booked'
          const family = ctx.residents.length && ctx.random() < 0.6 ? ctx.residents[Math.floor(ctx.random() * ctx.residents.length)] : null
          const address = `${s.community}${s.building}1单元${s.room}`
          bookings.push(
            homeBooking({
              id: `vh-${bookings.length}`,
              service,
              senior: { _id: s._id as string, name: s.name as string, address, marks: priorityMarks(s as unknown as Parameters<typeof priorityMarks>[0], day), openid: null },
              day,
              time,
              status,
              hold: 0,
              provider: w,
              by: family ? { actorId: family, actorName: '家属', onBehalf: true } : { actorId: 'persona-staff-eldercare', actorName: '孙丽', onBehalf: true, staff: true },
              now: ctx.now,
            }),
          )
        }
      }
    }
  }
  insertAll(store, 'home_service_bookings', bookings)
  insertAll(store, 'my_items', bookings.filter((b) => b.ownerId).map(myHomeItem))
  const fresh: Array<Record<string, unknown>> = []
  for (const [_id, d] of dayCounters(bookings)) {
    if (!store.count('home_service_days', { _id })) {
      fresh.push({ _id, ...d })
      continue
    }
    const [seen] = store.find('home_service_days', { query: { _id } })
    const booked = { ...(seen.booked as Record<string, number>) }
    for (const [k, v] of Object.entries(d.booked)) booked[k] = (booked[k] ?? 0) + v
    store.modify('home_service_days', { query: { _id }, single: true, data: { booked }, merge: true, upsert: false })
  }
  insertAll(store, 'home_service_days', fresh)
}
