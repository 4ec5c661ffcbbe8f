/** 街道党建指导中心: services shown as 即将开通 until its issue lands. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'party',
  center: {
    name: '街道党建指导中心（党员服务中心）',
    glyph: '党',
    purpose: '党员管理、流动党员服务、学习教育与志愿服务',
    services: ['党员报到', '志愿服务', '学习活动'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，街道党建指导中心（党员服务中心）',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['本人居民身份证', '流动党员带上流动党员活动证或组织关系介绍信'],
    },
  },
  subpackage: {
    root: 'centers/party',
    pages: [
      'pages/index/index',
      // ---- volunteers and hours ----
      'pages/volunteer/index',
      'pages/hours/index',
      'pages/timebank/index',
      'pages/volunteer-staff/index',
    ],
  },
  functions: ['party'],
  collections: {
    // ---- volunteers and hours (时间银行) ----
    // one account per person: the balance, parked moves (kernel hours)
    hours_accounts: [
      { name: 'volunteer_code', keys: { 'volunteer.code': 1 } },
      { name: 'volunteer_since', keys: { volunteerSince: -1 } },
      { name: 'volunteer_community', keys: { volunteerCommunity: 1, volunteerSince: -1 } },
    ],
    // append-only: each entry's _id is fixed by its source or request, so nothing is counted twice
    hours_ledger: [
      { name: 'account_at', keys: { account: 1, at: -1 } },
      // one payment per home service; a senior's payments beside their bookings
      { name: 'pays_for', keys: { paysFor: 1 } },
      { name: 'senior_at', keys: { forSenior: 1, at: -1 } },
    ],
  },
  templates: {
    // ---- volunteers and hours ----
    hoursCredited: 'TPL_HOURS_CREDITED',
  },
  roles: {},
  // ---- volunteers and hours: the demo volunteer (the lead joins it with the party seed) ----
  seed: 'emulator/seeds/volunteers.ts',
  privacy: {
    collects: [
      // ---- volunteers and hours ----
      {
        info: '志愿者登记信息（服务技能、可服务时间、所在社区）和志愿服务时长记录',
        purpose: '记录志愿服务时长、开具志愿服务记录证明、时间银行兑换服务',
        how: '志愿者本人登记；时长由组织活动或服务的工作人员核实后记入',
        visibleTo: '志愿者本人、街道党建指导中心工作人员；时间银行的长辈账户：老人本人和已关联的家属',
      },
    ],
    apis: {},
  },
})
