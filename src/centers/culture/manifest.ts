/** 文化综合服务中心: social organizations and their staff; activities from draft to check-in. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'culture',
  center: {
    name: '文化综合服务中心',
    glyph: '文',
    purpose: '「五个黄河」「四季的关怀」等文体活动报名',
    services: ['活动报名', '签到', '社会组织'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，文化综合服务中心；各活动的地点见活动详情',
      phone: null,
      hours: '以各活动公布的时间为准',
      bring: ['已报名活动的签到码（在「我的报名」中）'],
    },
  },
  subpackage: {
    root: 'centers/culture',
    pages: ['pages/index/index', 'pages/activity/index', 'pages/signups/index', 'pages/orgs/index', 'pages/editor/index', 'pages/roster/index'],
  },
  functions: ['orgs', 'activities'],
  collections: {
    orgs: [
      { name: 'fields', keys: { fields: 1 } },
      { name: 'centers', keys: { centers: 1 } },
      { name: 'created', keys: { createdAt: 1 } },
    ],
    org_invites: [{ name: 'org', keys: { orgId: 1 } }],
    activities: [
      { name: 'public_list', keys: { status: 1, startAt: 1 } },
      { name: 'org', keys: { orgId: 1, updatedAt: -1 } },
      { name: 'center_status', keys: { center: 1, status: 1 } },
    ],
    activity_signups: [
      { name: 'activity_arrival', keys: { activityId: 1, status: 1, arrivedAt: 1 } },
      { name: 'activity_code', keys: { activityId: 1, code: 1 }, unique: true },
      { name: 'subject', keys: { subjectId: 1, startAt: -1 } },
    ],
  },
  templates: { activityChanged: 'TPL_ACTIVITY_CHANGED', activityPromoted: 'TPL_ACTIVITY_PROMOTED' },
  // scoped to one organization: registered here (文化中心 → 社会组织), they publish activities for any center
  roles: { orgStaff: '社会组织工作人员' },
  // 综合指挥平台: this week's published activities and how full they are
  figures: [
    {
      label: '本周活动',
      page: 'pages/index/index',
      counts: { week: { collection: 'activities', where: { status: { eq: 'published' }, startAt: { gte: { at: 'weekStart' }, lt: { at: 'nextWeekStart' } } }, sums: ['capacity', 'taken'] } },
      value: '{week} 场',
      note: '报名率 {week.taken/week.capacity}（{week.taken}/{week.capacity} 个名额）',
    },
  ],
  seed: 'emulator/seeds/culture.ts',
  privacy: {
    collects: [{ info: '活动报名回答', purpose: '主办方安排活动', how: '您报名时填写', visibleTo: '您本人；该活动的主办机构和所属中心工作人员' }],
    apis: { setClipboardData: '工作人员复制报名名单的下载链接' },
  },
})
