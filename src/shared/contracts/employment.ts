/** 创业就业服务中心: verified employers, job postings (schema.org JobPosting), résumés, applications, reports. */
import * as z from 'zod'
import { APPLICATION_MOVES, APPLICATION_STATUSES } from '../domain/employment/applications'
import { EMPLOYER_STATUSES } from '../domain/employment/employers'
import { GROUP_TAGS } from '../domain/employment/matching'
import { REPORT_STATUSES } from '../domain/employment/reports'
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, JOB_STATUSES, SALARY_UNITS, SUITABILITY_TAGS } from '../domain/employment/postings'
import { CommunityName, Done, Id, Instant, MobilePhone, optionalText, PageInput, PersonName, pageOf, text } from './common'
import { action, defineFunction } from './define'

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const FileId = z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, '文件地址不正确')

export const RegisterEmployerInput = z.strictObject({
  name: text('单位名称', 50),
  creditCode: z.string({ error: '请填写统一社会信用代码' }).trim().min(1, '请填写统一社会信用代码').max(30, '统一社会信用代码应为 18 位'),
  contactName: PersonName,
  contactPhone: MobilePhone,
  address: text('单位地址', 80),
  community: CommunityName,
  licenseFile: FileId,
})

export const EmployerView = z.object({
  id: Id,
  name: z.string(),
  creditCode: z.string(),
  contactName: z.string(),
  /** in full to the employer and center staff only */
  contactPhone: z.string(),
  address: z.string(),
  community: z.string(),
  status: z.enum(EMPLOYER_STATUSES),
  standing: z.enum(['pending', 'verified', 'expiring', 'expired', 'refused']),
  standingText: z.string(),
  verified: z.boolean(),
  verifiedUntil: Instant.nullable(),
  refusedReason: z.string().nullable(),
  licenseUrl: z.string().nullable(),
  submittedAt: Instant,
})
export type EmployerView = z.infer<typeof EmployerView>

export const VerifyEmployerInput = z
  .strictObject({ employerId: Id, decision: z.enum(['verify', 'refuse']), reason: optionalText('理由', 200) })
  .refine((v) => v.decision === 'verify' || !!v.reason, { message: '不予认证须写明理由', path: ['reason'] })

export const ListEmployersInput = PageInput.extend({ status: z.enum(EMPLOYER_STATUSES).optional() })

const Money = z.number({ error: '请填写金额' }).int('请填写整数金额').min(0).max(1_000_000)

export const JobInput = z.strictObject({
  title: text('岗位名称', 30),
  description: text('岗位职责', 1000),
  education: z.enum(EDUCATION_LEVELS, { error: '请选择学历要求' }),
  experience: text('任职要求', 500),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: '请选择用工形式' }),
  openings: z.number({ error: '请填写招聘人数' }).int().min(1, '招聘人数至少 1 人').max(999),
  address: text('工作地点', 80),
  community: CommunityName,
  salaryMin: Money,
  salaryMax: Money,
  salaryUnit: z.enum(SALARY_UNITS, { error: '请选择工资单位' }),
  workHours: text('工作时间', 60),
  validThrough: Day,
  tags: z.array(z.enum(SUITABILITY_TAGS)).max(4).default([]),
})
export type JobInput = z.infer<typeof JobInput>

export const JobSummary = z.object({
  id: Id,
  title: z.string(),
  employerName: z.string(),
  employerVerified: z.boolean(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  employmentTypeText: z.string(),
  salaryText: z.string(),
  community: z.string(),
  tags: z.array(z.enum(SUITABILITY_TAGS)),
  datePosted: Instant.nullable(),
  validThrough: Day,
  status: z.enum(JOB_STATUSES),
  statusText: z.string(),
})
export type JobSummary = z.infer<typeof JobSummary>

export const JobDetail = JobSummary.extend({
  description: z.string(),
  education: z.enum(EDUCATION_LEVELS),
  experience: z.string(),
  openings: z.number().int(),
  address: z.string(),
  salaryMin: z.number(),
  salaryMax: z.number(),
  salaryUnit: z.enum(SALARY_UNITS),
  workHours: z.string(),
  /** shown to the employer: why staff took it down or refused it */
  staffReason: z.string().nullable(),
  /** the viewer's own posting */
  mine: z.boolean(),
  /** the viewer's application to it, when they applied */
  myApplication: z.object({ id: Id, status: z.enum(APPLICATION_STATUSES), statusText: z.string() }).nullable(),
  applicants: z.number().int().nullable(),
})
export type JobDetail = z.infer<typeof JobDetail>

export const JobRef = z.strictObject({ jobId: Id })

export const ListJobsInput = PageInput.extend({
  keyword: optionalText('关键词', 20),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  /** monthly pay at least (postings paid by the month) */
  salaryAtLeast: z.number().int().min(0).max(100_000).optional(),
  community: CommunityName.optional(),
  tag: z.enum(SUITABILITY_TAGS).optional(),
  /** 'mine': the employer's own postings in every state; 'reviewing': staff's review queue */
  scope: z.enum(['public', 'mine', 'reviewing']).default('public'),
})

export const RecommendedJob = JobSummary.extend({ reasons: z.array(z.string()) })

export const ReviewJobInput = z
  .strictObject({ jobId: Id, decision: z.enum(['approve', 'refuse']), reason: optionalText('理由', 200) })
  .refine((v) => v.decision === 'approve' || !!v.reason, { message: '不通过须写明理由', path: ['reason'] })

export const ReportJobInput = z.strictObject({ jobId: Id, reason: text('举报理由', 200) })
export const ReportView = z.object({
  id: Id,
  jobId: Id,
  jobTitle: z.string(),
  employerName: z.string(),
  reason: z.string(),
  status: z.enum(REPORT_STATUSES),
  statusText: z.string(),
  /** what staff wrote when they decided (the take-down reason the employer also sees) */
  note: z.string().nullable(),
  createdAt: Instant,
  handledAt: Instant.nullable(),
})
export type ReportView = z.infer<typeof ReportView>
export const ReviewReportInput = z
  .strictObject({ reportId: Id, decision: z.enum(['takeDown', 'dismiss']), reason: optionalText('处理说明', 200) })
  .refine((v) => v.decision === 'dismiss' || !!v.reason, { message: '下架须写明理由，单位和举报人会看到', path: ['reason'] })

/** A spreadsheet for staff (or an employer's own applicants): a link valid for an hour. */
export const Exported = z.object({ url: z.string(), rows: z.number().int() })
export const ExportEmployersInput = z.strictObject({ status: z.enum(EMPLOYER_STATUSES).optional() })
export const EXPORT_PERIODS = [30, 90, 365] as const satisfies ReadonlyArray<ExportJobsInput['withinDays']>
export const ExportJobsInput = z.strictObject({
  /** postings created in the last this many days */
  withinDays: z.union([z.literal(30), z.literal(90), z.literal(365)], { error: '请选择导出的时间范围' }).default(90),
})
export type ExportJobsInput = z.infer<typeof ExportJobsInput>

export const ProfileInput = z.strictObject({
  name: PersonName,
  phone: MobilePhone,
  education: z.enum(EDUCATION_LEVELS, { error: '请选择学历' }),
  experience: text('工作经历', 500),
  skills: z.array(z.string().trim().min(1).max(12)).max(10).default([]),
  desiredJob: text('意向岗位', 30),
  desiredCommunity: CommunityName.nullable().default(null),
  desiredTypes: z.array(z.enum(EMPLOYMENT_TYPES)).max(4).default([]),
  groupTags: z.array(z.enum(GROUP_TAGS)).max(4).default([]),
})
export type ProfileInput = z.infer<typeof ProfileInput>

export const ProfileView = ProfileInput.extend({ updatedAt: Instant })
export const GetProfileInput = z.strictObject({ applicationId: Id.optional() })

export const ApplicationView = z.object({
  id: Id,
  jobId: Id,
  jobTitle: z.string(),
  employerName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  statusText: z.string(),
  interviewAt: Instant.nullable(),
  interviewPlace: z.string().nullable(),
  note: z.string().nullable(),
  appliedAt: Instant,
  updatedAt: Instant,
})
export type ApplicationView = z.infer<typeof ApplicationView>

export const ApplicantView = ApplicationView.extend({
  /** the résumé, for the employer of this posting and center staff */
  profile: ProfileView,
  moves: z.array(z.enum(APPLICATION_MOVES)),
})
export type ApplicantView = z.infer<typeof ApplicantView>

export const UpdateApplicationInput = z
  .strictObject({
    applicationId: Id,
    move: z.enum(APPLICATION_MOVES),
    interviewAt: Instant.optional(),
    interviewPlace: optionalText('面试地点', 80),
    note: optionalText('说明', 200),
  })
  .refine((v) => v.move !== 'interview' || (!!v.interviewAt && !!v.interviewPlace), { message: '邀请面试须写明时间和地点', path: ['interviewPlace'] })

export const employment = defineFunction(
  'employment',
  {
    registerEmployer: action(RegisterEmployerInput, EmployerView, { roles: ['resident'], submits: true }),
    verifyEmployer: action(VerifyEmployerInput, EmployerView, { roles: ['centerStaff'], submits: true }),
    /** without an id: the caller's own registration (null when none) */
    getEmployer: action(z.strictObject({ employerId: Id.optional() }), EmployerView.nullable(), { roles: ['resident'] }),
    listEmployers: action(ListEmployersInput, pageOf(EmployerView), { roles: ['centerStaff'] }),
    createJob: action(JobInput, JobDetail, { roles: ['resident'], submits: true }),
    updateJob: action(JobInput.extend({ jobId: Id }), JobDetail, { roles: ['resident'], submits: true }),
    publishJob: action(JobRef, JobDetail, { roles: ['resident'], submits: true }),
    reviewJob: action(ReviewJobInput, JobDetail, { roles: ['centerStaff'], submits: true }),
    closeJob: action(JobRef, JobDetail, { roles: ['resident'], submits: true }),
    listJobs: action(ListJobsInput, pageOf(JobSummary), { roles: 'anyone' }),
    getJob: action(JobRef, JobDetail, { roles: 'anyone' }),
    recommendJobs: action(PageInput, pageOf(RecommendedJob), { roles: ['resident'] }),
    reportJob: action(ReportJobInput, Done, { roles: ['resident'], submits: 'keyed' }),
    listReports: action(PageInput, pageOf(ReportView), { roles: ['centerStaff'] }),
    reviewReport: action(ReviewReportInput, ReportView, { roles: ['centerStaff'], submits: true }),
    /** the caller's own reports and what became of them */
    myReports: action(PageInput, pageOf(ReportView), { roles: ['resident'] }),
    exportEmployers: action(ExportEmployersInput, Exported, { roles: ['centerStaff'] }),
    exportJobs: action(ExportJobsInput, Exported, { roles: ['centerStaff'] }),
    /** the posting's employer and center staff */
    exportApplicants: action(JobRef, Exported, { roles: ['resident'] }),
    saveProfile: action(ProfileInput, ProfileView, { roles: ['resident'], submits: true }),
    getProfile: action(GetProfileInput, ProfileView.nullable(), { roles: ['resident'] }),
    apply: action(JobRef, ApplicationView, { roles: ['resident'], submits: 'keyed' }),
    myApplications: action(PageInput, pageOf(ApplicationView), { roles: ['resident'] }),
    listApplicants: action(PageInput.extend({ jobId: Id }), pageOf(ApplicantView), { roles: ['resident'] }),
    updateApplication: action(UpdateApplicationInput, ApplicantView, { roles: ['resident'], submits: true }),
  },
  { center: 'employment' },
)
