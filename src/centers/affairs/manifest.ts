/** 社区事务受理服务中心: 办事指南, window appointments and the staff board, 两级代办 applications. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'affairs',
  center: {
    name: '社区事务受理服务中心',
    glyph: '办',
    purpose: '一门服务、一口受理、两级代办，预约窗口少跑路',
    services: ['办事指南', '窗口预约', '代办申请与进度查询'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，街道社区事务受理服务中心；可代办的事项也可到所在社区的居民服务站办理',
      phone: null,
      hours: '以「窗口预约」中可约的时段为准（节假日和临时暂停会在预约页写明）',
      bring: ['本人居民身份证原件', '所办事项要求的材料（见「办事指南」）', '代办他人事项的，带上委托人的身份证'],
    },
  },
  subpackage: {
    root: 'centers/affairs',
    pages: [
      'pages/index/index',
      'pages/service/index',
      'pages/book/index',
      'pages/bookings/index',
      'pages/apply/index',
      'pages/applications/index',
      'pages/application/index',
      'pages/board/index',
      'pages/inbox/index',
    ],
  },
  functions: ['affairs'],
  collections: {
    affairs_services: [
      { name: 'category_order', keys: { category: 1, order: 1 } },
      { name: 'order', keys: { order: 1 } },
    ],
    affairs_places: [],
    affairs_days: [{ name: 'place_day', keys: { placeId: 1, day: 1 } }],
    affairs_bookings: [
      { name: 'active_once', keys: { activeKey: 1 }, unique: true },
      // the per-person cap of standing bookings (kernel slots): one booking per hold key
      { name: 'hold_once', keys: { holdKey: 1 }, unique: true },
      { name: 'subject_start', keys: { subjectId: 1, start: -1 } },
      { name: 'place_day_time', keys: { placeId: 1, day: 1, time: 1 } },
      // the day-before reminder: tomorrow's bookings still booked
      { name: 'day_status', keys: { day: 1, status: 1 } },
    ],
    affairs_applications: [
      { name: 'subject_updated', keys: { subjectId: 1, updatedAt: -1 } },
      { name: 'status_submitted', keys: { status: 1, submittedAt: 1 } },
      // the staff inbox without a status filter, oldest first
      { name: 'submitted', keys: { submittedAt: 1 } },
    ],
  },
  templates: {
    appointmentChanged: 'TPL_APPOINTMENT_CHANGED',
    appointmentReminder: 'TPL_APPOINTMENT_REMINDER',
    applicationProgress: 'TPL_APPLICATION_PROGRESS',
  },
  roles: {},
  // 综合指挥平台: today's window appointments and no-shows; applications waiting and those past their service's promised working days
  figures: [
    {
      label: '今日窗口预约',
      page: 'pages/board/index',
      counts: {
        booked: { collection: 'affairs_bookings', where: { day: { eq: { at: 'today' } }, status: { in: ['booked', 'checkedIn', 'serving', 'done', 'noShow'] } } },
        noShow: { collection: 'affairs_bookings', where: { day: { eq: { at: 'today' } }, status: { eq: 'noShow' } } },
      },
      value: '{booked} 人',
      note: '其中未到 {noShow} 人',
    },
    {
      label: '代办申请待办',
      page: 'pages/inbox/index',
      counts: {
        waiting: { collection: 'affairs_applications', where: { status: { in: ['submitted', 'accepted', 'forwarded'] } } },
        // past the 承诺时限 of its own service, in working days from the day it was submitted
        late: {
          collection: 'affairs_applications',
          where: { status: { in: ['submitted', 'accepted', 'forwarded'] } },
          pastDue: { from: 'submittedAt', ref: 'serviceId', collection: 'affairs_services', days: 'promisedDays' },
        },
      },
      value: '{waiting} 件',
      note: '超过承诺办结时限 {late} 件',
      alertWhen: 'late',
    },
  ],
  seed: 'emulator/seeds/affairs.ts',
  privacy: {
    collects: [
      {
        info: '申请材料照片（可能含身份证件）',
        purpose: '社区事务代办申请的材料审核',
        how: '您拍摄或从相册选择上传',
        visibleTo: '您本人；经办的社区和街道工作人员（临时链接，10 分钟有效）',
      },
    ],
    apis: { chooseMedia: '代办申请时拍摄或选择材料照片' },
  },
})
