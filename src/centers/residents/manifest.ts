/** 居民服务中心（街道职工之家）: 社情民意, 干群恳谈 (cadres' reception hours on the kernel slots), 居民议事. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'residents',
  center: {
    name: '居民服务中心（街道职工之家）',
    glyph: '民',
    purpose: '收集社情民意，干群恳谈交流',
    services: ['意见建议', '居民议事', '干群恳谈'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，居民服务中心（街道职工之家）',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['想反映的意见建议（可提前写在纸上）', '本人居民身份证'],
    },
  },
  subpackage: {
    root: 'centers/residents',
    pages: [
      'pages/index/index',
      'pages/send/index',
      'pages/opinion/index',
      'pages/public/index',
      'pages/board/index',
      'pages/talks/index',
      'pages/hours/index',
      'pages/topics/index',
      'pages/propose/index',
      'pages/topic/index',
      'pages/verify/index',
    ],
  },
  functions: ['voice'],
  collections: {
    voice_opinions: [
      { name: 'author_created', keys: { authorId: 1, createdAt: -1 } },
      // the staff board: newest first, by status and category
      { name: 'created', keys: { createdAt: -1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'category_status_created', keys: { category: 1, status: 1, createdAt: -1 } },
      // residents see the public ones
      { name: 'public_created', keys: { public: 1, createdAt: -1 } },
      { name: 'public_category_created', keys: { public: 1, category: 1, createdAt: -1 } },
      { name: 'agenda_reception', keys: { 'agenda.receptionId': 1, createdAt: -1 } },
    ],
    // 居民议事: topics by scope (community or building), newest activity first
    voice_topics: [
      { name: 'scope_updated', keys: { scopeKey: 1, updatedAt: -1 } },
      { name: 'updated', keys: { updatedAt: -1 } },
      { name: 'step_updated', keys: { step: 1, updatedAt: -1 } },
    ],
    // one per (topic, person): `<topicId>_<openid>`
    voice_supports: [],
    voice_objections: [{ name: 'topic_at', keys: { topicId: 1, at: -1 } }],
    voice_ratings: [],
    // secret ballots: one per (topic, household or person), holding a receipt and never the choice
    voice_ballots: [{ name: 'topic', keys: { topicId: 1 } }],
    // address verification (the badge) asked by residents, decided by community staff
    voice_verifications: [{ name: 'status_asked', keys: { status: 1, askedAt: 1 } }],
    // 干群恳谈: the cadres' reception hours and their slots (kernel slots)
    voice_receptions: [{ name: 'active_created', keys: { active: 1, createdAt: 1 } }],
    voice_reception_days: [{ name: 'place_day', keys: { placeId: 1, day: 1 } }],
    voice_reception_bookings: [
      { name: 'active_once', keys: { activeKey: 1 }, unique: true },
      // the per-person cap of standing bookings (kernel slots): one booking per hold key
      { name: 'hold_once', keys: { holdKey: 1 }, unique: true },
      { name: 'subject_start', keys: { subjectId: 1, start: -1 } },
      { name: 'place_day_time', keys: { placeId: 1, day: 1, time: 1 } },
    ],
  },
  templates: { voiceProgress: 'TPL_VOICE_PROGRESS' },
  roles: { cadre: '接待干部（书记/主任）' },
  // 综合指挥平台: residents' opinions (社情民意) not yet answered, and this week's new ones
  figures: [
    {
      label: '社情民意待答复',
      page: 'pages/board/index',
      counts: {
        waiting: { collection: 'voice_opinions', where: { status: { in: ['submitted', 'forwarded', 'onAgenda'] } } },
        week: { collection: 'voice_opinions', where: { createdAt: { gte: { at: 'weekStart' } } } },
      },
      value: '{waiting} 条',
      note: '本周新收 {week} 条',
    },
  ],
  seed: 'emulator/seeds/voice.ts',
  privacy: {
    collects: [
      {
        info: '您反映的意见、建议或诉求及照片',
        purpose: '居民服务中心答复、转交相关中心办理或列入干群恳谈议程',
        how: '您填写和拍摄上传',
        visibleTo: '您本人和居民服务中心工作人员；您选择公开的，其他居民也能看到内容（选择匿名则不显示您的姓名）；转交后，接收中心的工作人员；列入干群恳谈议程后，接待的干部（只看到内容，不显示姓名）',
      },
      {
        info: '您的住址（地址认证）',
        purpose: '确认您是哪个社区、哪栋楼的居民，才能参与该范围的居民议事；每户一票的表决按户计票',
        how: '取自您的个人资料，由社区工作人员核对',
        visibleTo: '您本人和居民服务中心工作人员；其他居民只看到您姓名的一部分和楼栋',
      },
      {
        info: '议事中的支持、意见、异议、评议和表决',
        purpose: '居民议事的征求意见、公示和表决',
        how: '您在议题页操作',
        visibleTo: '意见对本范围居民公开（姓名部分隐藏）；异议内容仅工作人员可见、不显示是谁；表决不记名，任何人（包括工作人员）都看不到您投了什么，只公布总票数',
      },
      {
        info: '恳谈预约和想谈的事',
        purpose: '安排书记/主任接待日的恳谈并记录结果',
        how: '您预约时填写',
        visibleTo: '您本人、接待您的干部和居民服务中心工作人员',
      },
    ],
    apis: { chooseMedia: '反映意见时拍摄或选择照片' },
  },
})
