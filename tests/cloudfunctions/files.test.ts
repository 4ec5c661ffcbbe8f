import { seedAffairs } from '../../emulator/seeds/affairs'
import { ORGS } from '../../emulator/seeds/culture'
import type { ActivityInput } from '@/shared/contracts/activities'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'
import { connectSdk } from '../support/sdk'

let now = new Date('2026-11-30T01:00:00Z')
const env = withLocalCloud({ clock: () => now })
const A = 'files-resident-a'
const B = 'files-resident-b'
const STAFF = 'files-affairs-staff'
const ORG_STAFF = 'files-org-staff'
const SAME_ORG_STAFF = 'files-org-colleague'
const OTHER_ORG_STAFF = 'files-other-org-staff'

beforeAll(() => {
  seedAffairs(env.cloud.store)
  env.cloud.store.insert('orgs', ORGS.map((o) => ({ ...o, createdAt: now })))
  env.givenResident(A, '王秀兰', '黄河西路第二社区')
  env.givenResident(B, '李建国', '黄河西路第二社区')
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第二社区', address: '2号楼' })
  env.givenUser(ORG_STAFF, [{ role: 'orgStaff', orgId: 'org-xingfu-xiyang' }], { name: '刘芳', community: '黄河西路第二社区', address: '3号楼' })
  env.givenUser(SAME_ORG_STAFF, [{ role: 'orgStaff', orgId: 'org-xingfu-xiyang' }], { name: '孙红', community: '黄河西路第二社区', address: '4号楼' })
  env.givenUser(OTHER_ORG_STAFF, [{ role: 'orgStaff', orgId: 'org-huanghe-yishu' }], { name: '高秀梅', community: '黄河西路第四社区', address: '9号楼' })
})

/** 老年人优待证 requires these two; further photos are of something else */
const REQUIRED = ['老人身份证', '近期一寸彩色照片']
const application = (materialFiles: string[]) => ({
  serviceId: 'svc-laonian-youdai',
  stationId: 'station-2',
  fields: [{ label: '老人姓名', value: '王秀兰' }],
  materialFiles,
  materialOf: materialFiles.map((_, i) => REQUIRED[i] ?? '其他'),
})

const applicationsOf = (subjectId: string) => env.cloud.store.count('affairs_applications', { subjectId })

const activity = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  orgId: 'org-xingfu-xiyang',
  center: 'culture',
  title: '冬季书法体验课',
  description: '社区书画协会老师现场教学。',
  address: '黄河西路第二社区活动室',
  startAt: '2026-12-05T01:00:00.000Z',
  endAt: '2026-12-05T03:00:00.000Z',
  signupOpensAt: '2026-11-30T00:00:00.000Z',
  signupClosesAt: '2026-12-04T10:00:00.000Z',
  cancelDeadline: '2026-12-04T04:00:00.000Z',
  capacity: 20,
  ...over,
})

describe('upload paths', () => {
  it('are random, carry no openid, and are recorded as the caller’s for one purpose', async () => {
    const { cloudPaths } = dataOf(await env.call(A, 'account', 'prepareUpload', { purpose: 'applicationMaterial', exts: ['jpg', 'png'] }))
    expect(cloudPaths).toHaveLength(2)
    expect(cloudPaths[0]).toMatch(/^uploads\/applicationMaterial\/[0-9a-f]{32}\.jpg$/)
    expect(cloudPaths[1]).toMatch(/^uploads\/applicationMaterial\/[0-9a-f]{32}\.png$/)
    expect(cloudPaths.join()).not.toContain(A)
    const run = await env.raw(A, 'account', { action: 'prepareUpload', input: { purpose: 'applicationMaterial', exts: ['jpg'] } })
    const again = dataOf(run.result as never) as { cloudPaths: string[] }
    expect(cloudPaths).not.toContain(again.cloudPaths[0])
    // the hourly count and one insert of every path
    expect(run.dbRequests).toBe(2)
    const records = env.cloud.store.find('files', { query: { path: { $in: cloudPaths } } })
    expect(records.map((r) => [r.owner, r.purpose])).toEqual([
      [A, 'applicationMaterial'],
      [A, 'applicationMaterial'],
    ])
  })

  it('are given at most as many at once as the purpose takes, and only to signed-in people', async () => {
    const error = errorOf(await env.call(A, 'account', 'prepareUpload', { purpose: 'activityCover', exts: ['jpg', 'jpg'] }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { exts: '封面图片一次最多 1 张' } })
    expect(errorOf(await env.call(A, 'account', 'prepareUpload', { purpose: 'applicationMaterial', exts: ['exe' as 'jpg'] })).code).toBe('INVALID_INPUT')
    expect(errorOf(await env.call(null, 'account', 'prepareUpload', { purpose: 'applicationMaterial', exts: ['jpg'] })).code).toBe('UNAUTHENTICATED')
  })

  it('are refused to a person who asks for more than 100 in an hour', async () => {
    const hoarder = 'files-hoarder'
    for (let i = 0; i < 11; i++) dataOf(await env.call(hoarder, 'account', 'prepareUpload', { purpose: 'applicationMaterial', exts: Array(9).fill('jpg') }))
    expect(errorOf(await env.call(hoarder, 'account', 'prepareUpload', { purpose: 'applicationMaterial', exts: ['jpg', 'jpg'] })).code).toBe('RATE_LIMITED')
    now = new Date(now.getTime() + 3_600_001)
    dataOf(await env.call(hoarder, 'account', 'prepareUpload', { purpose: 'applicationMaterial', exts: ['jpg', 'jpg'] }))
  })
})

describe('files named in an application', () => {
  it('refuses a resident who names another resident’s photo, and gives no link to it', async () => {
    const photoOfA = await env.upload(A, 'applicationMaterial', 'id card of A')
    const reply = await env.call(B, 'affairs', 'submitApplication', application([photoOfA]))
    const error = errorOf(reply)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.fields).toEqual({ materialFiles: '材料照片无效，请删除后重新上传' })
    expect(JSON.stringify(reply)).not.toContain('/storage/files/')
    expect(applicationsOf(B)).toBe(0)
  })

  it('names which photo of several is refused', async () => {
    const own = await env.upload(B, 'applicationMaterial')
    const photoOfA = await env.upload(A, 'applicationMaterial')
    const error = errorOf(await env.call(B, 'affairs', 'submitApplication', application([own, photoOfA])))
    expect(error.fields).toEqual({ materialFiles: '第 2 张材料照片无效，请删除后重新上传' })
    expect(error.message).toMatch(/^第 2 张材料照片/)
  })

  it('refuses a path nobody prepared, and a file stored outside the prepared paths', async () => {
    const guessed = `cloud://local-env.local/uploads/applicationMaterial/${'0'.repeat(32)}.jpg`
    expect(errorOf(await env.call(B, 'affairs', 'submitApplication', application([guessed]))).code).toBe('INVALID_INPUT')
    // a file that exists in storage (put there by some function) but was never prepared for anyone
    const { fileID } = await connectSdk(env.cloud.url).uploadFile({ cloudPath: 'applications/svc-laonian-youdai/1764464400000-0.jpg', fileContent: Buffer.from('someone') })
    expect(errorOf(await env.call(B, 'affairs', 'submitApplication', application([fileID]))).code).toBe('INVALID_INPUT')
    // another person's prepared path with the extension changed
    const photoOfA = await env.upload(A, 'applicationMaterial')
    expect(errorOf(await env.call(B, 'affairs', 'submitApplication', application([photoOfA.replace(/\.jpg$/, '.png')]))).code).toBe('INVALID_INPUT')
    expect(applicationsOf(B)).toBe(0)
  })

  it('refuses a file prepared for another purpose', async () => {
    const cover = await env.upload(A, 'activityCover')
    const error = errorOf(await env.call(A, 'affairs', 'submitApplication', application([cover])))
    expect(error.fields).toEqual({ materialFiles: '材料照片无效，请删除后重新上传' })
  })

  it('takes the applicant’s own photos, checked in one database request however many', async () => {
    const photos = [await env.upload(A, 'applicationMaterial', 'one'), await env.upload(A, 'applicationMaterial', 'two'), await env.upload(A, 'applicationMaterial', 'three'), await env.upload(A, 'applicationMaterial', 'four')]
    const two = await env.raw(A, 'affairs', { action: 'submitApplication', input: application(photos.slice(0, 2)) })
    const four = await env.raw(A, 'affairs', { action: 'submitApplication', input: application(photos) })
    const app = dataOf(four.result as never) as { materialUrls: string[] }
    expect(await Promise.all(app.materialUrls.map(async (url) => (await fetch(encodeURI(url))).text()))).toEqual(['one', 'two', 'three', 'four'])
    expect(four.dbRequests).toBe(two.dbRequests)
  })

  it('lets staff filing for a resident (代办) use the resident’s photos and their own, not a third person’s', async () => {
    const photoOfA = await env.upload(A, 'applicationMaterial', 'from A')
    const takenByStaff = await env.upload(STAFF, 'applicationMaterial', 'from staff')
    const app = dataOf(await env.call(STAFF, 'affairs', 'submitApplication', application([photoOfA, takenByStaff]), { onBehalfOf: A }))
    expect(app).toMatchObject({ onBehalf: true })
    expect(app.materialUrls).toHaveLength(2)
    const photoOfB = await env.upload(B, 'applicationMaterial')
    expect(errorOf(await env.call(STAFF, 'affairs', 'submitApplication', application([photoOfB]), { onBehalfOf: A })).code).toBe('INVALID_INPUT')
  })

  it('keeps the photos a returned application holds on resubmission, and checks the ones added', async () => {
    const first = await env.upload(STAFF, 'applicationMaterial', 'taken at the desk')
    const second = await env.upload(STAFF, 'applicationMaterial', 'photo taken at the desk')
    const app = dataOf(await env.call(STAFF, 'affairs', 'submitApplication', application([first, second]), { onBehalfOf: A }))
    dataOf(await env.call(STAFF, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'return', reason: '缺户口本', missing: ['户口本'] }))
    const photoOfB = await env.upload(B, 'applicationMaterial')
    const refused = errorOf(await env.call(A, 'affairs', 'submitApplication', { ...application([first, photoOfB]), applicationId: app.id }))
    expect(refused.fields).toEqual({ materialFiles: '第 2 张材料照片无效，请删除后重新上传' })
    const added = await env.upload(A, 'applicationMaterial', 'household register')
    const again = dataOf(await env.call(A, 'affairs', 'submitApplication', { ...application([first, added]), applicationId: app.id }))
    expect(again).toMatchObject({ status: 'submitted' })
    expect(again.materialUrls).toHaveLength(2)
  })
})

describe('activity covers', () => {
  it('takes a cover its organizer uploaded and shows it by a link', async () => {
    const cover = await env.upload(ORG_STAFF, 'activityCover', 'cover image')
    const created = dataOf(await env.call(ORG_STAFF, 'activities', 'createActivity', activity({ cover })))
    const shown = dataOf(await env.call(ORG_STAFF, 'activities', 'getActivity', { activityId: created.id }))
    expect(await (await fetch(encodeURI(shown.coverUrl ?? ''))).text()).toBe('cover image')
  })

  it('refuses a cover someone else uploaded, or one uploaded for an application', async () => {
    const theirs = await env.upload(ORG_STAFF, 'activityCover')
    const error = errorOf(await env.call(OTHER_ORG_STAFF, 'activities', 'createActivity', activity({ orgId: 'org-huanghe-yishu', cover: theirs })))
    expect(error).toMatchObject({ code: 'INVALID_INPUT', fields: { cover: '封面图片无效，请删除后重新上传' } })
    const material = await env.upload(ORG_STAFF, 'applicationMaterial')
    expect(errorOf(await env.call(ORG_STAFF, 'activities', 'createActivity', activity({ cover: material }))).fields).toEqual({ cover: '封面图片无效，请删除后重新上传' })
  })

  it('lets a colleague edit an activity keeping its cover, but not swap in another person’s picture', async () => {
    const cover = await env.upload(ORG_STAFF, 'activityCover')
    const created = dataOf(await env.call(ORG_STAFF, 'activities', 'createActivity', activity({ cover })))
    dataOf(await env.call(SAME_ORG_STAFF, 'activities', 'updateActivity', { ...activity({ cover, title: '冬季书法体验课（第二期）' }), activityId: created.id }))
    const foreign = await env.upload(B, 'activityCover')
    const error = errorOf(await env.call(SAME_ORG_STAFF, 'activities', 'updateActivity', { ...activity({ cover: foreign }), activityId: created.id }))
    expect(error.fields).toEqual({ cover: '封面图片无效，请删除后重新上传' })
  })
})
