/**
 * 创业就业服务中心 in a real browser: a company registers with its licence, the center's staff verify it, it posts
 * a job (the rule check names a banned phrase first; staff review a first-month posting), a 40/50 job seeker
 * writes a résumé, finds the job among the recommendations, applies, and sees the interview invitation.
 * The local cloud's clock is pinned to Monday 2026-11-30 08:00 (Shanghai).
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const FLOW = 'employment-journey'

describe.each(MODES)('创业就业 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))
  const employmentAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /创业就业服务中心/ })).click()
    await shown(page.getByRole('button', { name: '我的简历' })).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })

  it('goes from a company’s registration to a 40/50 job seeker invited to an interview', async () => {
    const employer = await employmentAs(/李建国/)
    await shown(employer.getByRole('button', { name: '单位招聘' })).click()
    await shown(employer.getByLabel('单位名称（与营业执照一致）')).fill('西路便民超市有限公司')
    await shown(employer.getByLabel('统一社会信用代码（18 位）')).fill('91110108551385082Q')
    await shown(employer.getByLabel('联系人', { exact: true })).fill('李建国')
    await shown(employer.getByLabel('联系人手机号')).fill('13904720001')
    await shown(employer.getByLabel('单位地址')).fill('黄河西路 16 号')
    await shown(employer.getByRole('button', { name: '黄河西路第一社区' })).click()
    const chooser = employer.waitForEvent('filechooser')
    await shown(employer.getByRole('button', { name: '拍摄或上传营业执照' })).click()
    await (await chooser).setFiles({ name: 'licence.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
    await shown(employer.getByRole('button', { name: '重新拍摄营业执照' })).waitFor()
    await snap(employer, FLOW, '1-register', mode)
    await axeClean(employer, '单位登记')
    await shown(employer.getByRole('button', { name: '提交中心审核' })).click()
    await shown(employer.getByText('认证状态：待中心审核')).waitFor()

    const staff = await employmentAs(/何静/)
    await shown(staff.getByRole('button', { name: '中心审核（工作人员）' })).click()
    await shown(staff.getByText('西路便民超市有限公司')).waitFor()
    await snap(staff, FLOW, '2-verify', mode)
    await axeClean(staff, '单位认证')
    await shown(staff.getByRole('button', { name: '认证通过' })).click()
    await shown(staff.getByText('没有待认证的单位')).waitFor()

    await employer.reload()
    await shown(employer.getByText('认证状态：已认证')).waitFor()
    await shown(employer.getByRole('button', { name: '发布新岗位' })).click()
    await shown(employer.getByLabel('岗位名称')).fill('超市理货员')
    await shown(employer.getByLabel('岗位职责')).fill('货架整理、补货、清点库存')
    await shown(employer.getByLabel('任职要求（经验、技能）')).fill('限男性，能吃苦')
    await shown(employer.getByLabel('工作地点')).fill('黄河西路 16 号')
    await shown(employer.getByLabel('基本工资（最低，元）')).fill('3200')
    await shown(employer.getByLabel('基本工资（最高，元，可不填）')).fill('3800')
    await shown(employer.getByLabel('工作时间')).fill('两班倒，每周休一天')
    await shown(employer.getByRole('button', { name: '适合40/50人员' })).click()
    await shown(employer.getByRole('button', { name: '保存并发布' })).click()
    await shown(employer.getByText(/含有民族、性别、宗教、户籍或地域歧视：「限男性」/)).waitFor()
    await snap(employer, FLOW, '3-rule-check', mode)
    await axeClean(employer, '岗位规范检查')
    await shown(employer.getByLabel('任职要求（经验、技能）')).fill('男女不限，能吃苦')
    await shown(employer.getByRole('button', { name: '保存并发布' })).click()
    await shown(employer.getByText('状态：待中心审核')).waitFor()

    await staff.reload()
    await shown(staff.getByRole('button', { name: '岗位审核' })).click()
    await shown(staff.getByText('超市理货员')).waitFor()
    await shown(staff.getByRole('button', { name: '通过并发布' })).click()
    await shown(staff.getByText('没有待审核的岗位')).waitFor()

    const seeker = await employmentAs(/郭志强/)
    await shown(seeker.getByRole('button', { name: '为我推荐' })).click()
    await shown(seeker.getByRole('button', { name: '先填写我的简历，再为您推荐' })).click()
    await shown(seeker.getByLabel('手机号')).fill('13704720002')
    await shown(seeker.getByRole('button', { name: '高中/中专' })).click()
    await shown(seeker.getByLabel('工作经历')).fill('纺织厂挡车工 20 年')
    await shown(seeker.getByLabel('意向岗位')).fill('理货 保洁')
    await shown(seeker.getByRole('button', { name: '40/50' })).click()
    await snap(seeker, FLOW, '4-resume', mode)
    await axeClean(seeker, '我的简历')
    await shown(seeker.getByRole('button', { name: '保存简历' })).click()
    const recommended = shown(seeker.getByRole('button', { name: /超市理货员/ }))
    await shown(recommended.getByText(/推荐理由：岗位适合40\/50人员/)).waitFor()
    await snap(seeker, FLOW, '5-recommended', mode)
    await axeClean(seeker, '为我推荐')
    await recommended.click()
    await shown(seeker.getByRole('button', { name: '投递简历' })).click()
    await shown(seeker.getByText('您已投递，当前进度：已投递，等待单位查看')).waitFor()

    await employer.goto(`${app.url}/#/centers/employment/pages/employer/index`)
    await shown(employer.getByRole('button', { name: /超市理货员/ })).click()
    await shown(employer.getByRole('button', { name: '查看应聘者（1）' })).click()
    await shown(employer.getByText('郭志强 · 高中/中专')).waitFor()
    await shown(employer.getByRole('button', { name: '邀请面试' })).click()
    await shown(employer.getByLabel('面试时间', { exact: true })).fill('2026-12-02')
    await shown(employer.getByLabel('面试时间（时刻）')).fill('09:30')
    await shown(employer.getByLabel('面试地点')).fill('超市二楼办公室')
    await snap(employer, FLOW, '6-applicants', mode)
    await axeClean(employer, '应聘者')
    await shown(employer.getByRole('button', { name: '发送面试邀请' })).click()
    await shown(employer.getByText('进度：邀请面试')).waitFor()

    await seeker.goto(`${app.url}/#/centers/employment/pages/applications/index`)
    await shown(seeker.getByText(/面试：.*12月2日.*09:30，超市二楼办公室/)).waitFor()
    await snap(seeker, FLOW, '7-invited', mode)
    await axeClean(seeker, '我的求职')
    await seeker.goto(`${app.url}/#/pages/mine/index`)
    await shown(seeker.getByText('求职：超市理货员（西路便民超市有限公司）')).waitFor()
  })
})
