/**
 * 街道党建指导中心（党员服务中心）: 党员报到, 在职党员双报到 with the communities' service posts, 三会一课 and
 * 主题党日 through the activities engine, 微心愿.
 */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'party',
  center: {
    name: '街道党建指导中心（党员服务中心）',
    glyph: '党',
    purpose: '党员管理、流动党员服务、学习教育与志愿服务',
    services: ['党员报到', '在职党员双报到', '微心愿', '三会一课与主题党日'],
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
      'pages/member/index',
      'pages/posts/index',
      'pages/post-editor/index',
      'pages/roster/index',
      'pages/wishes/index',
      'pages/wish/index',
      'pages/wish-editor/index',
      'pages/board/index',
      // volunteers and hours
      'pages/volunteer/index',
      'pages/hours/index',
      'pages/timebank/index',
      'pages/volunteer-staff/index',
    ],
  },
  functions: ['party'],
  collections: {
    // one per person (the id is derived from the openid, which never leaves the function)
    party_members: [
      { name: 'owner', keys: { ownerId: 1 }, unique: true },
      { name: 'status_registered', keys: { status: 1, registeredAt: -1 } },
      { name: 'reported_hours', keys: { reportedCommunity: 1, hoursServed: -1 } },
      { name: 'registered', keys: { registeredAt: -1 } },
    ],
    party_posts: [
      { name: 'status_end', keys: { status: 1, endAt: 1, startAt: 1 } },
      { name: 'community_status_end', keys: { community: 1, status: 1, endAt: 1, startAt: 1 } },
    ],
    // one per (post, member): the id is keyed by both
    party_post_signups: [
      { name: 'post_signed', keys: { postId: 1, signedAt: 1 } },
      { name: 'member_signed', keys: { memberOwner: 1, signedAt: -1 } },
    ],
    party_wishes: [
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'community_status_created', keys: { community: 1, status: 1, createdAt: -1 } },
      { name: 'claimer_updated', keys: { claimerId: 1, updatedAt: -1 } },
      { name: 'wisher_updated', keys: { wisherId: 1, updatedAt: -1 } },
      // the timer: claims past their deadline go back to the pool
      { name: 'status_deadline', keys: { status: 1, claimDeadline: 1 } },
    ],
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
  templates: { partyProgress: 'TPL_PARTY_PROGRESS', hoursCredited: 'TPL_HOURS_CREDITED' },
  // 社区工作人员: publish their community's service posts, vet and confirm its wishes (community from their profile)
  roles: { communityStaff: '社区工作人员' },
  figures: [
    {
      label: '党员报到与微心愿',
      page: 'pages/board/index',
      counts: {
        open: { collection: 'party_wishes', where: { status: { eq: 'open' } } },
        pending: { collection: 'party_members', where: { status: { eq: 'pending' } } },
        // claimed and not delivered by the deadline: the hourly timer returns them to the pool
        late: { collection: 'party_wishes', where: { status: { eq: 'claimed' }, claimDeadline: { lt: { at: { daysFromNow: 0 } } } } },
      },
      value: '待认领心愿 {open} 个',
      note: '待确认党员 {pending} 人，逾期未送达心愿 {late} 个',
      alertWhen: 'late',
    },
  ],
  seed: 'emulator/seeds/party.ts',
  privacy: {
    collects: [
      {
        info: '党员信息：姓名、手机号、所在党支部、组织关系所在地、工作单位、报到社区和服务时长',
        purpose: '党员报到确认、在职党员双报到和服务记录',
        how: '您在党员报到时填写',
        visibleTo: '您本人；街道党建指导中心工作人员（名单中手机号部分隐藏）；服务岗位所在社区的工作人员只看到认领该岗位的党员姓名',
      },
      {
        info: '微心愿人的姓名、住址和电话',
        purpose: '社区审核心愿、转交心愿物品',
        how: '社区工作人员或您本人发布心愿时填写',
        visibleTo: '您本人；所在社区工作人员和街道党建指导中心工作人员。其他人只看到「第三社区 一位独居老人」这样的说明',
      },
      {
        info: '心愿实现照片',
        purpose: '确认心愿已经实现',
        how: '社区工作人员拍摄上传',
        visibleTo: '认领人、心愿人、所在社区工作人员和街道党建指导中心工作人员（临时链接）',
      },
      {
        info: '志愿者登记信息（服务技能、可服务时间、所在社区）和志愿服务时长记录',
        purpose: '记录志愿服务时长、开具志愿服务记录证明、时间银行兑换服务',
        how: '志愿者本人登记；时长由组织活动或服务的工作人员核实后记入',
        visibleTo: '志愿者本人、街道党建指导中心工作人员；时间银行的长辈账户：老人本人和已关联的家属',
      },
    ],
    apis: { chooseMedia: '社区工作人员拍摄心愿实现的照片' },
  },
})
