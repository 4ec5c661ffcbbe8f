import { AFFAIRS_SERVICES, seedAffairs } from '../../emulator/seeds/affairs'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

let now = new Date('2026-11-30T01:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'station-staff'
const STREET = 'street-staff'

beforeAll(() => {
  seedAffairs(env.cloud.store)
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第二社区', address: '2号楼' })
  env.givenUser(STREET, [{ role: 'centerStaff', center: 'affairs' }], { name: '马丽', community: '黄河西路第一社区', address: '8号楼' })
  env.givenResident('applicant', '王秀兰', '黄河西路第二社区')
  env.givenResident('neighbour', '李建国')
})

const seniorCard = {
  serviceId: 'svc-laonian-youdai',
  stationId: 'station-2',
  fields: [{ label: '老人姓名', value: '王秀兰' }],
  materialFiles: [] as string[],
}

/** A photo of every material the service requires, taken by `by`, each labelled with what it shows. */
async function photosFor(serviceId: string, by = 'applicant') {
  const required = AFFAIRS_SERVICES.find((s) => s._id === serviceId)!.materials.filter((m) => (m as { required?: boolean }).required !== false)
  const materialFiles = await Promise.all(required.map((m) => env.upload(by, 'applicationMaterial', m.name)))
  return { materialFiles, materialOf: required.map((m) => m.name) }
}

describe('两级代办 applications', () => {
  it('takes an application with photos of materials, shows it in 我的 and only to the right people', async () => {
    const app = dataOf(await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, ...(await photosFor(seniorCard.serviceId)) }))
    expect(app).toMatchObject({ status: 'submitted', statusText: '已提交，待社区预审', stationName: '第二社区居民服务站', applicantName: '王秀兰' })
    expect(app.materialUrls).toHaveLength(2)
    expect(app.materialOf).toEqual(['老人身份证', '近期一寸彩色照片'])
    expect(await (await fetch(encodeURI(app.materialUrls[0]))).text()).toBe('老人身份证')
    const mine = dataOf(await env.call('applicant', 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '代办申请：老年人优待证', statusText: '已提交，待社区预审', place: '第二社区居民服务站' })
    expect(mine.items[0].whenText).toMatch(/^\d+月\d+日 周. 提交$/)
    expect(errorOf(await env.call('neighbour', 'affairs', 'getApplication', { applicationId: app.id })).code).toBe('NOT_FOUND')
    expect(dataOf(await env.call(STAFF, 'affairs', 'getApplication', { applicationId: app.id })).materialUrls).toHaveLength(2)
  })

  it('refuses an application without a photo of each required material, naming the ones missing', async () => {
    const none = errorOf(await env.call('applicant', 'affairs', 'submitApplication', seniorCard))
    expect(none).toMatchObject({ code: 'INVALID_INPUT', message: '请补充材料照片：老人身份证、近期一寸彩色照片', fields: { materialFiles: '还缺：老人身份证、近期一寸彩色照片' } })
    // 代办人身份证 is asked for only when a child files for the parent: not required online
    const idOnly = { materialFiles: [await env.upload('applicant', 'applicationMaterial', 'id')], materialOf: ['老人身份证'] }
    expect(errorOf(await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, ...idOnly })).message).toBe('请补充材料照片：近期一寸彩色照片')
  })

  it('goes community pre-check → street → done, each step on the timeline with who acted, the applicant told each time', async () => {
    env.grant('applicant', ['applicationProgress'], 2)
    const app = dataOf(await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, serviceId: 'svc-gaoling-butie', ...(await photosFor('svc-gaoling-butie')) }))
    now = new Date('2026-12-01T01:00:00Z')
    dataOf(await env.call(STAFF, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'accept' }))
    expect(errorOf(await env.call(STAFF, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'complete' })).message).toBe('该事项须由街道办结，请先转街道')
    dataOf(await env.call(STAFF, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'forward' }))
    now = new Date('2026-12-03T01:00:00Z')
    const done = dataOf(await env.call(STREET, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'complete' }))
    expect(done.timeline.map((t) => [t.text, t.by])).toEqual([
      ['提交申请', '申请人本人'],
      ['预审通过', '第二社区居民服务站 陈敏'],
      ['转街道办理', '第二社区居民服务站 陈敏'],
      ['办结', '街道 马丽'],
    ])
    expect(done.daysOpen).toBe(3)
    // the applicant allowed progress notices twice: two arrive, the third is refused as WeChat would
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: 'applicant', templateId: 'TPL_APPLICATION_PROGRESS' } })).toHaveLength(2)
    expect(env.cloud.store.find('outbox_refused', { query: { touser: 'applicant' } })).toHaveLength(1)
    expect(errorOf(await env.call(STREET, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'reject', reason: '重复申请' })).code).toBe('CONFLICT')
  })

  it('returns an application with the exact missing materials, and the resident resubmits it', async () => {
    const photos = await photosFor('svc-canjiren')
    const app = dataOf(await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, serviceId: 'svc-canjiren', ...photos }))
    const noReason = errorOf(await env.call(STAFF, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'return' }))
    expect(noReason.fields).toEqual({ reason: '退回或不予受理须写明理由', missing: '退回时请列出缺少的材料' })
    const returned = dataOf(
      await env.call(STAFF, 'affairs', 'reviewApplication', { applicationId: app.id, decision: 'return', reason: '诊断证明不清晰', missing: ['二级及以上医院诊断证明'] }),
    )
    expect(returned).toMatchObject({ status: 'returned', missing: ['二级及以上医院诊断证明'] })
    const again = dataOf(
      await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, serviceId: 'svc-canjiren', ...photos, applicationId: app.id, note: '已补交诊断证明' }),
    )
    // staff keep every photo sent the first time, with what each shows
    expect(again.materialFiles).toEqual(photos.materialFiles)
    expect(again.materialOf).toEqual(photos.materialOf)
    expect(again).toMatchObject({ id: app.id, status: 'submitted', missing: [], note: '已补交诊断证明' })
    expect(again.timeline.map((t) => t.text)).toEqual(['提交申请', '退回补正', '补正后重新提交'])
  })

  it('lets station staff file for a walk-in resident, recorded as 代办 by that staff member', async () => {
    env.givenResident('walk-in-senior', '张桂芳', '黄河西路第二社区')
    const app = dataOf(await env.call(STAFF, 'affairs', 'submitApplication', { ...seniorCard, ...(await photosFor(seniorCard.serviceId, STAFF)) }, { onBehalfOf: 'walk-in-senior' }))
    expect(app).toMatchObject({ applicantName: '张桂芳', onBehalf: true })
    expect(app.timeline[0].by).toBe('陈敏（工作人员代办）')
    expect(dataOf(await env.call('walk-in-senior', 'affairs', 'myApplications', {})).items.map((a) => a.id)).toEqual([app.id])
  })

  it('refuses items the community cannot accept and stations that are not stations', async () => {
    expect(errorOf(await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, stationId: 'hall' })).fields).toEqual({ stationId: '请选择社区服务站' })
    const error = errorOf(await env.call('applicant', 'affairs', 'submitApplication', { ...seniorCard, fields: [{ label: '', value: 'x'.repeat(201) }] }))
    expect(error.fields).toEqual({ 'fields.0.label': '请填写栏目名称', 'fields.0.value': '此栏内容不能超过200个字' })
  })

  it('gives staff an inbox filtered by status, community and days open', async () => {
    now = new Date('2026-12-10T01:00:00Z')
    const waiting = dataOf(await env.call(STAFF, 'affairs', 'listApplications', { status: 'submitted', community: '黄河西路第二社区' }))
    expect(waiting.items.length).toBeGreaterThanOrEqual(2)
    expect(waiting.items.every((a) => a.status === 'submitted' && a.community === '黄河西路第二社区')).toBe(true)
    const old = dataOf(await env.call(STAFF, 'affairs', 'listApplications', { minDaysOpen: 10 }))
    expect(old.items.every((a) => a.daysOpen >= 10)).toBe(true)
    expect(old.items.length).toBeGreaterThan(0)
    const none = dataOf(await env.call(STAFF, 'affairs', 'listApplications', { minDaysOpen: 11 }))
    expect(none.items).toEqual([])
    expect(errorOf(await env.call('applicant', 'affairs', 'listApplications', {})).code).toBe('FORBIDDEN')
  })
})
