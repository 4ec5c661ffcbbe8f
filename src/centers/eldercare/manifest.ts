/** 老年日间照料服务中心: the senior database, family links (代办), meals ordered for parents and delivered. */
import { timeHoldIndexes } from '@/shared/domain/booking/time-holds'
import { HOME_TIME_HOLD } from '@/shared/domain/eldercare/home-time-hold'
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'eldercare',
  center: {
    name: '老年日间照料服务中心',
    glyph: '老',
    purpose: '生活照料、家政服务、送餐上门，由幸福夕阳服务中心带动运行',
    services: ['老人档案', '助餐订餐', '送餐上门', '上门服务'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，老年日间照料服务中心（由幸福夕阳服务中心带动运行）',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['老人的居民身份证', '子女代为咨询的，带上本人身份证', '老人的身体情况和饮食要求（如糖尿病、低盐、软食）'],
    },
  },
  subpackage: {
    root: 'centers/eldercare',
    pages: ['pages/index/index', 'pages/order/index', 'pages/orders/index', 'pages/senior/index', 'pages/sheet/index', 'pages/seniors/index', 'pages/menu/index', 'pages/import/index', 'pages/home-services/index', 'pages/home-board/index'],
  },
  functions: ['eldercare'],
  collections: {
    seniors: [
      { name: 'name', keys: { name: 1 } },
      { name: 'initials', keys: { initials: 1 } },
      { name: 'phone_tail', keys: { phoneTail: 1 } },
      { name: 'phone', keys: { phone: 1 } },
      { name: 'building', keys: { building: 1, community: 1 } },
      { name: 'community', keys: { community: 1, name: 1 } },
      { name: 'id_number', keys: { idNumber: 1 } },
      { name: 'openid', keys: { openid: 1 } },
      { name: 'family', keys: { familyIds: 1 } },
      { name: 'updated', keys: { updatedAt: -1 } },
    ],
    eldercare_links: [
      { name: 'family', keys: { familyId: 1, status: 1 } },
      { name: 'senior', keys: { seniorId: 1, status: 1 } },
      { name: 'status', keys: { status: 1, requestedAt: 1 } },
    ],
    meal_menus: [{ name: 'day', keys: { day: 1, meal: 1 } }],
    meal_orders: [
      { name: 'senior_day', keys: { seniorId: 1, day: 1 } },
      { name: 'senior_month', keys: { seniorId: 1, month: 1 } },
      { name: 'sheet', keys: { menuId: 1, status: 1, community: 1, building: 1 } },
    ],
    meal_statements: [{ name: 'month', keys: { month: 1 } }],
    home_services: [{ name: 'order', keys: { order: 1 } }],
    home_service_days: [{ name: 'place_day', keys: { placeId: 1, day: 1 } }],
    home_service_bookings: [
      { name: 'active_once', keys: { activeKey: 1 }, unique: true },
      { name: 'hold_once', keys: { holdKey: 1 }, unique: true },
      // the senior's time: no two standing visits overlap (time_0 … time_7)
      ...timeHoldIndexes(HOME_TIME_HOLD),
      { name: 'senior_day', keys: { seniorId: 1, day: 1, time: 1 } },
      { name: 'board', keys: { day: 1, time: 1, placeId: 1 } },
      { name: 'tell_staff', keys: { tellStaff: 1, createdAt: 1 } },
    ],
  },
  templates: { mealDelivered: 'TPL_MEAL_DELIVERED', familyLinked: 'TPL_FAMILY_LINKED', homeServiceProgress: 'TPL_HOME_SERVICE_PROGRESS' },
  roles: {},
  // 综合指挥平台: today's meals ordered at the canteens
  figures: [
    {
      label: '今日助餐订餐',
      page: 'pages/sheet/index',
      counts: { meals: { collection: 'meal_menus', where: { day: { eq: { at: 'today' } } }, sums: ['taken', 'places'] } },
      value: '{meals.taken} 份',
      note: '共 {meals.places} 份可订',
    },
  ],
  seed: 'emulator/seeds/eldercare.ts',
  privacy: {
    collects: [
      {
        info: '老人档案（姓名、出生日期、住址、电话、居住情况、饮食需要、紧急联系人）',
        purpose: '助餐送餐和上门服务',
        how: '老人本人、家属或中心工作人员登记，或由社区名册导入',
        visibleTo: '老人本人、已关联的家属、老年日间照料服务中心工作人员',
      },
      {
        info: '老人身份证号和健康备注（敏感信息）',
        purpose: '核对补贴资格、照护时注意健康状况',
        how: '登记或导入时填写',
        visibleTo: '仅老人本人、已关联的家属和中心工作人员；列表和导出中均不显示',
      },
      { info: '订餐记录（餐次、送餐方式、费用）', purpose: '备餐、送餐和按月结算', how: '您或家属订餐时产生', visibleTo: '老人本人、已关联的家属、中心工作人员' },
      { info: '上门服务预约（服务项目、时间、上门地址）', purpose: '安排服务人员上门助浴、理发、保洁、陪诊等', how: '您或家属预约时产生', visibleTo: '老人本人、已关联的家属、中心工作人员' },
    ],
    apis: { chooseMessageFile: '中心工作人员从微信聊天中选择社区老人名册（Excel/CSV）导入' },
  },
})
