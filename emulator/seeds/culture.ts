/**
 * Demo social organizations and activities (政府搭台、社会力量唱戏): 幸福夕阳服务中心 and a realistic set, with
 * activities of the brand projects 五个黄河 and 四季的关怀 in the weeks after the seed. Names are illustrative.
 */
import { atShanghai, shanghaiDay } from '@/shared/time'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'

export const ORGS = [
  { _id: 'org-xingfu-xiyang', name: '幸福夕阳服务中心', kind: 'registered', fields: ['养老', '志愿服务'], centers: ['eldercare', 'culture'], contactName: '刘芳', contactPhone: '13904720001', intro: '为辖区老年人提供助餐、日间照料和文体活动，「四季的关怀」项目执行机构。' },
  { _id: 'org-huanghe-yishu', name: '黄河艺术团', kind: 'grassroots', fields: ['文化'], centers: ['culture'], contactName: '高秀梅', contactPhone: '13904720002', intro: '居民自发组建的文艺团队，排练合唱、舞蹈和戏曲，参与「五个黄河」文化品牌活动。' },
  { _id: 'org-mingli-falv', name: '明理法律服务社', kind: 'registered', fields: ['法律'], centers: ['legal', 'culture'], contactName: '周正', contactPhone: '13904720003', intro: '提供普法讲座、法律咨询和人民调解协助。' },
  { _id: 'org-qingchun-zhiyuan', name: '青春志愿者协会', kind: 'registered', fields: ['志愿服务', '青少年'], centers: ['party', 'culture'], contactName: '韩雪', contactPhone: '13904720004', intro: '组织青年志愿者开展助老、环保和社区服务。' },
  { _id: 'org-shufa-xiehui', name: '社区书画协会', kind: 'grassroots', fields: ['文化'], centers: ['culture'], contactName: '杨文涛', contactPhone: '13904720005', intro: '书法、国画爱好者交流学习，开设公益书画课堂。' },
  { _id: 'org-chuangye-jia', name: '创业之家服务社', kind: 'registered', fields: ['就业'], centers: ['employment'], contactName: '孟凡', contactPhone: '13904720006', intro: '为 4050 人员和高校毕业生提供就业指导和创业培训。' },
]

/** Day N after `now`, at a Shanghai wall-clock time. */
const on = (now: Date, days: number, time: string) => atShanghai(atShanghai(shanghaiDay(now)).add(days, 'day').format('YYYY-MM-DD'), time).toDate()

export function seedActivities(now: Date) {
  const base = (id: string, days: number, start: string, end: string) => ({
    _id: id,
    startAt: on(now, days, start),
    endAt: on(now, days, end),
    signupOpensAt: on(now, -3, '09:00'),
    signupClosesAt: on(now, days - 1, '18:00'),
    cancelDeadline: on(now, days - 1, '12:00'),
    status: 'published',
    reviewNote: null,
    cancelReason: null,
    cover: null,
    latitude: null,
    longitude: null,
    createdBy: 'persona-org-liu',
    createdAt: now,
    updatedAt: now,
  })
  return [
    {
      ...base('act-chongyang-hechang', 3, '09:30', '11:30'),
      orgId: 'org-huanghe-yishu', orgName: '黄河艺术团', center: 'culture', brand: '五个黄河',
      title: '「黄河之声」社区合唱排练', description: '每周一次的合唱排练，欢迎喜爱唱歌的居民加入，零基础也可以参加。',
      address: '文化综合服务中心二楼多功能厅', capacity: 40, placesLeft: 40, companionsAllowed: 0,
      audience: { minAge: null, maxAge: null, communities: [] }, questions: [{ label: '声部（不清楚可不填）', required: false }], venueCode: 'HHZS2026',
    },
    {
      ...base('act-dongzhi-jiaozi', 6, '14:30', '16:30'),
      orgId: 'org-xingfu-xiyang', orgName: '幸福夕阳服务中心', center: 'culture', brand: '四季的关怀',
      title: '冬至包饺子 · 四季的关怀', description: '和邻里一起包饺子、话家常，饺子可带回家。请自带围裙。',
      address: '老年日间照料服务中心餐厅', capacity: 30, placesLeft: 30, companionsAllowed: 1,
      audience: { minAge: 60, maxAge: null, communities: [] }, questions: [{ label: '是否有忌口', required: true }], venueCode: 'DZJZ2026',
    },
    {
      ...base('act-shufa-ketang', 4, '15:00', '16:30'),
      orgId: 'org-shufa-xiehui', orgName: '社区书画协会', center: 'culture', brand: null,
      title: '公益书法课堂（楷书入门）', description: '由协会老师讲解楷书基本笔画，提供笔墨纸砚。',
      address: '文化综合服务中心一楼书画室', capacity: 12, placesLeft: 12, companionsAllowed: 0,
      audience: { minAge: null, maxAge: null, communities: [] }, questions: [], venueCode: 'SFKT2026',
    },
    {
      ...base('act-pufa-jiangzuo', 8, '09:00', '10:30'),
      orgId: 'org-mingli-falv', orgName: '明理法律服务社', center: 'culture', brand: '五个黄河',
      title: '「法治黄河」防诈骗讲座', description: '民警和律师讲解常见电信诈骗手法，现场答疑。',
      address: '文化综合服务中心二楼多功能厅', capacity: 80, placesLeft: 80, companionsAllowed: 2,
      audience: { minAge: null, maxAge: null, communities: [] }, questions: [], venueCode: 'FZHH2026',
    },
  ]
}

export function seedCulture(store: DocumentStore, now = new Date()): void {
  store.insert('orgs', ORGS.map((o) => ({ ...o, createdAt: now })))
  store.insert('activities', seedActivities(now))
}

/** What the seeder runs (see emulator/seeds/index.ts). */
export { seedCulture as seed }

const VOLUME_TITLES = ['合唱排练', '书法课堂', '健康讲座', '手工编织', '亲子阅读', '太极拳晨练', '防诈骗讲座', '剪纸体验', '戏曲欣赏', '广场舞教学', '摄影分享', '茶话会']

/** A dozen organizations publishing weekly for a year (46 weeks past, 6 ahead), each with its sign-ups. */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const cultureOrgs = ORGS.filter((o) => o.centers.includes('culture'))
  const activities: Array<Record<string, unknown>> = []
  const signups: Array<Record<string, unknown>> = []
  for (let week = -46; week < 6; week++) {
    for (let k = 0; k < 12; k++) {
      const org = cultureOrgs[k % cultureOrgs.length]
      const id = `va-${week + 46}-${k}`
      const startAt = new Date(ctx.now.getTime() + (week * 7 + (k % 7)) * 86_400_000)
      startAt.setUTCHours(1 + (k % 6), 0, 0, 0)
      const capacity = 20 + Math.floor(ctx.random() * 40)
      const people = new Set<string>()
      const wanted = Math.floor(capacity * (0.5 + ctx.random() * 0.6))
      while (people.size < wanted) people.add(pick(ctx.random, ctx.residents))
      const confirmed = [...people].slice(0, capacity)
      const waiting = [...people].slice(capacity)
      const past = startAt < ctx.now
      activities.push({
        _id: id,
        orgId: org._id,
        orgName: org.name,
        center: 'culture',
        brand: k % 3 === 0 ? '五个黄河' : k % 3 === 1 ? '四季的关怀' : null,
        title: `${VOLUME_TITLES[k]}（第 ${week + 47} 期）`,
        description: '社区常态化活动，欢迎居民参加。',
        cover: null,
        address: '文化综合服务中心',
        latitude: null,
        longitude: null,
        startAt,
        endAt: new Date(startAt.getTime() + 2 * 3_600_000),
        signupOpensAt: new Date(startAt.getTime() - 7 * 86_400_000),
        signupClosesAt: new Date(startAt.getTime() - 86_400_000),
        cancelDeadline: new Date(startAt.getTime() - 86_400_000),
        capacity,
        taken: confirmed.length,
        waiting: waiting.length,
        placesLeft: capacity - confirmed.length,
        companionsAllowed: 0,
        audience: { minAge: null, maxAge: null, communities: [] },
        questions: [],
        status: 'published',
        reviewNote: null,
        cancelReason: null,
        venueCode: `V${String(week + 46).padStart(3, '0')}${k}`.padEnd(8, 'X'),
        createdBy: 'persona-org-liu',
        createdAt: startAt,
        updatedAt: startAt,
      })
      ;[...confirmed, ...waiting].forEach((subjectId, n) => {
        const arrivedAt = new Date(startAt.getTime() - 6 * 86_400_000 + n * 60_000)
        signups.push({
          _id: `${id}_${subjectId}`,
          rowId: `${id}-r${n}`,
          activityId: id,
          title: `${VOLUME_TITLES[k]}（第 ${week + 47} 期）`,
          startAt,
          address: '文化综合服务中心',
          subjectId,
          ...ctx.people.get(subjectId),
          actorId: subjectId,
          onBehalf: false,
          seats: 1,
          answers: [],
          status: n < confirmed.length ? 'confirmed' : 'waitlisted',
          // unique within the activity: the position written in the code alphabet (no 0/O, 1/I)
          code: Array.from({ length: 6 }, (_, d) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(n / 32 ** d) % 32]).join(''),
          arrivedAt,
          checkedInAt: past && n < confirmed.length && ctx.random() < 0.8 ? startAt : null,
          createdAt: arrivedAt,
          updatedAt: arrivedAt,
        })
      })
    }
  }
  insertAll(store, 'activities', activities)
  insertAll(store, 'activity_signups', signups)
}
