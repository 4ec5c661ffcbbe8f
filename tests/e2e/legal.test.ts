/**
 * 法律援助服务中心 in a real browser: a resident takes the eligibility check and applies for legal aid; staff
 * return it for a missing document; the resident adds it and resubmits; staff accept it, approve and assign a
 * lawyer (each staff read in the access log the administrator reviews); a consultation is asked and the duty
 * lawyer answers. The clock is pinned to Tuesday 2026-12-01 10:00
 * (Shanghai), so the deadline the resident sees is the same whenever the test runs.
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const ID = '11010519491231002X'

async function addPhoto(page: Page, button: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await shown(page.getByRole('button', { name: button })).click()
  await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
}

describe.each(MODES)('法律援助服务中心 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(new Date('2026-12-01T02:00:00Z'))
  const phoneAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /法律援助服务中心/ })).click()
    await shown(page.getByText('我的法律事务')).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })
  const openAid = async (page: Page) => {
    await shown(page.getByRole('button', { name: /工作台/ })).click()
    await shown(page.getByRole('button', { name: '法律援助申请', exact: true })).click()
    await shown(page.getByRole('button', { name: /法律援助（追索劳动报酬/ })).click()
    await shown(page.getByText(/援字/)).waitFor()
  }

  it('takes a resident from the eligibility check through a returned and resubmitted application to an assigned lawyer', async () => {
    const resident = await phoneAs(/王秀兰/)
    await shown(resident.getByRole('button', { name: /^法律援助申请 先回答/ })).click()
    await shown(resident.getByText('第 1 / 3 题')).waitFor()
    await snap(resident, 'legal-aid', '1-check-question', mode)
    await axeClean(resident, '援助自测')
    await shown(resident.getByRole('button', { name: '农民工' })).click()
    await shown(resident.getByRole('button', { name: '追索劳动报酬（欠薪）' })).click()
    await shown(resident.getByRole('button', { name: '还没有起诉或申请仲裁' })).click()
    await shown(resident.getByText(/无需提交经济困难证明/)).waitFor()
    await snap(resident, 'legal-aid', '2-check-result', mode)
    await axeClean(resident, '自测结果')
    await shown(resident.getByRole('button', { name: '申请法律援助' })).click()

    await shown(resident.getByLabel('姓名')).fill('王秀兰')
    await shown(resident.getByLabel('身份证号')).fill(ID)
    await shown(resident.getByLabel('联系电话')).fill('13912345678')
    await shown(resident.getByLabel('案情简述')).fill('在工地干了半年，包工头拖欠工资两万元')
    await shown(resident.getByLabel('对方姓名或单位名称')).fill('某建筑劳务公司')
    await shown(resident.getByText('您属于免予核查经济困难状况的人员，无需填写经济困难声明。')).waitFor()
    await addPhoto(resident, /添加照片/)
    await shown(resident.getByRole('button', { name: /查看大图/ })).waitFor()
    await snap(resident, 'legal-aid', '3-application', mode)
    await axeClean(resident, '援助申请')
    await shown(resident.getByRole('button', { name: '提交申请' })).click()
    await shown(resident.getByText('状态：已提交，材料审查中')).waitFor()
    // the resident sees their own ID number masked
    await shown(resident.getByText(/1101\*{10}002X/)).waitFor()

    const staff = await phoneAs(/林静/)
    await openAid(staff)
    await shown(staff.getByText(new RegExp(ID))).waitFor()
    await shown(staff.getByLabel(/缺少的材料/)).fill('劳动关系证明（工牌或考勤记录）')
    await snap(staff, 'legal-aid', '4-staff-review', mode)
    await axeClean(staff, '材料审查')
    await shown(staff.getByRole('button', { name: '退回补充材料' })).click()
    await shown(staff.getByText('状态：已退回，请补充材料')).waitFor()

    await resident.goto(`${app.url}/#/centers/legal/pages/mine/index`)
    await shown(resident.getByRole('button', { name: '法律援助', exact: true })).click()
    await shown(resident.getByRole('button', { name: /法律援助申请 援字〔\d{4}〕(?!示例)/ })).click()
    await shown(resident.getByText('需补充：劳动关系证明（工牌或考勤记录）')).waitFor()
    await shown(resident.getByRole('button', { name: '补充材料' })).click()
    await shown(resident.getByText(/请补充：劳动关系证明/)).waitFor()
    await shown(resident.getByLabel('身份证号')).fill(ID)
    await addPhoto(resident, /添加照片/)
    await shown(resident.getByRole('button', { name: /查看大图.*第 2 张/ })).waitFor()
    await snap(resident, 'legal-aid', '5-resubmit', mode)
    await shown(resident.getByRole('button', { name: '补充材料后重新提交' })).click()
    await shown(resident.getByText('状态：已提交，材料审查中')).waitFor()

    await staff.goto(`${app.url}/#/centers/legal/pages/index/index`)
    await openAid(staff)
    await shown(staff.getByRole('button', { name: '材料齐全，受理' })).click()
    await shown(staff.getByText('状态：材料齐全，审查中')).waitFor()
    await shown(staff.getByRole('button', { name: '给予法律援助' })).click()
    await shown(staff.getByText('状态：决定给予法律援助，正在指派律师')).waitFor()
    await snap(staff, 'legal-aid', '6-assign', mode)
    await axeClean(staff, '指派律师')
    await shown(staff.getByRole('button', { name: /指派 周正/ })).click()
    await shown(staff.getByText('状态：已指派律师')).waitFor()
    await shown(staff.getByText('指派律师：周正')).waitFor()
    // the page read the case again after each step: the ID number in full, each read in the access log
    await shown(staff.getByText(new RegExp(ID))).waitFor()

    // the street administrator reviews who read the case (by its number, never the person)
    const admin = await phoneAs(/马建华/)
    await shown(admin.getByRole('button', { name: /工作台/ })).click()
    await shown(admin.getByRole('button', { name: '查阅记录', exact: true })).click()
    await shown(admin.getByText('林静 · 查看法律援助申请')).waitFor()
    await shown(admin.getByText(/^法律援助 援字〔\d{4}〕(?!示例)/)).waitFor()
    await axeClean(admin, '查阅记录')

    await resident.goto(`${app.url}/#/pages/mine/index`)
    await shown(resident.getByText('法律援助申请')).waitFor()
    await shown(resident.getByText(/已指派律师/)).waitFor()
    await snap(resident, 'legal-aid', '7-mine', mode)
  })

  it('lets a resident ask a private question that the duty lawyer answers', async () => {
    const resident = await phoneAs(/李建国/)
    await shown(resident.getByRole('button', { name: /^法律咨询 在线提问/ })).click()
    await shown(resident.getByRole('button', { name: '房产物业' })).click()
    await shown(resident.getByLabel('您的问题')).fill('物业费上涨没有公示，可以拒交吗？')
    await snap(resident, 'legal-consultation', '1-ask', mode)
    await axeClean(resident, '法律咨询')
    await shown(resident.getByRole('button', { name: '提交咨询' })).click()
    await shown(resident.getByText('状态：等待律师答复')).waitFor()

    const lawyer = await phoneAs(/周正/)
    await shown(lawyer.getByRole('button', { name: /工作台/ })).click()
    await shown(lawyer.getByRole('button', { name: /法律咨询（房产物业）/ })).click()
    await shown(lawyer.getByText('物业费上涨没有公示，可以拒交吗？')).waitFor()
    await shown(lawyer.getByLabel('律师答复')).fill('调价须经业主大会或公示，可先书面要求物业说明依据，不建议直接拒交。')
    await shown(lawyer.getByRole('button', { name: '提交答复' })).click()
    await shown(lawyer.getByText('状态：律师已答复')).waitFor()
    await snap(lawyer, 'legal-consultation', '2-answered', mode)
    await axeClean(lawyer, '律师答复')

    await resident.goto(`${app.url}/#/centers/legal/pages/mine/index`)
    await shown(resident.getByRole('button', { name: /法律咨询（房产物业）/ })).click()
    await shown(resident.getByText(/不建议直接拒交/)).waitFor()
    await shown(resident.getByRole('button', { name: '5 星' })).click()
    await shown(resident.getByRole('button', { name: '提交评价' })).click()
    await shown(resident.getByText('状态：已结束')).waitFor()
    await snap(resident, 'legal-consultation', '3-rated', mode)
  })
})
