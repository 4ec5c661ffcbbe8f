/** 法律援助服务中心: private consultations, the guided eligibility check, legal-aid applications, linked mediation. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'legal',
  center: {
    name: '法律援助服务中心',
    glyph: '法',
    purpose: '人民调解、行政调解、司法调解联动，提供法律援助',
    services: ['法律咨询', '法律援助申请', '人民调解'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，法律援助服务中心',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['本人居民身份证', '与纠纷有关的材料（合同、借条、票据、聊天记录、照片等）', '申请法律援助的，带上经济困难的证明（如低保证）'],
    },
  },
  subpackage: {
    root: 'centers/legal',
    pages: [
      'pages/index/index',
      'pages/ask/index',
      'pages/consultation/index',
      'pages/check/index',
      'pages/apply/index',
      'pages/aid/index',
      'pages/mediate/index',
      'pages/mediation/index',
      'pages/book/index',
      'pages/mine/index',
      'pages/board/index',
    ],
  },
  functions: ['legal'],
  collections: {
    legal_consultations: [
      { name: 'asker_updated', keys: { askerId: 1, updatedAt: -1 } },
      // the duty queue, oldest first (those waiting over a day are flagged)
      { name: 'status_waiting', keys: { status: 1, waitingSince: 1 } },
    ],
    legal_aid: [
      { name: 'subject_updated', keys: { subjectId: 1, updatedAt: -1 } },
      // the staff board: running deadlines first, overdue on top
      { name: 'open_board', keys: { open: 1, boardKey: 1 } },
      { name: 'lawyer_updated', keys: { lawyerOpenid: 1, updatedAt: -1 } },
    ],
    legal_mediations: [
      { name: 'parties_updated', keys: { parties: 1, updatedAt: -1 } },
      { name: 'invite_code', keys: { inviteCode: 1 } },
      { name: 'open_updated', keys: { open: 1, updatedAt: 1 } },
      { name: 'mediator_updated', keys: { mediatorOpenid: 1, updatedAt: -1 } },
    ],
    // the duty lawyers' reception room and its slots (kernel slots)
    legal_rooms: [],
    legal_days: [{ name: 'place_day', keys: { placeId: 1, day: 1 } }],
    legal_bookings: [
      { name: 'active_once', keys: { activeKey: 1 }, unique: true },
      // the per-person cap of standing bookings (kernel slots): one booking per hold key
      { name: 'hold_once', keys: { holdKey: 1 }, unique: true },
      { name: 'subject_start', keys: { subjectId: 1, start: -1 } },
      { name: 'place_day_time', keys: { placeId: 1, day: 1, time: 1 } },
    ],
    legal_providers: [{ name: 'kind_order', keys: { kind: 1, order: 1 } }],
    legal_access_log: [
      { name: 'case_at', keys: { caseId: 1, at: -1 } },
      // the administrator's review of every case's reads, the latest first
      { name: 'at_recent', keys: { at: -1 } },
    ],
    // 街道设置: one document per setting (workdays: the staff corrections of the official calendar)
  },
  // legalReminder: the 司法确认 reminder before the 30 days after a mediation agreement run out
  templates: { legalProgress: 'TPL_LEGAL_PROGRESS', legalReminder: 'TPL_LEGAL_REMINDER' },
  roles: { lawyer: '律师', mediator: '调解员' },
  // 综合指挥平台: open legal-aid cases whose running deadline is within 3 days or past (board key: '0' + the deadline, ISO)
  figures: [
    {
      label: '法律援助临近时限',
      page: 'pages/board/index',
      counts: { near: { collection: 'legal_aid', where: { open: { eq: true }, boardKey: { gte: '0', lt: { at: { daysFromNow: 3 }, prefix: '0' } } } } },
      value: '{near} 件',
      note: '3 日内到期或已超期',
      alertWhen: 'near',
    },
  ],
  seed: 'emulator/seeds/legal.ts',
  privacy: {
    collects: [
      {
        info: '法律咨询的问题和照片',
        purpose: '律师答复您的法律咨询',
        how: '您填写和拍摄上传',
        visibleTo: '您本人；接单答复的值班律师（接单前为当日值班律师），律师每次查看都记录在案。列表和「我的」只显示问题类别',
      },
      {
        info: '身份证号（敏感个人信息）、联系电话、案情和经济困难状况',
        purpose: '法律援助申请的审查、决定和指派律师',
        how: '您在申请时填写，单独同意后提交',
        visibleTo: '您本人（身份证号部分隐藏）；法律援助中心审查人员和指派的律师；工作人员每次查看都记录在案',
      },
      {
        info: '法律援助申请材料照片（可能含身份证件）',
        purpose: '法律援助申请的材料审查',
        how: '您拍摄或从相册选择上传',
        visibleTo: '您本人；法律援助中心审查人员和指派的律师（临时链接，10 分钟有效）',
      },
      {
        info: '调解纠纷情况、对方姓名和手机号',
        purpose: '邀请对方参加调解、安排调解和记录调解协议',
        how: '您在申请调解时填写',
        visibleTo: '调解双方；法律援助中心工作人员和指派的调解员，每次查看都记录在案（对方看到的手机号部分隐藏）',
      },
    ],
    apis: { chooseMedia: '法律咨询和法律援助申请时拍摄或选择照片' },
  },
})
