import { trainingCourse } from '../../emulator/seeds/employment'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

let now = new Date('2026-11-30T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'employment-staff'
const BOSS = 'boss'
const OTHER_BOSS = 'other-boss'
const SEEKER = 'seeker'
const NEIGHBOUR = 'neighbour'

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'employment' }], { name: '何静', community: '黄河西路第三社区', address: '3号楼' })
  env.givenUser('affairs-staff', [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第一社区', address: '1号楼' })
  for (const id of [BOSS, OTHER_BOSS, SEEKER, NEIGHBOUR]) env.givenResident(id)
})

const company = (creditCode: string, name = '黄河西路物业服务有限公司') => ({
  name,
  creditCode,
  contactName: '黄海燕',
  contactPhone: '13900001234',
  address: '黄河西路 88 号',
  community: '黄河西路第四社区' as const,
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
  tags: ['适合40/50人员' as const, '就近就业' as const],
}

const resume = {
  name: '郭志强',
  phone: '13700005678',
  education: '高中/中专' as const,
  experience: '纺织厂挡车工 20 年',
  skills: ['电工'],
  desiredJob: '保洁 保安',
  desiredCommunity: '黄河西路第四社区' as const,
  desiredTypes: ['FULL_TIME' as const],
  groupTags: ['40/50' as const],
}

async function registered(owner: string, code: string, name?: string) {
  const licenseFile = await env.upload(owner, 'employerLicense', 'licence')
  return dataOf(await env.call(owner, 'employment', 'registerEmployer', { ...company(code, name), licenseFile }))
}

describe('employers', () => {
  it('registers with a valid credit code and licence, waits for staff, and shows in 我的', async () => {
    const employer = await registered(BOSS, '91440300708461136t')
    expect(employer).toMatchObject({ creditCode: '91440300708461136T', standing: 'pending', standingText: '待中心审核', verified: false })
    expect(await (await fetch(employer.licenseUrl as string)).text()).toBe('licence')
    const mine = dataOf(await env.call(BOSS, 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '单位认证：黄河西路物业服务有限公司', statusText: '待中心审核' })
  })

  it('refuses a credit code whose check digit is wrong, on its field', async () => {
    const licenseFile = await env.upload(OTHER_BOSS, 'employerLicense')
    const error = errorOf(await env.call(OTHER_BOSS, 'employment', 'registerEmployer', { ...company('91440300708461137T'), licenseFile }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { creditCode: '统一社会信用代码校验位不符，请逐位核对营业执照' } })
  })

  it('refuses a licence photo someone else uploaded, and a code another contact registered', async () => {
    const theirs = await env.upload(BOSS, 'employerLicense')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'registerEmployer', { ...company('91110108551385082Q'), licenseFile: theirs })).fields).toHaveProperty('licenseFile')
    const licenseFile = await env.upload(OTHER_BOSS, 'employerLicense')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'registerEmployer', { ...company('91440300708461136T'), licenseFile })).code).toBe('CONFLICT')
  })

  it('is verified or refused with a reason only by employment staff; the employer is told', async () => {
    env.grant(OTHER_BOSS, ['employerReviewed'])
    const employer = await registered(OTHER_BOSS, '91110108551385082Q', '西路餐饮管理有限公司')
    expect(errorOf(await env.call('affairs-staff', 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'verify' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'verify' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STAFF, 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'refuse' })).fields).toEqual({ reason: '不予认证须写明理由' })
    const refused = dataOf(await env.call(STAFF, 'employment', 'verifyEmployer', { employerId: employer.id, decision: 'refuse', reason: '营业执照照片看不清' }))
    expect(refused).toMatchObject({ standing: 'refused', refusedReason: '营业执照照片看不清' })
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: OTHER_BOSS, templateId: 'TPL_EMPLOYER_REVIEWED' } })).toHaveLength(1)
    // another employer's registration is not theirs to read
    expect(errorOf(await env.call(BOSS, 'employment', 'getEmployer', { employerId: employer.id })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(STAFF, 'employment', 'getEmployer', { employerId: employer.id }))?.contactPhone).toBe('13900001234')
    // staff's list masks the contact phone
    const list = dataOf(await env.call(STAFF, 'employment', 'listEmployers', {}))
    expect(list.items.map((e) => e.contactPhone)).toContain('139****1234')
  })
})

describe('postings', () => {
  let jobId = ''

  it('cannot be published by an unverified employer', async () => {
    const draft = dataOf(await env.call(BOSS, 'employment', 'createJob', posting))
    expect(draft).toMatchObject({ status: 'draft', mine: true })
    expect(errorOf(await env.call(BOSS, 'employment', 'publishJob', { jobId: draft.id }))).toMatchObject({ code: 'FORBIDDEN', message: '单位尚未通过中心认证，通过后才能发布岗位' })
    jobId = draft.id
  })

  it('names the offending words and missing facts before saving', async () => {
    const bad = errorOf(await env.call(BOSS, 'employment', 'createJob', { ...posting, experience: '限男性，入职交押金', validThrough: '2027-03-01' }))
    expect(bad.fields).toEqual({
      experience: '含有民族、性别、宗教、户籍或地域歧视：「限男性」；向求职者收取费用或押金：「押金」',
      validThrough: '有效期最长 60 天',
    })
  })

  it('goes to staff review in the employer’s first month, then is listed; a refusal says why', async () => {
    const employer = dataOf(await env.call(BOSS, 'employment', 'getEmployer', {}))
    dataOf(await env.call(STAFF, 'employment', 'verifyEmployer', { employerId: employer!.id, decision: 'verify' }))
    const sent = dataOf(await env.call(BOSS, 'employment', 'publishJob', { jobId }))
    expect(sent).toMatchObject({ status: 'reviewing', statusText: '待中心审核', employerVerified: true })
    expect(dataOf(await env.call(null, 'employment', 'listJobs', {})).items).toEqual([])
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'getJob', { jobId })).code).toBe('NOT_FOUND')
    const queue = dataOf(await env.call(STAFF, 'employment', 'listJobs', { scope: 'reviewing' }))
    expect(queue.items.map((j) => j.id)).toEqual([jobId])
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'listJobs', { scope: 'reviewing' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(BOSS, 'employment', 'reviewJob', { jobId, decision: 'approve' })).code).toBe('FORBIDDEN')
    dataOf(await env.call(STAFF, 'employment', 'reviewJob', { jobId, decision: 'approve' }))
    const listed = dataOf(await env.call(null, 'employment', 'listJobs', {}))
    expect(listed.items[0]).toMatchObject({ id: jobId, employerVerified: true, salaryText: '2800–3200 元/月', employmentTypeText: '全职' })
  })

  it('is found by a word inside the title and by pinyin initials, with any filters, in at most 2 requests', async () => {
    const ids = async (input: object) => {
      const { result, dbRequests } = await env.raw(null, 'employment', { action: 'listJobs', input })
      expect(dbRequests).toBeLessThanOrEqual(2)
      return dataOf(result as never as { ok: true; data: { items: Array<{ id: string }> } }).items.map((j) => j.id)
    }
    expect(await ids({ keyword: '保洁' })).toEqual([jobId])
    expect(await ids({ keyword: 'BJ' })).toEqual([jobId])
    expect(await ids({ keyword: '厨师' })).toEqual([])
    expect(await ids({ keyword: '保洁', employmentType: 'FULL_TIME', salaryAtLeast: 3000, community: '黄河西路第四社区', tag: '适合40/50人员', page: 1, pageSize: 10 })).toEqual([jobId])
    expect(await ids({ salaryAtLeast: 5000 })).toEqual([])
    expect(await ids({ tag: '适合应届生' })).toEqual([])
  })

  it('leaves the list when its last day is over', async () => {
    const saved = now
    now = new Date('2027-01-15T15:59:00Z')
    expect(dataOf(await env.call(null, 'employment', 'listJobs', {})).items).toHaveLength(1)
    now = new Date('2027-01-15T16:00:00Z')
    expect(dataOf(await env.call(null, 'employment', 'listJobs', {})).items).toHaveLength(0)
    expect(dataOf(await env.call(null, 'employment', 'getJob', { jobId })).statusText).toBe('已过期')
    now = saved
  })

  it('is published at once after the first month, and cannot be changed by another employer', async () => {
    now = new Date('2027-01-05T02:00:00Z')
    const draft = dataOf(await env.call(BOSS, 'employment', 'createJob', { ...posting, title: '小区保安', validThrough: '2027-02-20' }))
    expect(dataOf(await env.call(BOSS, 'employment', 'publishJob', { jobId: draft.id })).status).toBe('published')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'updateJob', { ...posting, jobId: draft.id })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'closeJob', { jobId: draft.id })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'publishJob', { jobId: draft.id })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(BOSS, 'employment', 'listJobs', { scope: 'mine' })).items.map((j) => j.title)).toEqual(['小区保安', '招聘保洁员'])
    expect(dataOf(await env.call(BOSS, 'employment', 'closeJob', { jobId: draft.id })).statusText).toBe('已结束招聘')
    now = new Date('2026-11-30T02:00:00Z')
  })

  it('cannot be published once the verification has expired', async () => {
    now = new Date('2027-06-01T02:00:00Z')
    const draft = dataOf(await env.call(BOSS, 'employment', 'createJob', { ...posting, validThrough: '2027-06-30' }))
    expect(errorOf(await env.call(BOSS, 'employment', 'publishJob', { jobId: draft.id }))).toMatchObject({ code: 'FORBIDDEN', message: '单位认证已过期，请重新提交审核，通过后才能发布岗位' })
    expect(dataOf(await env.call(BOSS, 'employment', 'getEmployer', {}))).toMatchObject({ standing: 'expired', verified: false })
    now = new Date('2026-11-30T02:00:00Z')
  })
})

describe('seekers and applications', () => {
  let jobId = ''
  let applicationId = ''

  beforeAll(async () => {
    jobId = dataOf(await env.call(null, 'employment', 'listJobs', { keyword: '保洁' })).items[0].id
  })

  it('recommends the posting to a 40/50 seeker, saying why', async () => {
    expect(errorOf(await env.call(SEEKER, 'employment', 'recommendJobs', {})).message).toBe('请先填写「我的简历」，就能按您的情况推荐岗位')
    dataOf(await env.call(SEEKER, 'employment', 'saveProfile', resume))
    const { result, dbRequests } = await env.raw(SEEKER, 'employment', { action: 'recommendJobs', input: {} })
    expect(dbRequests).toBeLessThanOrEqual(2)
    const first = dataOf(result as never as { ok: true; data: { items: Array<{ id: string; reasons: string[] }> } }).items[0]
    expect(first.id).toBe(jobId)
    expect(first.reasons).toContain('岗位适合40/50人员，与您「40/50」身份相符')
  })

  it('applies once per posting in at most 4 requests, and shows it in 我的', async () => {
    const first = await env.raw(SEEKER, 'employment', { action: 'apply', input: { jobId }, requestId: 'seeker-apply-1' })
    expect(first.dbRequests).toBeLessThanOrEqual(4)
    const app = dataOf(first.result as never as { ok: true; data: { id: string; status: string } })
    expect(app.status).toBe('submitted')
    applicationId = app.id
    const again = dataOf(await env.call(SEEKER, 'employment', 'apply', { jobId }))
    expect(again.id).toBe(applicationId)
    expect(env.cloud.store.count('job_applications', { jobId })).toBe(1)
    const mine = dataOf(await env.call(SEEKER, 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '求职：招聘保洁员（黄河西路物业服务有限公司）', statusText: '已投递，等待单位查看' })
    expect(dataOf(await env.call(SEEKER, 'employment', 'getJob', { jobId })).myApplication).toMatchObject({ id: applicationId, status: 'submitted' })
  })

  it('gives the résumé only to the employer applied to and to center staff', async () => {
    const applicants = dataOf(await env.call(BOSS, 'employment', 'listApplicants', { jobId }))
    expect(applicants.items[0].profile).toMatchObject({ name: '郭志强', phone: '13700005678', groupTags: ['40/50'] })
    expect(JSON.stringify(applicants)).not.toContain(SEEKER)
    expect(dataOf(await env.call(STAFF, 'employment', 'getProfile', { applicationId }))?.name).toBe('郭志强')
    expect(dataOf(await env.call(BOSS, 'employment', 'getProfile', { applicationId }))?.name).toBe('郭志强')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'getProfile', { applicationId })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'listApplicants', { jobId })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'getProfile', { applicationId })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(NEIGHBOUR, 'employment', 'getProfile', {}))).toBeNull()
  })

  it('is moved along only by its employer, the seeker told of the interview time and place', async () => {
    env.grant(SEEKER, ['jobApplicationProgress'], 3)
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'updateApplication', { applicationId, move: 'view' })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(SEEKER, 'employment', 'updateApplication', { applicationId, move: 'hire' })).code).toBe('NOT_FOUND')
    dataOf(await env.call(BOSS, 'employment', 'updateApplication', { applicationId, move: 'view' }))
    expect(errorOf(await env.call(BOSS, 'employment', 'updateApplication', { applicationId, move: 'interview' })).fields).toEqual({ interviewPlace: '邀请面试须写明时间和地点' })
    const invited = dataOf(
      await env.call(BOSS, 'employment', 'updateApplication', { applicationId, move: 'interview', interviewAt: '2026-12-02T01:30:00Z', interviewPlace: '物业办公室 2 楼' }),
    )
    expect(invited).toMatchObject({ status: 'interview', moves: ['interview', 'hire', 'reject'] })
    const mine = dataOf(await env.call(SEEKER, 'employment', 'myApplications', {}))
    expect(mine.items[0]).toMatchObject({ statusText: '邀请面试', interviewPlace: '物业办公室 2 楼', interviewAt: '2026-12-02T01:30:00.000Z' })
    dataOf(await env.call(BOSS, 'employment', 'updateApplication', { applicationId, move: 'hire' }))
    expect(errorOf(await env.call(BOSS, 'employment', 'updateApplication', { applicationId, move: 'reject' })).code).toBe('CONFLICT')
    await env.deliver()
    const sent = env.cloud.store.find('outbox', { query: { touser: SEEKER, templateId: 'TPL_JOB_APPLICATION_PROGRESS' } }) as Array<{ data: Record<string, { value: string }> }>
    expect(sent.map((n) => n.data.phrase2.value)).toEqual(['已查看', '邀请面试', '录用'])
    expect(sent[1].data).toMatchObject({ thing3: { value: '物业办公室 2 楼' }, time4: { value: '12月2日 周三 09:30' } })
  })

  it('is reported with a reason; staff take the posting down and the employer sees why', async () => {
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'reportJob', { jobId, reason: '' })).fields).toHaveProperty('reason')
    dataOf(await env.call(NEIGHBOUR, 'employment', 'reportJob', { jobId, reason: '面试时要求交服装费' }))
    dataOf(await env.call(NEIGHBOUR, 'employment', 'reportJob', { jobId, reason: '面试时要求交服装费' }))
    const reports = dataOf(await env.call(STAFF, 'employment', 'listReports', {}))
    expect(reports.items).toHaveLength(1)
    expect(errorOf(await env.call(BOSS, 'employment', 'listReports', {})).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(BOSS, 'employment', 'reviewReport', { reportId: reports.items[0].id, decision: 'dismiss' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STAFF, 'employment', 'reviewReport', { reportId: reports.items[0].id, decision: 'takeDown' })).fields).toHaveProperty('reason')
    dataOf(await env.call(STAFF, 'employment', 'reviewReport', { reportId: reports.items[0].id, decision: 'takeDown', reason: '经核实收取服装费' }))
    expect(dataOf(await env.call(BOSS, 'employment', 'getJob', { jobId }))).toMatchObject({ status: 'takenDown', staffReason: '经核实收取服装费' })
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'getJob', { jobId })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(null, 'employment', 'listJobs', { keyword: '保洁' })).items).toEqual([])
  })
})

describe('岗前培训 (activities of this center)', () => {
  it('gives exactly the 2 places of a course to 2 of 40 simultaneous seekers, the rest on the waitlist, each sign-up in at most 4 requests', async () => {
    const course = trainingCourse(now)
    env.cloud.store.insert('activities', [course])
    const listed = dataOf(await env.call(null, 'activities', 'listActivities', { center: 'employment' }))
    expect(listed.items.map((a) => a.title)).toEqual(['岗前培训：物业保洁与安全操作'])
    const seekers = Array.from({ length: 40 }, (_, i) => env.resident(`trainee-${i}`))
    const results = await Promise.all(seekers.map((id) => env.raw(id, 'activities', { action: 'signUp', input: { activityId: course._id }, requestId: `${id}-first-try` })))
    const statuses = results.map((r) => (r.result as { data: { status: string } }).data.status)
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(2)
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(38)
    expect(env.cloud.store.count('activity_signups', { activityId: course._id, status: 'confirmed' })).toBe(2)
    const confirmed = results.filter((r) => (r.result as { data: { status: string } }).data.status === 'confirmed')
    for (const r of confirmed) expect(r.dbRequests).toBeLessThanOrEqual(4)
  }, 180_000)
})
