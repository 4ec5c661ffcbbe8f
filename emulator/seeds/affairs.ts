/**
 * Demo catalog of 社区事务受理服务中心: common items with the materials residents are asked for, the street's
 * acceptance hall and one station per community. Illustrative: the street office's real list replaces it.
 */
import { shanghaiDay } from '@/shared/time'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'
import { COMMUNITIES } from '@/shared/domain/communities'
import type { BookingPolicy, OpeningRule } from '@/shared/domain/booking/slots'

/** a material; `optional`: only in some cases, so an online application goes ahead without a photo of it */
const M = (name: string, note = '', optional = false) => ({ name, note, ...(optional ? { required: false } : {}) })

export const AFFAIRS_SERVICES = [
  {
    _id: 'svc-juzhuzheng', name: '居住证办理', category: '户籍居住', handledAt: 'street', delegable: true, promisedDays: 15, fee: '免费',
    who: '在本街道居住半年以上、非本市户籍的人员',
    materials: [M('居民身份证', '原件+复印件'), M('居住证明', '房产证或租房合同，原件+复印件'), M('近期一寸白底照片', '2 张')],
    keywords: ['居住证', '暂住'],
  },
  {
    _id: 'svc-shengyu', name: '生育登记', category: '卫生计生', handledAt: 'community', delegable: false, promisedDays: 1, fee: '免费',
    who: '户籍或居住在本社区的育龄夫妻',
    materials: [M('夫妻双方身份证', '原件'), M('结婚证', '原件'), M('户口簿', '原件')],
    keywords: ['生育', '准生', '计生'],
  },
  {
    _id: 'svc-laonian-youdai', name: '老年人优待证', category: '老龄残联', handledAt: 'street', delegable: true, promisedDays: 7, fee: '免费',
    who: '年满 60 周岁的老年人（可由子女代办）',
    materials: [M('老人身份证', '原件+复印件'), M('近期一寸彩色照片', '1 张'), M('代办人身份证', '子女代办时提供，原件', true)],
    keywords: ['优待证', '老年证', '敬老'],
  },
  {
    _id: 'svc-canjiren', name: '残疾人证申领', category: '老龄残联', handledAt: 'street', delegable: true, promisedDays: 20, fee: '免费',
    who: '本街道户籍的残疾人或其监护人',
    materials: [M('户口簿、身份证', '原件+复印件'), M('近期二寸白底照片', '3 张'), M('医院诊断证明', '二级及以上医院出具')],
    keywords: ['残疾证', '残联'],
  },
  {
    _id: 'svc-dibao', name: '城乡低保申请', category: '民政救助', handledAt: 'street', delegable: true, promisedDays: 30, fee: '免费',
    who: '家庭人均收入低于本地低保标准的本地户籍家庭',
    materials: [M('申请人身份证、户口簿', '原件+复印件'), M('家庭收入证明', '单位或社区出具'), M('家庭经济状况核对授权书', '家庭成员签字'), M('银行卡', '申请人本人名下')],
    keywords: ['低保', '救助', '困难'],
  },
  {
    _id: 'svc-linshi-jiuzhu', name: '临时救助', category: '民政救助', handledAt: 'street', delegable: true, promisedDays: 10, fee: '免费',
    who: '因突发事件、意外伤害、重大疾病等导致基本生活暂时困难的家庭',
    materials: [M('申请人身份证', '原件+复印件'), M('困难情况证明', '医疗票据、事故证明等'), M('银行卡', '申请人本人名下')],
    keywords: ['救助', '困难', '急难'],
  },
  {
    _id: 'svc-jiuye-dengji', name: '就业失业登记', category: '就业创业', handledAt: 'community', delegable: false, promisedDays: 1, fee: '免费',
    who: '法定劳动年龄内、有劳动能力和就业要求的人员',
    materials: [M('居民身份证', '原件'), M('解除劳动合同证明', '失业登记时提供', true)],
    keywords: ['失业', '就业', '登记', '4050'],
  },
  {
    _id: 'svc-shebaoka', name: '社保卡补办', category: '社会保障', handledAt: 'street', delegable: true, promisedDays: 10, fee: '免费（首次补办）',
    who: '社保卡遗失或损坏的参保人',
    materials: [M('居民身份证', '原件'), M('近期一寸白底照片', '1 张，或现场采集', true)],
    keywords: ['社保卡', '补办', '挂失'],
  },
  {
    _id: 'svc-gaoling-butie', name: '高龄津贴申领', category: '老龄残联', handledAt: 'street', delegable: true, promisedDays: 15, fee: '免费',
    who: '年满 80 周岁的本地户籍老年人',
    materials: [M('老人身份证、户口簿', '原件+复印件'), M('银行卡', '老人本人名下')],
    keywords: ['高龄', '津贴', '补贴'],
  },
  {
    _id: 'svc-yiliao-canbao', name: '城乡居民医保参保登记', category: '社会保障', handledAt: 'community', delegable: false, promisedDays: 1, fee: '按年度缴费标准',
    who: '未参加职工医保的本地户籍及常住居民',
    materials: [M('居民身份证或户口簿', '原件')],
    keywords: ['医保', '参保', '缴费'],
  },
].map((s, i) => ({ ...s, order: i + 1 }))

const HALL_RULE: OpeningRule = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  slotMinutes: 30,
  windows: 3,
}
const STATION_RULE: OpeningRule = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { start: '09:00', end: '11:30' },
    { start: '14:30', end: '17:00' },
  ],
  slotMinutes: 30,
  windows: 1,
}
export const DEFAULT_POLICY: BookingPolicy = { minNoticeMinutes: 120, horizonDays: 14, cancelCutoffMinutes: 60, maxActivePerPerson: 3 }

export const AFFAIRS_PLACES = [
  { _id: 'hall', name: '街道社区事务受理服务中心', kind: 'hall', community: null, address: '黄河西路街道办事处一楼大厅', rule: HALL_RULE, policy: DEFAULT_POLICY, closures: [] },
  ...COMMUNITIES.map((community, i) => ({
    _id: `station-${i + 1}`,
    name: `${community.replace('黄河西路', '')}居民服务站`,
    kind: 'station',
    community,
    address: `${community}居委会一楼`,
    rule: STATION_RULE,
    policy: DEFAULT_POLICY,
    closures: [],
  })),
]

export function seedAffairs(store: DocumentStore): void {
  store.insert('affairs_services', AFFAIRS_SERVICES)
  store.insert('affairs_places', AFFAIRS_PLACES)
}

/** What the seeder runs (see emulator/seeds/index.ts). */
export { seedAffairs as seed }

/** A year of window bookings (past, closed one way or another) and 两级代办 applications at street volume. */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const bookings: Array<Record<string, unknown>> = []
  const places = AFFAIRS_PLACES
  for (let i = 0; i < 36_000; i++) {
    const subjectId = pick(ctx.random, ctx.residents)
    const service = pick(ctx.random, AFFAIRS_SERVICES)
    const place = places[Math.floor(ctx.random() * places.length)]
    const start = new Date(ctx.now.getTime() - (1 + Math.floor(ctx.random() * 365)) * 86_400_000)
    start.setUTCHours(1 + Math.floor(ctx.random() * 7), ctx.random() < 0.5 ? 0 : 30, 0, 0)
    const day = shanghaiDay(start)
    const status = pick(ctx.random, ['done', 'done', 'done', 'cancelled', 'noShow'] as const)
    const id = `vb-${i}`
    bookings.push({
      _id: id,
      activeKey: `${status}_${id}`,
      holdKey: `${status}_${id}`,
      serviceId: service._id,
      serviceName: service.name,
      placeId: place._id,
      placeName: place.name,
      address: place.address,
      day,
      time: formatClock(start),
      start,
      cancelBy: start,
      materials: service.materials,
      subjectId,
      actorId: subjectId,
      onBehalf: false,
      status,
      queueNo: null,
      window: null,
      cancelReason: status === 'cancelled' ? '本人取消' : null,
      createdAt: start,
      updatedAt: start,
    })
  }
  insertAll(store, 'affairs_bookings', bookings)
  const applications: Array<Record<string, unknown>> = []
  const delegable = AFFAIRS_SERVICES.filter((s) => s.delegable)
  const stations = places.filter((p) => p.kind === 'station')
  for (let i = 0; i < 4_000; i++) {
    const subjectId = pick(ctx.random, ctx.residents)
    const service = pick(ctx.random, delegable)
    const station = pick(ctx.random, stations)
    const submittedAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365) * 86_400_000)
    const status = pick(ctx.random, ['done', 'done', 'submitted', 'accepted', 'forwarded', 'returned'] as const)
    applications.push({
      _id: `va-${i}`,
      serviceId: service._id,
      serviceName: service.name,
      handledAt: service.handledAt,
      stationId: station._id,
      stationName: station.name,
      community: station.community,
      applicantName: '居民',
      subjectId,
      actorId: subjectId,
      onBehalf: false,
      fields: [{ label: '申请说明', value: '线上代办申请' }],
      materialFiles: [],
      note: null,
      status,
      missing: [],
      timeline: [{ at: submittedAt, status: 'submitted', text: '提交申请', by: '申请人本人', reason: null, missing: [] }],
      submittedAt,
      updatedAt: submittedAt,
    })
  }
  insertAll(store, 'affairs_applications', applications)
}

const formatClock = (at: Date) => {
  const t = new Date(at.getTime() + 8 * 3_600_000)
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`
}
