/**
 * 文化综合服务中心 in a real browser: an organization's staff create and submit an activity, the center's staff
 * approve it, a resident signs up and finds it in 我的, and the organizer checks the resident in by code.
 * The local cloud's clock is pinned to Monday 2026-11-30 08:00 (Shanghai).
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

async function fillWhen(page: Page, label: string, day: string, time: string) {
  await shown(page.getByLabel(label, { exact: true })).fill(day)
  await shown(page.getByLabel(`${label}（时刻）`)).fill(time)
}

describe.each(MODES)('文化活动 in the browser (%s)', (mode: Mode) => {
  // a fresh local cloud for each mode: the same journey, the same screens
  const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))
  const cultureAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /文化综合服务中心/ })).click()
    await shown(page.getByText('我的报名', { exact: true })).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })

  it('goes from an organization’s draft to a resident checked in', async () => {
    const organizer = await cultureAs(/刘芳/)
    await shown(organizer.getByRole('button', { name: '发布活动' })).click()
    // the list page (with its own brand chips) stays until the editor has replaced it
    await shown(organizer.getByText('品牌项目', { exact: true })).waitFor()
    await organizer.locator('.taro_page_shade').first().waitFor({ state: 'attached' })
    await shown(organizer.getByRole('button', { name: '四季的关怀' })).click()
    await shown(organizer.getByLabel('活动名称')).fill('冬日暖阳手工编织课')
    await shown(organizer.getByLabel('活动介绍')).fill('老师带大家编织围巾，毛线和棒针由幸福夕阳服务中心提供。')
    await shown(organizer.getByLabel('活动地点')).fill('文化综合服务中心一楼活动室')
    await fillWhen(organizer, '开始时间', '2026-12-05', '09:00')
    await fillWhen(organizer, '结束时间', '2026-12-05', '11:00')
    await fillWhen(organizer, '报名开始', '2026-11-30', '08:00')
    await fillWhen(organizer, '报名截止', '2026-12-04', '18:00')
    await fillWhen(organizer, '取消报名截止', '2026-12-04', '12:00')
    await shown(organizer.getByLabel('名额（人）')).fill('20')
    await snap(organizer, 'culture-activity', '1-editor', mode)
    await axeClean(organizer, '活动编辑')
    await shown(organizer.getByRole('button', { name: '保存草稿' })).click()
    await shown(organizer.getByText('活动管理：草稿')).waitFor()
    await shown(organizer.getByRole('button', { name: '提交审核' })).click()
    await shown(organizer.getByText('活动管理：待中心审核')).waitFor()

    const reviewer = await cultureAs(/赵磊/)
    await shown(reviewer.getByRole('button', { name: '待审核' })).click()
    await shown(reviewer.getByRole('button', { name: /冬日暖阳手工编织课/ })).click()
    await shown(reviewer.getByRole('button', { name: '通过并发布' })).click()
    await shown(reviewer.getByText('活动管理：已发布')).waitFor()
    // 取消活动 stays apart from the review buttons, in its own danger zone
    await shown(reviewer.getByRole('region', { name: '取消活动' })).waitFor()
    await snap(reviewer, 'culture-activity', '2-review', mode)
    await axeClean(reviewer, '活动审核')

    // someone new is asked for a name before signing up: rosters and check-in need it
    const newcomer = await cultureAs(/以新居民身份进入/)
    await shown(newcomer.getByRole('button', { name: /冬日暖阳手工编织课/ })).click()
    await shown(newcomer.getByText('报名前请先完善个人资料')).waitFor()
    await snap(newcomer, 'culture-activity', '3-profile-needed', mode)
    await axeClean(newcomer, '活动详情（未完善资料）')
    await shown(newcomer.getByRole('button', { name: '去完善个人资料' })).click()
    await shown(newcomer.getByLabel('姓名')).fill('周小梅')
    await shown(newcomer.getByRole('button', { name: '第一社区' })).click()
    await shown(newcomer.getByLabel('详细地址')).fill('7号楼1单元301')
    await shown(newcomer.getByRole('button', { name: '保存' })).click()
    await shown(newcomer.getByRole('button', { name: '确认报名' })).waitFor()
    await shown(newcomer.getByText(/「活动变更通知」/)).waitFor()
    await newcomer.context().close()

    const resident = await cultureAs(/李建国/)
    await shown(resident.getByRole('button', { name: /冬日暖阳手工编织课/ })).click()
    await shown(resident.getByText('余 20 / 20 个名额')).waitFor()
    await snap(resident, 'culture-activity', '3-activity', mode)
    await axeClean(resident, '活动详情')
    await shown(resident.getByRole('button', { name: '确认报名' })).click()
    await shown(resident.getByText('我的报名：报名成功')).waitFor()
    const code = (await shown(resident.locator('.checkin-code')).textContent())?.trim() ?? ''
    expect(code).toMatch(/^[A-Z2-9]{6}$/)
    // self check-in is not offered days ahead: the page says when it opens
    await shown(resident.getByText(/^签到时间：12月5日 周六 08:00 至 12月5日 周六 11:00/)).waitFor()
    await snap(resident, 'culture-activity', '4-signed-up', mode)
    await axeClean(resident, '报名成功')
    await resident.goto(`${app.url}/#/pages/mine/index`)
    await shown(resident.getByText('活动报名：冬日暖阳手工编织课')).waitFor()

    // check-in opens an hour before the start: on the morning of the activity, 08:30
    await app.travelTo(new Date('2026-12-05T00:30:00Z'))
    await organizer.reload()
    await shown(organizer.getByRole('button', { name: '报名名单与签到' })).click()
    await shown(organizer.getByText('签到时间：活动开始前 1 小时至活动结束')).waitFor()
    await shown(organizer.getByText('李建国', { exact: true })).waitFor()
    await shown(organizer.getByLabel('居民签到码')).fill(code)
    await shown(organizer.getByRole('button', { name: '签到', exact: true })).click()
    await shown(organizer.getByText('李建国（1 人）签到成功')).waitFor()
    await shown(organizer.getByText('已签到', { exact: true })).waitFor()
    await snap(organizer, 'culture-activity', '5-roster', mode)
    await axeClean(organizer, '报名名单')
  })

  it('lets the street administrator register an organization and invite its staff', async () => {
    const admin = await cultureAs(/马建华/)
    await shown(admin.getByRole('button', { name: '社会组织' })).click()
    await shown(admin.getByRole('button', { name: '登记社会组织（管理员）' })).click()
    await shown(admin.getByLabel('机构名称')).fill('邻里互助会')
    await shown(admin.getByRole('button', { name: '草根备案' })).click()
    const form = shown(admin.locator('.card').filter({ hasText: '登记社会组织' }))
    await shown(form.getByRole('button', { name: '志愿服务' })).click()
    await shown(admin.getByLabel('联系人')).fill('赵敏')
    await shown(admin.getByLabel('联系电话')).fill('13904720099')
    await shown(admin.getByLabel('机构简介')).fill('楼栋邻里互帮互助，照顾独居老人。')
    await shown(admin.getByRole('button', { name: '确认登记' })).click()
    await shown(admin.getByText('邻里互助会', { exact: true })).waitFor()
    const card = shown(admin.locator('.card').filter({ hasText: '邻里互助会' }))
    await shown(card.getByRole('button', { name: '生成工作人员邀请码' })).click()
    const notice = (await shown(card.getByText(/^邀请码 /)).textContent()) ?? ''
    const code = notice.match(/邀请码 ([A-Z2-9]{8})/)?.[1] ?? ''
    expect(code).toHaveLength(8)

    const helper = await cultureAs(/张晓燕/)
    await shown(helper.getByRole('button', { name: '社会组织' })).click()
    await shown(helper.getByLabel('邀请码')).fill(code)
    await shown(helper.getByRole('button', { name: '使用邀请码' })).click()
    await shown(helper.getByText('已成为「邻里互助会」工作人员，可在活动页发布本机构活动。')).waitFor()
  })
})
