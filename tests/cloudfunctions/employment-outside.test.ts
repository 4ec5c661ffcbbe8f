/** 创业就业 checked from outside: what an employer learns of the people who apply. */
import { seed } from '../../emulator/seeds/employment'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-11-30T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const BOSS = 'persona-employer-huang'
const STAFF = 'employment-staff'
const COLLEAGUE = 'employment-colleague'

beforeAll(() => {
  seed(env.cloud.store, now)
  env.givenResident(BOSS, '黄海燕')
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'employment' }], { name: '何静', community: '黄河西路第三社区', address: '3号楼' })
  env.givenResident('seeker', '郭志强')
  env.givenUser(COLLEAGUE, [{ role: 'centerStaff', center: 'employment' }], { name: '方明', community: '黄河西路第三社区', address: '3号楼' })
})

const posting = {
  title: '招聘服务员',
  description: '负责餐厅前厅服务',
  education: '不限' as const,
  experience: '有餐饮经验优先',
  employmentType: 'FULL_TIME' as const,
  openings: 2,
  address: '黄河西路 9 号',
  community: '黄河西路第三社区' as const,
  salaryMin: 2800,
  salaryMax: 3200,
  salaryUnit: 'MONTH' as const,
  workHours: '每天 8 小时',
  validThrough: '2027-01-15',
  tags: [],
}

const resume = {
  name: '郭志强',
  phone: '13700005678',
  education: '高中/中专' as const,
  experience: '纺织厂挡车工 20 年',
  skills: ['电工'],
  desiredJob: '保洁',
  desiredTypes: ['FULL_TIME' as const],
  groupTags: ['40/50' as const, '残疾人' as const, '失业登记' as const],
}

it('never tells an employer that an applicant is disabled or registered unemployed; the seeker and the center’s staff see it', async () => {
  dataOf(await env.call('seeker', 'employment', 'saveProfile', resume))
  const app = dataOf(await env.call('seeker', 'employment', 'apply', { jobId: 'job-baojie' }))
  const listed = dataOf(await env.call(BOSS, 'employment', 'listApplicants', { jobId: 'job-baojie' }))
  const opened = dataOf(await env.call(BOSS, 'employment', 'getProfile', { applicationId: app.id }))
  const moved = dataOf(await env.call(BOSS, 'employment', 'updateApplication', { applicationId: app.id, move: 'view' }))
  for (const seen of [listed.items[0].profile, opened, moved.profile]) {
    expect(seen).toMatchObject({ name: '郭志强', groupTags: ['40/50'] })
  }
  expect(JSON.stringify([listed, opened, moved])).not.toMatch(/残疾人|失业登记/)
  expect(dataOf(await env.call(STAFF, 'employment', 'getProfile', { applicationId: app.id }))?.groupTags).toEqual(resume.groupTags)
  expect(dataOf(await env.call(STAFF, 'employment', 'listApplicants', { jobId: 'job-baojie' })).items[0].profile.groupTags).toEqual(resume.groupTags)
  expect(dataOf(await env.call('seeker', 'employment', 'getProfile', { applicationId: app.id }))?.groupTags).toEqual(resume.groupTags)
})

it('sends a posting edited in the employer’s first month back to review: an approved posting cannot be rewritten unseen', async () => {
  env.givenResident('new-boss', '钱老板')
  const licenseFile = await env.upload('new-boss', 'employerLicense', 'licence')
  const company = { name: '西路超市有限公司', creditCode: '91150100MA0N8XY714', contactName: '钱老板', contactPhone: '13900005555', address: '黄河西路 20 号', community: '黄河西路第二社区' as const }
  const employer = dataOf(await env.call('new-boss', 'employment', 'registerEmployer', { ...company, licenseFile }))
  dataOf(await env.call(STAFF, 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'verify' }))
  const draft = dataOf(await env.call('new-boss', 'employment', 'createJob', { ...posting, title: '超市理货员', address: '黄河西路 20 号', community: '黄河西路第二社区' }))
  expect(dataOf(await env.call('new-boss', 'employment', 'publishJob', { jobId: draft.id })).status).toBe('reviewing')
  expect(dataOf(await env.call(STAFF, 'employment', 'reviewJob', { jobId: draft.id, decision: 'approve' })).status).toBe('published')
  const { id: _id, ...facts } = { ...posting, id: draft.id, title: '超市理货员', address: '黄河西路 20 号', community: '黄河西路第二社区' as const }
  const edited = dataOf(await env.call('new-boss', 'employment', 'updateJob', { ...facts, jobId: draft.id, salaryMin: 9000, salaryMax: 12000, description: '工作轻松，需自备工装' }))
  expect(edited.status).toBe('reviewing')
  const listed = dataOf(await env.call(null, 'employment', 'listJobs', { keyword: '理货' }))
  expect(listed.items.map((j) => j.id)).not.toContain(draft.id)
  expect(dataOf(await env.call(STAFF, 'employment', 'listJobs', { scope: 'reviewing' })).items.map((j) => j.id)).toContain(draft.id)
})

it('keeps a member of staff from verifying their own company or approving its postings; a colleague does', async () => {
  const licenseFile = await env.upload(STAFF, 'employerLicense', 'licence')
  const company = { name: '西路餐饮管理有限公司', creditCode: '91110108551385082Q', contactName: '何静', contactPhone: '13900001234', address: '黄河西路 9 号', community: '黄河西路第三社区' as const }
  const employer = dataOf(await env.call(STAFF, 'employment', 'registerEmployer', { ...company, licenseFile }))
  expect(errorOf(await env.call(STAFF, 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'verify' })).code).toBe('FORBIDDEN')
  dataOf(await env.call(COLLEAGUE, 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'verify' }))
  const draft = dataOf(await env.call(STAFF, 'employment', 'createJob', posting))
  // the first month: its postings wait for the center's review
  expect(dataOf(await env.call(STAFF, 'employment', 'publishJob', { jobId: draft.id })).status).toBe('reviewing')
  expect(errorOf(await env.call(STAFF, 'employment', 'reviewJob', { jobId: draft.id, decision: 'approve' })).code).toBe('FORBIDDEN')
  expect(dataOf(await env.call(COLLEAGUE, 'employment', 'reviewJob', { jobId: draft.id, decision: 'approve' })).status).toBe('published')
})
