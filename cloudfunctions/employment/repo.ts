/** All database access of the employment function. */
import { createHash } from 'node:crypto'
import type { JobApplicationStatus } from '@/shared/domain/employment/applications'
import type { EmployerStatus } from '@/shared/domain/employment/employers'
import type { GroupTag } from '@/shared/domain/employment/matching'
import type { ReportStatus } from '@/shared/domain/employment/reports'
import type { Education, EmploymentType, JobStatus, SalaryUnit, SuitabilityTag } from '@/shared/domain/employment/postings'
import { _, type Collection, db, type Doc, type Query } from '../_kernel/cloud'
import { addOnce } from '../_kernel/records'

export interface EmployerDoc {
  _id: string
  ownerId: string
  name: string
  creditCode: string
  contactName: string
  contactPhone: string
  address: string
  community: string
  licenseFile: string
  status: EmployerStatus
  verifiedUntil: Date | null
  firstVerifiedAt: Date | null
  refusedReason: string | null
  submittedAt: Date
  updatedAt: Date
}

export interface JobDoc {
  _id: string
  employerId: string
  /** the employer's contact person: who may edit it and see its applicants (never returned) */
  ownerId: string
  employerName: string
  employerVerifiedUntil: Date | null
  title: string
  description: string
  education: Education
  experience: string
  employmentType: EmploymentType
  openings: number
  address: string
  community: string
  salaryMin: number
  salaryMax: number
  salaryUnit: SalaryUnit
  workHours: string
  /** the last day listed (Shanghai), and the instant it ends, which the list compares with now */
  validThroughDay: string
  validThrough: Date
  tags: SuitabilityTag[]
  /** words and pinyin initials, lower case, for the keyword filter */
  searchKey: string
  status: JobStatus
  staffReason: string | null
  datePosted: Date | null
  createdAt: Date
  updatedAt: Date
}

export interface ProfileDoc {
  _id: string
  name: string
  phone: string
  education: Education
  experience: string
  skills: string[]
  desiredJob: string
  desiredCommunity: string | null
  desiredTypes: EmploymentType[]
  groupTags: GroupTag[]
  updatedAt: Date
}

export interface ApplicationDoc {
  _id: string
  jobId: string
  jobTitle: string
  employerName: string
  employerOwnerId: string
  seekerId: string
  /** the résumé as sent */
  profile: Omit<ProfileDoc, '_id'>
  status: JobApplicationStatus
  interviewAt: Date | null
  interviewPlace: string | null
  note: string | null
  appliedAt: Date
  updatedAt: Date
}

export interface ReportDoc {
  _id: string
  jobId: string
  jobTitle: string
  employerName: string
  /** where the posting's work is: the "where" of the reporter's 我的 row */
  jobAddress: string
  reporterId: string
  reason: string
  status: ReportStatus
  /** what staff wrote when they decided; the reporter reads it */
  note: string | null
  createdAt: Date
  handledAt: Date | null
}

const employers = () => db.collection('employers')
const jobs = () => db.collection('jobs')
const applications = () => db.collection('job_applications')
const reports = () => db.collection('job_reports')
const profiles = () => db.collection('seeker_profiles')

/** An id that a retry finds again, without putting anyone's openid into it (employers see application ids). */
export function keyedId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

const one = async <T>(q: Query): Promise<T | null> => ((await q.limit(1).get()).data[0] as T | undefined) ?? null
const byId = async <T>(collection: Collection, id: string): Promise<T | null> => ((await collection.doc(id).get()).data as T | null) ?? null

export const getEmployer = (id: string) => byId<EmployerDoc>(employers(), id)
export const employerOf = (ownerId: string) => one<EmployerDoc>(employers().where({ ownerId }))

/** false when the credit code is already registered by someone else */
export function insertEmployer(doc: EmployerDoc): Promise<boolean> {
  return addOnce(employers(), doc)
}

export async function updateEmployer(id: string, changes: Partial<EmployerDoc>, where: Doc = {}): Promise<boolean> {
  const { stats } = await employers().where({ _id: id, ...where }).update({ data: changes })
  return stats.updated > 0
}

export function employersQuery(status?: EmployerStatus): Query {
  return status ? employers().where({ status }).orderBy('submittedAt', 'asc') : employers().orderBy('submittedAt', 'asc')
}

/** A new verification reaches the label on every posting of the employer. */
export async function relabelJobs(employerId: string, verifiedUntil: Date | null): Promise<void> {
  await jobs().where({ employerId }).update({ data: { employerVerifiedUntil: verifiedUntil } })
}

export const getJob = (id: string) => byId<JobDoc>(jobs(), id)

export async function insertJob(doc: JobDoc): Promise<void> {
  await jobs().add({ data: doc })
}

/** Changes a job only if it is still in one of `from` (two staff or two taps cannot both move it). */
export async function updateJob(id: string, from: readonly JobStatus[], changes: Partial<JobDoc>): Promise<boolean> {
  const { stats } = await jobs().where({ _id: id, status: _.in([...from]) }).update({ data: changes })
  return stats.updated > 0
}

export interface JobFilters {
  keyword?: string
  employmentType?: EmploymentType
  salaryAtLeast?: number
  community?: string
  tag?: SuitabilityTag
}

/** Published postings not yet past their date, with every filter on the one index range: one request per page. */
export function publicJobs(now: Date, f: JobFilters): Query {
  const where: Doc = { status: 'published', validThrough: _.gt(now) }
  if (f.employmentType) where.employmentType = f.employmentType
  if (f.community) where.community = f.community
  if (f.tag) where.tags = f.tag
  if (f.salaryAtLeast !== undefined) Object.assign(where, { salaryUnit: 'MONTH', salaryMax: _.gte(f.salaryAtLeast) })
  if (f.keyword) where.searchKey = db.RegExp({ regexp: f.keyword, options: 'i' })
  // the id breaks ties of one instant, so a page never repeats or skips a posting
  return jobs().where(where).orderBy('datePosted', 'desc').orderBy('_id', 'desc')
}

export const jobsOfEmployer = (employerId: string): Query => jobs().where({ employerId }).orderBy('updatedAt', 'desc')
export const jobsInReview = (): Query => jobs().where({ status: 'reviewing' }).orderBy('validThrough', 'asc')

export const getProfile = (seekerId: string) => byId<ProfileDoc>(profiles(), seekerId)
export async function saveProfile(doc: ProfileDoc): Promise<void> {
  const { _id, ...data } = doc
  await profiles().doc(_id).set({ data })
}

export const getApplication = (id: string) => byId<ApplicationDoc>(applications(), id)

/** false when this seeker already applied (the id is keyed by posting and seeker) */
export function insertApplication(doc: ApplicationDoc): Promise<boolean> {
  return addOnce(applications(), doc)
}

export async function stepApplication(id: string, from: JobApplicationStatus, changes: Partial<ApplicationDoc>): Promise<boolean> {
  const { stats } = await applications().where({ _id: id, status: from }).update({ data: changes })
  return stats.updated > 0
}

export const applicationsOf = (seekerId: string): Query => applications().where({ seekerId }).orderBy('updatedAt', 'desc')
export const applicantsOf = (jobId: string): Query => applications().where({ jobId }).orderBy('appliedAt', 'desc')
export async function countApplicants(jobId: string): Promise<number> {
  return (await applications().where({ jobId }).count()).total
}

export function insertReport(doc: ReportDoc): Promise<boolean> {
  return addOnce(reports(), doc)
}
export const getReport = (id: string) => byId<ReportDoc>(reports(), id)
export const openReports = (): Query => reports().where({ status: 'open' }).orderBy('createdAt', 'asc')
export const reportsOf = (reporterId: string): Query => reports().where({ reporterId }).orderBy('createdAt', 'desc')

/** The open reports of a posting (each reporter hears of a take-down), at most a thousand. */
export async function openReportsOf(jobId: string): Promise<ReportDoc[]> {
  return (await reports().where({ jobId, status: 'open' }).limit(1000).get()).data as ReportDoc[]
}

/** Settles the open reports named (only those still open: two staff cannot both decide one). */
export async function settleReports(ids: string[], status: 'upheld' | 'dismissed', note: string | null, now: Date): Promise<number> {
  const { stats } = await reports().where({ _id: _.in(ids), status: 'open' }).update({ data: { status, note, handledAt: now } })
  return stats.updated
}

/**
 * Every document the query finds, in its order, a thousand a request (the cloud's most): for exports, which
 * are bounded by `max` rows.
 */
export async function readAll<T>(query: Query, max = 5000): Promise<T[]> {
  const all: T[] = []
  for (;;) {
    const page = all.length ? query.skip(all.length) : query
    const { data } = await page.limit(Math.min(1000, max - all.length)).get()
    all.push(...(data as T[]))
    if (data.length < 1000 || all.length >= max) return all
  }
}

export const jobsCreatedSince = (since: Date): Query => jobs().where({ createdAt: _.gte(since) }).orderBy('createdAt', 'desc')
