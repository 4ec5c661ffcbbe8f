/**
 * Demo social organizations and activities (政府搭台、社会力量唱戏): 幸福夕阳服务中心 and a realistic set, with
 * activities of the brand projects 五个黄河 and 四季的关怀 in the weeks after the seed. Names are illustrative.
 */
import { atShanghai, shanghaiDay } from '../../src/shared/time'
import type { DocumentStore } from '../store/engine'

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
