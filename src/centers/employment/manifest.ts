/** 创业就业服务中心: verified employers, job postings, résumés and applications, reports; training is activities of this center. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'employment',
  center: {
    name: '创业就业服务中心',
    glyph: '业',
    purpose: '大学生和「40、50」人员就业服务、岗前培训与创业指导',
    services: ['招聘岗位', '为我推荐', '我的求职', '岗前培训', '单位招聘'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，创业就业服务中心',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['本人居民身份证', '简历或学历证明', '已办理失业登记的，带上就业创业证'],
    },
  },
  subpackage: {
    root: 'centers/employment',
    pages: [
      'pages/index/index',
      'pages/job/index',
      'pages/resume/index',
      'pages/applications/index',
      'pages/employer/index',
      'pages/editor/index',
      'pages/applicants/index',
      'pages/staff/index',
      'pages/reports/index',
    ],
  },
  functions: ['employment'],
  collections: {
    employers: [
      { name: 'owner', keys: { ownerId: 1 }, unique: true },
      { name: 'credit_code', keys: { creditCode: 1 }, unique: true },
      { name: 'status_submitted', keys: { status: 1, submittedAt: 1 } },
      { name: 'submitted', keys: { submittedAt: 1 } },
    ],
    // every listing filter (type, community, tag, pay, keyword) narrows this one range: one request per page
    jobs: [
      { name: 'status_valid', keys: { status: 1, validThrough: 1 } },
      { name: 'employer_updated', keys: { employerId: 1, updatedAt: -1 } },
      // staff's 岗位台账 export: the postings created in a period
      { name: 'created', keys: { createdAt: -1 } },
    ],
    job_applications: [
      { name: 'job_applied', keys: { jobId: 1, appliedAt: -1 } },
      { name: 'seeker_updated', keys: { seekerId: 1, updatedAt: -1 } },
    ],
    job_reports: [
      { name: 'status_created', keys: { status: 1, createdAt: 1 } },
      { name: 'job_status', keys: { jobId: 1, status: 1 } },
      { name: 'reporter_created', keys: { reporterId: 1, createdAt: -1 } },
    ],
    seeker_profiles: [],
  },
  templates: {
    jobApplicationProgress: 'TPL_JOB_APPLICATION_PROGRESS',
    employerReviewed: 'TPL_EMPLOYER_REVIEWED',
    jobReviewed: 'TPL_JOB_REVIEWED',
    jobReportResult: 'TPL_JOB_REPORT_RESULT',
  },
  roles: { employer: '用人单位' },
  // 综合指挥平台: jobs open now, and postings and employers waiting for the center's review
  figures: [
    {
      label: '在招岗位',
      page: 'pages/staff/index?tab=jobs',
      counts: {
        open: { collection: 'jobs', where: { status: { eq: 'published' }, validThrough: { gte: { at: { daysFromNow: 0 } } } } },
        reviewing: { collection: 'jobs', where: { status: { eq: 'reviewing' } } },
        employers: { collection: 'employers', where: { status: { eq: 'pending' } } },
      },
      value: '{open} 个',
      note: '待审核岗位 {reviewing} 个、用人单位 {employers} 家',
    },
  ],
  seed: 'emulator/seeds/employment.ts',
  privacy: {
    collects: [
      {
        info: '求职简历（姓名、手机号、学历、工作经历、技能、就业困难群体标签）',
        purpose: '推荐岗位、向您投递的用人单位提供简历',
        how: '您在「我的简历」中填写',
        visibleTo: '您本人；您投递过的用人单位（仅该岗位）；创业就业服务中心工作人员',
      },
      {
        info: '用人单位登记信息与营业执照照片、联系人手机号',
        purpose: '核验用人单位资质（每 6 个月复核）',
        how: '单位联系人登记时填写并上传',
        visibleTo: '单位联系人本人；创业就业服务中心工作人员（执照为临时链接，10 分钟有效）',
      },
    ],
    apis: { chooseMedia: '用人单位登记时拍摄或选择营业执照照片' },
  },
})
