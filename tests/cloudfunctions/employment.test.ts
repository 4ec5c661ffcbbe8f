import { readSheet } from '../../cloudfunctions/_kernel/sheets'
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

/** The xlsx behind an export link, as rows keyed by its Chinese headers. */
async function sheetAt(url: string) {
  return readSheet(Buffer.from(await (await fetch(encodeURI(url))).arrayBuffer()), 'xlsx')
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
    expect(sent[1].data).toMatchObject({ thing3: { value: '物业办公室 2 楼' }, time4: { value: '2026年12月2日 09:30' } })
  })

  it('exports the applicants for the posting’s employer and staff only, phones masked and group tags left out', async () => {
    const exported = dataOf(await env.call(BOSS, 'employment', 'exportApplicants', { jobId }))
    expect(exported.rows).toBe(1)
    const sheet = await sheetAt(exported.url)
    expect(sheet.headers).toEqual(['姓名', '手机号', '学历', '工作经历', '技能', '意向岗位', '进度', '投递时间', '面试时间', '面试地点', '说明'])
    expect(sheet.rows[0].cells).toMatchObject({ 姓名: '郭志强', 手机号: '137****5678', 进度: '已录用', 投递时间: '11月30日 周一 10:00' })
    expect(JSON.stringify(sheet)).not.toContain('13700005678')
    expect(JSON.stringify(sheet)).not.toContain('40/50')
    expect(dataOf(await env.call(STAFF, 'employment', 'exportApplicants', { jobId })).rows).toBe(1)
    expect(errorOf(await env.call(OTHER_BOSS, 'employment', 'exportApplicants', { jobId })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(SEEKER, 'employment', 'exportApplicants', { jobId })).code).toBe('NOT_FOUND')
  })

  it('is reported with a reason; staff take the posting down, the employer sees why and every reporter hears the outcome', async () => {
    env.grant(NEIGHBOUR, ['jobReportResult'])
    env.grant(SEEKER, ['jobReportResult'])
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'reportJob', { jobId, reason: '' })).fields).toHaveProperty('reason')
    const first = await env.raw(NEIGHBOUR, 'employment', { action: 'reportJob', input: { jobId, reason: '面试时要求交服装费' }, requestId: 'report-neighbour-1' })
    expect(first.dbRequests).toBeLessThanOrEqual(4)
    dataOf(await env.call(NEIGHBOUR, 'employment', 'reportJob', { jobId, reason: '面试时要求交服装费' }))
    dataOf(await env.call(SEEKER, 'employment', 'reportJob', { jobId, reason: '入职要交押金' }))
    const waiting = dataOf(await env.call(NEIGHBOUR, 'employment', 'myReports', {}))
    expect(waiting.items).toEqual([expect.objectContaining({ jobTitle: '招聘保洁员', reason: '面试时要求交服装费', status: 'open', statusText: '待中心核实', note: null, handledAt: null })])
    const row = dataOf(await env.call(NEIGHBOUR, 'account', 'listMyItems', {})).items.find((i) => i.title.startsWith('举报岗位'))
    expect(row).toMatchObject({ title: '举报岗位：招聘保洁员（黄河西路物业服务有限公司）', statusText: '待中心核实', whenText: '11月30日 周一 10:00 举报', place: '黄河西路 88 号' })

    const reports = dataOf(await env.call(STAFF, 'employment', 'listReports', {}))
    expect(reports.items).toHaveLength(2)
    expect(errorOf(await env.call(BOSS, 'employment', 'listReports', {})).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(BOSS, 'employment', 'reviewReport', { reportId: reports.items[0].id, decision: 'dismiss' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STAFF, 'employment', 'reviewReport', { reportId: reports.items[0].id, decision: 'takeDown' })).fields).toHaveProperty('reason')
    const decided = await env.raw(STAFF, 'employment', { action: 'reviewReport', input: { reportId: reports.items[0].id, decision: 'takeDown', reason: '经核实收取服装费' }, requestId: 'take-down-1' })
    // the caller's roles, the request record (2), the report, the posting and its open reports, the take-down, the
    // reports settled, the employer's 我的 and notice: 11, then 我的 per reporter and one request for their notices
    expect(decided.dbRequests).toBeLessThanOrEqual(11 + 2 + 1)
    expect(dataOf(await env.call(BOSS, 'employment', 'getJob', { jobId }))).toMatchObject({ status: 'takenDown', staffReason: '经核实收取服装费' })
    expect(errorOf(await env.call(NEIGHBOUR, 'employment', 'getJob', { jobId })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(null, 'employment', 'listJobs', { keyword: '保洁' })).items).toEqual([])
    expect(dataOf(await env.call(STAFF, 'employment', 'listReports', {})).items).toEqual([])

    for (const reporter of [NEIGHBOUR, SEEKER]) {
      const mine = dataOf(await env.call(reporter, 'employment', 'myReports', {}))
      expect(mine.items).toEqual([expect.objectContaining({ status: 'upheld', statusText: '属实，岗位已下架', note: '经核实收取服装费', handledAt: now.toISOString() })])
      const item = dataOf(await env.call(reporter, 'account', 'listMyItems', {})).items.find((i) => i.title.startsWith('举报岗位'))
      expect(item).toMatchObject({ statusText: '属实，岗位已下架', place: '黄河西路 88 号' })
    }
    // each reporter sees only their own report
    expect(dataOf(await env.call(SEEKER, 'employment', 'myReports', {})).items.map((r) => r.reason)).toEqual(['入职要交押金'])
    await env.deliver()
    for (const reporter of [NEIGHBOUR, SEEKER]) {
      const sent = env.cloud.store.find('outbox', { query: { touser: reporter, templateId: 'TPL_JOB_REPORT_RESULT' } }) as Array<{ data: Record<string, { value: string }> }>
      expect(sent.map((n) => n.data)).toEqual([{ thing1: { value: '招聘保洁员' }, phrase2: { value: '已下架' }, thing3: { value: '经核实收取服装费' } }])
    }
  })

  it('tells the reporter when staff find nothing wrong, and the posting stays listed', async () => {
    now = new Date('2027-01-06T02:00:00Z')
    const job = dataOf(await env.call(BOSS, 'employment', 'createJob', { ...posting, title: '绿化养护工', validThrough: '2027-02-20' }))
    dataOf(await env.call(BOSS, 'employment', 'publishJob', { jobId: job.id }))
    env.grant(NEIGHBOUR, ['jobReportResult'])
    dataOf(await env.call(NEIGHBOUR, 'employment', 'reportJob', { jobId: job.id, reason: '工资写得太高，不可信' }))
    const [report] = dataOf(await env.call(STAFF, 'employment', 'listReports', {})).items
    const decided = await env.raw(STAFF, 'employment', { action: 'reviewReport', input: { reportId: report.id, decision: 'dismiss' }, requestId: 'dismiss-1' })
    // the caller's roles, the request record (2), the report, settling it, 我的, the notice
    expect(decided.dbRequests).toBeLessThanOrEqual(7)
    expect(errorOf(await env.call(STAFF, 'employment', 'reviewReport', { reportId: report.id, decision: 'takeDown', reason: '再看一次' })).code).toBe('CONFLICT')
    expect(dataOf(await env.call(null, 'employment', 'getJob', { jobId: job.id })).status).toBe('published')
    const [mine] = dataOf(await env.call(NEIGHBOUR, 'employment', 'myReports', {})).items
    expect(mine).toMatchObject({ jobTitle: '绿化养护工', status: 'dismissed', statusText: '经核实未发现问题', note: null })
    await env.deliver()
    const sent = env.cloud.store.find('outbox', { query: { touser: NEIGHBOUR, templateId: 'TPL_JOB_REPORT_RESULT' } }) as Array<{ data: Record<string, { value: string }> }>
    expect(sent.map((n) => n.data.phrase2.value)).toEqual(['已下架', '不成立'])
    expect(sent[1].data.thing3.value).toBe('岗位信息未发现违规，继续展示')
    now = new Date('2026-11-30T02:00:00Z')
  })
})

describe('staff exports', () => {
  it('gives staff the employers’ register as an xlsx with masked contact phones; nobody else', async () => {
    const exported = dataOf(await env.call(STAFF, 'employment', 'exportEmployers', {}))
    const sheet = await sheetAt(exported.url)
    expect(sheet.headers.slice(0, 7)).toEqual(['单位名称', '统一社会信用代码', '联系人', '联系人手机号', '单位地址', '所在社区', '认证状态'])
    expect(sheet.rows.map((r) => r.cells.单位名称)).toEqual(['黄河西路物业服务有限公司', '西路餐饮管理有限公司'])
    expect(sheet.rows[0].cells).toMatchObject({ 统一社会信用代码: '91440300708461136T', 联系人手机号: '139****1234', 认证状态: '已认证', 认证有效至: '5月30日 周日' })
    expect(sheet.rows[1].cells).toMatchObject({ 认证状态: '未通过审核', 不予认证理由: '营业执照照片看不清' })
    expect(JSON.stringify(sheet)).not.toContain('13900001234')
    expect(dataOf(await env.call(STAFF, 'employment', 'exportEmployers', { status: 'refused' })).rows).toBe(1)
    expect(errorOf(await env.call('affairs-staff', 'employment', 'exportEmployers', {})).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(BOSS, 'employment', 'exportEmployers', {})).code).toBe('FORBIDDEN')
  })

  it('gives staff the postings created in a period, in every state', async () => {
    now = new Date('2027-06-02T02:00:00Z')
    const lastMonth = await sheetAt(dataOf(await env.call(STAFF, 'employment', 'exportJobs', { withinDays: 30 })).url)
    expect(lastMonth.rows.map((r) => [r.cells.岗位名称, r.cells.状态])).toEqual([['招聘保洁员', '草稿']])
    const sheet = await sheetAt(dataOf(await env.call(STAFF, 'employment', 'exportJobs', { withinDays: 365 })).url)
    expect(sheet.headers).toEqual(['岗位名称', '用人单位', '用工形式', '招聘人数', '学历要求', '基本工资', '工作地点', '所在社区', '工作时间', '适合人群', '状态', '发布时间', '有效期至', '中心说明'])
    expect(sheet.rows.map((r) => r.cells.岗位名称)).toEqual(['招聘保洁员', '绿化养护工', '小区保安', '招聘保洁员'])
    expect(sheet.rows[3].cells).toMatchObject({ 用人单位: '黄河西路物业服务有限公司', 用工形式: '全职', 招聘人数: '2', 基本工资: '2800–3200 元/月', 适合人群: '适合40/50人员、就近就业', 状态: '已被中心下架', 中心说明: '经核实收取服装费', 有效期至: '2027-01-15' })
    expect(errorOf(await env.call(BOSS, 'employment', 'exportJobs', {})).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(STAFF, 'employment', 'exportJobs', { withinDays: 7 } as never)).fields).toHaveProperty('withinDays')
    now = new Date('2026-11-30T02:00:00Z')
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

  it('lets the center’s staff export a course’s roster (xlsx, phones masked); other centers’ staff may not', async () => {
    const exported = dataOf(await env.call(STAFF, 'activities', 'exportSignUps', { activityId: 'act-gangqian-baojie' }))
    expect(exported.rows).toBe(40)
    const sheet = await sheetAt(exported.url)
    expect(sheet.rows.filter((r) => r.cells.状态 === '报名成功')).toHaveLength(2)
    expect(sheet.rows[0].cells.手机号).toBe('138****0000')
    expect(errorOf(await env.call('affairs-staff', 'activities', 'exportSignUps', { activityId: 'act-gangqian-baojie' })).code).toBe('FORBIDDEN')
  })
})
