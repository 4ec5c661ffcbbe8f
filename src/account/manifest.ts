/**
 * The platform's own pieces: who people are (个人资料, roles, 代办 delegations), the one 我的 list and request ids
 * for safe retries. The kernel (cloudfunctions/_kernel) uses these collections in every function.
 */
import { defineManifest } from '../centers/manifest'

export default defineManifest({
  code: 'account',
  subpackage: { root: 'account', pages: ['pages/profile/index', 'pages/roles/index'] },
  functions: ['account'],
  collections: {
    users: [
      { name: 'phone', keys: { phone: 1 } },
      { name: 'name', keys: { 'profile.name': 1 } },
      // a center's staff (kernel staffOf: who is told when a case escalates)
      { name: 'staff', keys: { 'roles.role': 1, 'roles.center': 1 } },
    ],
    delegations: [{ name: 'subject', keys: { subjectId: 1 } }],
    // the street's one working-day calendar (kernel calendar.ts): every center's deadlines read it
    street_settings: [],
    my_items: [
      { name: 'owner_recent', keys: { ownerId: 1, updatedAt: -1 } },
      { name: 'owner_upcoming', keys: { ownerId: 1, nextAt: 1 } },
    ],
    requests: [{ name: 'created', keys: { createdAt: 1 } }],
    // uploads prepared for one person and purpose (kernel files service)
    files: [{ name: 'owner_created', keys: { owner: 1, createdAt: -1 } }],
    // the outbox of subscription messages every function records into (kernel notices)
    notices: [
      { name: 'state_due', keys: { state: 1, nextAt: 1 } },
      { name: 'state_locked', keys: { state: 1, lockedAt: 1 } },
      { name: 'lock', keys: { lock: 1 } },
    ],
  },
  templates: {},
  // centerStaff is scoped to one center; family acts for a senior through a delegation (代办)
  roles: { resident: '居民', family: '家属', centerStaff: '中心工作人员', admin: '街道管理员' },
  seed: 'emulator/seeds/account.ts',
  privacy: {
    collects: [
      { info: '微信用户标识（OpenID）', purpose: '识别身份，保存您的办事记录', how: '使用小程序时由微信提供', visibleTo: '系统' },
      { info: '姓名', purpose: '预约、申请时核对身份', how: '您在「个人资料」中填写', visibleTo: '您本人；为您办理业务的中心工作人员' },
      {
        info: '手机号',
        purpose: '办事进度联系',
        how: '您填写，或经您授权由微信提供（getPhoneNumber）',
        visibleTo: '您本人；为您办理业务的工作人员（列表中只显示 138****5678）',
      },
      { info: '所在社区、详细地址', purpose: '确定办理的社区服务站、上门服务地址', how: '您在「个人资料」中填写', visibleTo: '您本人；为您办理业务的工作人员' },
      { info: '出生年份（选填）', purpose: '报名有年龄要求的活动', how: '您在「个人资料」中填写（不收集出生日期）', visibleTo: '系统判断，不向他人展示' },
    ],
    apis: { getPhoneNumber: '「个人资料」中经您同意取得微信绑定的手机号' },
  },
})
