/**
 * 老年日间照料服务中心 in a real browser: a daughter links to her mother, the mother approves in her own WeChat,
 * the daughter orders next week's lunches and cancels one before the cutoff; the center's staff import the
 * community's register, see the day's sheet and mark the delivery; the daughter sees it delivered, then books a
 * bath at home for her mother. The local cloud's clock and the phones' clocks
 * are pinned to Monday 2026-11-30 08:00 (Shanghai).
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

const NOW = new Date('2026-11-30T00:00:00Z')

describe.each(MODES)('助餐 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(NOW)
  const eldercareAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await page.clock.setFixedTime(NOW)
    await shown(page.getByRole('button', { name: /老年日间照料服务中心/ })).click()
    await shown(page.getByText('我关照的老人', { exact: true })).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })

  it('goes from a family link to a delivered lunch', async () => {
    const daughter = await eldercareAs(/张晓燕/)
    await shown(daughter.getByLabel('老人姓名')).fill('王秀兰')
    await shown(daughter.getByLabel('老人手机号')).fill('13905310001')
    await shown(daughter.getByLabel('您是老人的')).fill('女儿')
    await snap(daughter, 'eldercare-meals', '1-link', mode)
    await axeClean(daughter, '关联老人')
    await shown(daughter.getByRole('button', { name: '申请关联' })).click()
    await shown(daughter.getByText('关联 王秀兰：待确认')).waitFor()

    const mother = await eldercareAs(/王秀兰/)
    await shown(mother.getByText('张晓燕（女儿）申请关联 王秀兰')).waitFor()
    await snap(mother, 'eldercare-meals', '2-approve', mode)
    await axeClean(mother, '确认关联')
    await shown(mother.getByRole('button', { name: '同意张晓燕关联' })).click()
    await shown(mother.getByText('张晓燕（女儿）申请关联 王秀兰')).waitFor({ state: 'detached' })

    await daughter.reload()
    await shown(daughter.getByRole('button', { name: '为王秀兰订下周午餐' })).click()
    await shown(daughter.getByText(/12月7日 周一 午餐/)).waitFor()
    // 王秀兰 is diabetic and allergic to shrimp: the clashing dishes are named before confirming
    await shown(daughter.getByText(/红烧肉含糖较高/)).waitFor()
    await snap(daughter, 'eldercare-meals', '3-order', mode)
    await axeClean(daughter, '订餐')
    await shown(daughter.getByRole('button', { name: '确认订餐' })).click()
    await shown(daughter.getByText('已订 5 餐。')).waitFor()
    await shown(daughter.getByRole('button', { name: '查看已订的餐' })).click()
    await shown(daughter.getByText('王秀兰 · 12月8日 周二 午餐')).waitFor()
    await shown(daughter.getByRole('button', { name: '取消12月8日 周二 午餐' })).click()
    await shown(daughter.getByText('确定取消', { exact: true })).click()
    await shown(daughter.getByText('王秀兰 · 12月8日 周二 午餐')).waitFor()
    await shown(daughter.locator('.card').filter({ hasText: '12月8日 周二 午餐' }).getByText(/已取消/)).waitFor()
    await snap(daughter, 'eldercare-meals', '4-orders', mode)
    await axeClean(daughter, '已订的餐')

    const staff = await eldercareAs(/孙丽/)
    // the community's register: one new senior, one refused row with its reason, nothing written before confirming
    await shown(staff.getByRole('button', { name: '导入老人名册' })).click()
    const chooser = staff.waitForEvent('filechooser')
    await shown(staff.getByRole('button', { name: '选择表格（Excel 或 CSV）' })).click()
    const register = ['姓名,身份证号,社区,楼栋,房间,电话,居住情况,饮食需要', '孙玉珍,370102195601011237,黄河西路第一社区,8,502,13905310009,独居,软食', '无证号,,黄河西路第一社区,8,101,,,'].join('\n')
    await (await chooser).setFiles({ name: '第一社区老人名册.csv', mimeType: 'text/csv', buffer: Buffer.from(register) })
    await shown(staff.getByText(/检查结果 新建 1 位 · 更新 0 位 · 未导入 1 行/)).waitFor()
    await shown(staff.getByText(/第 3 行 无证号：未导入（身份证号/)).waitFor()
    await snap(staff, 'eldercare-meals', '5-import', mode)
    await axeClean(staff, '导入名册')
    await shown(staff.getByRole('button', { name: '确认导入 1 位' })).click()
    await shown(staff.getByText(/已导入 新建 1 位/)).waitFor()
    await staff.goBack()
    await shown(staff.getByRole('button', { name: '每日送餐单' })).click()
    for (let i = 0; i < 7; i++) await shown(staff.getByRole('button', { name: '后一天' })).click()
    await shown(staff.getByText('2026-12-07 送餐单')).waitFor()
    await shown(staff.getByText(/王秀兰 · 黄河西路第二社区 5号楼/)).waitFor()
    await shown(staff.getByText('饮食：糖尿病、低盐、过敏：虾')).waitFor()
    await snap(staff, 'eldercare-meals', '6-sheet', mode)
    await axeClean(staff, '送餐单')
    await shown(staff.getByRole('button', { name: '王秀兰已送达' })).click()
    await shown(staff.getByText(/已送达 1/)).waitFor()

    await daughter.reload()
    await shown(daughter.locator('.card').filter({ hasText: '12月7日 周一 午餐' }).getByText(/已送达/)).waitFor()
    await snap(daughter, 'eldercare-meals', '7-delivered', mode)

    // 上门服务: a bath for her mother on Tuesday morning, booked on the shared slot engine
    const booking = await eldercareAs(/张晓燕/)
    await shown(booking.getByRole('button', { name: '为王秀兰预约上门服务' })).click()
    await shown(booking.getByRole('button', { name: '预约助浴' })).click()
    await shown(booking.getByRole('button', { name: '12月1日 周二' })).click()
    await shown(booking.getByRole('button', { name: '09:00 余 1' })).click()
    await shown(booking.getByRole('button', { name: '预约 12月1日 周二 09:00 助浴' })).click()
    await shown(booking.locator('.card').filter({ hasText: '助浴 · 王秀兰' }).getByText('待中心确认', { exact: true })).waitFor()
    await snap(booking, 'eldercare-meals', '8-home-service', mode)
    await axeClean(booking, '上门服务')
  }, 420_000)
})
