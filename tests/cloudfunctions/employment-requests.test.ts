/**
 * What each action of 创业就业服务中心 costs in database requests (issue 11's budgets; in WeChat's cloud each is a
 * round trip against the environment's quota). Lists and details ≤ 2 a page, `apply` ≤ 4 (issue 14); every other
 * action has the budget it measures here, and a new action gets its row. Rows run in order: each leaves the state
 * the next needs. Submits carry a request id (+2: the request record read and its result written).
 */
import type { CloudResult } from '@/shared/result'
import { dataOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-11-30T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'budget-employment-staff'
const BOSS = 'budget-boss'
const SEEKER = 'budget-seeker'
const NEIGHBOUR = 'budget-neighbour'

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'employment' }], { name: '何静', community: '黄河西路第三社区', address: '3号楼' })
  for (const id of [BOSS, SEEKER, NEIGHBOUR]) env.givenResident(id)
})

const posting = {
  title: '招聘保洁员',
  description: '负责小区楼道、电梯厅日常保洁',
  education: '不限' as const,
  experience: '身体健康，能吃苦',
  employmentType: 'FULL_TIME' as const,
  openings: 2,
  address: '黄河西路 88 号',
  community: '黄河西路第四社区' as const,
  salaryMin: 2800,
  salaryMax: 3200,
  salaryUnit: 'MONTH' as const,
  workHours: '周一至周六 8:00–17:00',
  validThrough: '2027-01-15',
  tags: ['适合40/50人员' as const],
}
const resume = {
  name: '郭志强',
  phone: '13700005678',
  education: '高中/中专' as const,
  experience: '纺织厂挡车工 20 年',
  skills: ['电工'],
  desiredJob: '保洁',
  desiredCommunity: '黄河西路第四社区' as const,
  desiredTypes: ['FULL_TIME' as const],
  groupTags: ['40/50' as const],
}

/** what the rows pass on to the rows after them */
const state: Record<string, string> = {}
type Measured = { result: CloudResult<unknown>; requests: number }
type Row = [what: string, budget: number, run: () => Promise<Measured>]
const keep = (key: string, measured: { result: CloudResult<unknown>; requests: number }) => {
  state[key] = (dataOf(measured.result) as { id: string }).id
  return measured
}
let request = 0
const rid = () => `budget-employment-${++request}`

const rows: Row[] = [
  ['registerEmployer: the registration, the licence’s owner, the content check and 我的', 6, async () => {
    const licenseFile = await env.upload(BOSS, 'employerLicense', 'licence')
    const input = { name: '黄河西路物业服务有限公司', creditCode: '91440300708461136T', contactName: '黄海燕', contactPhone: '13900001234', address: '黄河西路 88 号', community: '黄河西路第四社区' as const, licenseFile }
    return keep('employer', await env.counted(BOSS, 'employment', 'registerEmployer', input, { requestId: rid() }))
  }],
  ['listEmployers: a page of registrations', 2, () => env.counted(STAFF, 'employment', 'listEmployers', { status: 'pending' })],
  ['verifyEmployer: the move, its postings’ label, 我的 and the notice', 8, () => env.counted(STAFF, 'employment', 'verifyEmployer', { employerId: state.employer, decision: 'verify' }, { requestId: rid() })],
  ['getEmployer: the caller’s own', 1, () => env.counted(BOSS, 'employment', 'getEmployer', {})],
  ['getEmployer: by id, for staff', 2, () => env.counted(STAFF, 'employment', 'getEmployer', { employerId: state.employer })],
  ['createJob: the employer, the posting and 我的', 5, async () => keep('job', await env.counted(BOSS, 'employment', 'createJob', posting, { requestId: rid() }))],
  ['updateJob', 5, () => env.counted(BOSS, 'employment', 'updateJob', { ...posting, jobId: state.job, openings: 3 }, { requestId: rid() })],
  ['publishJob: in the first month, to staff review', 6, () => env.counted(BOSS, 'employment', 'publishJob', { jobId: state.job }, { requestId: rid() })],
  ['listJobs: staff’s review queue', 2, () => env.counted(STAFF, 'employment', 'listJobs', { scope: 'reviewing' })],
  ['reviewJob: approved, 我的 and the notice', 7, () => env.counted(STAFF, 'employment', 'reviewJob', { jobId: state.job, decision: 'approve' }, { requestId: rid() })],
  ['listJobs: a visitor’s page with every filter', 2, () => env.counted(null, 'employment', 'listJobs', { keyword: 'bj', employmentType: 'FULL_TIME', salaryAtLeast: 3000, community: '黄河西路第四社区', tag: '适合40/50人员' })],
  ['listJobs: the employer’s own', 2, () => env.counted(BOSS, 'employment', 'listJobs', { scope: 'mine' })],
  ['getJob: for a visitor', 2, () => env.counted(null, 'employment', 'getJob', { jobId: state.job })],
  ['getJob: for its employer, with the applicants counted', 2, () => env.counted(BOSS, 'employment', 'getJob', { jobId: state.job })],
  ['saveProfile: the content check and the résumé', 3, () => env.counted(SEEKER, 'employment', 'saveProfile', resume, { requestId: rid() })],
  ['getProfile: the caller’s own', 1, () => env.counted(SEEKER, 'employment', 'getProfile', {})],
  ['recommendJobs', 2, () => env.counted(SEEKER, 'employment', 'recommendJobs', {})],
  ['apply', 4, async () => keep('application', await env.counted(SEEKER, 'employment', 'apply', { jobId: state.job }, { requestId: rid() }))],
  ['getJob: for a seeker, with their application', 2, () => env.counted(SEEKER, 'employment', 'getJob', { jobId: state.job })],
  ['myApplications', 1, () => env.counted(SEEKER, 'employment', 'myApplications', {})],
  ['listApplicants: for the posting’s employer', 2, () => env.counted(BOSS, 'employment', 'listApplicants', { jobId: state.job })],
  ['getProfile: the résumé sent, for the employer', 2, () => env.counted(BOSS, 'employment', 'getProfile', { applicationId: state.application })],
  ['updateApplication: an interview, 我的 and the notice', 6, () => env.counted(BOSS, 'employment', 'updateApplication', { applicationId: state.application, move: 'interview', interviewAt: '2026-12-02T01:30:00Z', interviewPlace: '物业办公室' }, { requestId: rid() })],
  ['exportApplicants: the posting and every applicant', 2, () => env.counted(BOSS, 'employment', 'exportApplicants', { jobId: state.job })],
  ['exportEmployers', 2, () => env.counted(STAFF, 'employment', 'exportEmployers', {})],
  ['exportJobs', 2, () => env.counted(STAFF, 'employment', 'exportJobs', { withinDays: 30 })],
  ['reportJob: the posting, the report, 我的', 3, () => env.counted(NEIGHBOUR, 'employment', 'reportJob', { jobId: state.job, reason: '面试时要求交服装费' }, { requestId: rid() })],
  ['listReports', 2, () => env.counted(STAFF, 'employment', 'listReports', {})],
  ['myReports', 1, () => env.counted(NEIGHBOUR, 'employment', 'myReports', {})],
  ['reviewReport: a take-down with one reporter (11, and 1 a reporter)', 12, async () => {
    const [report] = dataOf(await env.call(STAFF, 'employment', 'listReports', {})).items
    return env.counted(STAFF, 'employment', 'reviewReport', { reportId: report.id, decision: 'takeDown', reason: '经核实收取服装费' }, { requestId: rid() })
  }],
  ['getJob: for staff, a posting taken down', 2, () => env.counted(STAFF, 'employment', 'getJob', { jobId: state.job })],
  ['closeJob', 5, async () => {
    const other = dataOf(await env.call(BOSS, 'employment', 'createJob', { ...posting, title: '小区保安' }))
    return env.counted(BOSS, 'employment', 'closeJob', { jobId: other.id }, { requestId: rid() })
  }],
]

describe('database requests per employment action', () => {
  it.each(rows)('%s: ≤ %d', async (what, budget, run) => {
    const { result, requests } = await run()
    if (process.env.SHOW_REQUESTS) console.log(`employment ${what}: ${requests} ${result.ok ? '' : JSON.stringify(result.error)}`)
    expect(result.ok).toBe(true)
    expect(requests).toBeLessThanOrEqual(budget)
  })

  it('has a row for every action of the contract', async () => {
    const { employment } = await import('@/shared/contracts/employment')
    expect([...new Set(rows.map(([what]) => what.split(/[:, ]/)[0]))].sort()).toEqual(Object.keys(employment.actions).sort())
  })
})
