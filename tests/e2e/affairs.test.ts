/**
 * 社区事务受理服务中心 in a real browser: a resident finds an item, books a window slot, sees it in 我的,
 * cancels it and books again; staff check the resident in, call them and finish. The local cloud's clock is
 * pinned to Monday 2026-11-30 08:00 (Shanghai) so the day's slots are the same whenever the test runs.
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='


describe.each(MODES)('社区事务受理 in the browser (%s)', (mode: Mode) => {
  // a fresh local cloud for each mode: the same journey, the same screens
  const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))
  const phoneAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /社区事务受理服务中心/ })).click()
    await shown(page.getByText('办事指南', { exact: true })).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })

  it('lets a new resident book, see it in 我的, cancel and book again; staff check in and finish', async () => {
    const resident = await phoneAs(/以新居民身份进入/)
    await shown(resident.getByLabel('搜索办事事项')).fill('居住证')
    await shown(resident.getByRole('button', { name: '搜索', exact: true })).click()
    await shown(resident.getByRole('button', { name: /居住证办理/ })).click()
    await shown(resident.getByRole('button', { name: '预约到窗口办理' })).click()
    // a new resident is asked for the details the window needs, then comes straight back
    await shown(resident.getByText('预约前请先完善个人资料')).waitFor()
    await snap(resident, 'affairs-booking', '1-profile-needed', mode)
    await axeClean(resident, '预约前完善资料')
    await shown(resident.getByRole('button', { name: '去完善个人资料' })).click()
    await shown(resident.getByLabel('姓名')).fill('李建国')
    await shown(resident.getByRole('button', { name: '第一社区' })).click()
    await shown(resident.getByLabel('详细地址')).fill('3号楼2单元402')
    await shown(resident.getByRole('button', { name: '保存' })).click()
    await shown(resident.getByRole('button', { name: /11月30日.*今天/ })).click()
    // H5 shows the page's title and a way back, as WeChat's own bar does
    await shown(resident.getByRole('heading', { level: 1, name: '预约办理' })).waitFor()
    await shown(resident.getByRole('button', { name: '返回' })).waitFor()
    await shown(resident.getByRole('button', { name: /^10:00/ })).click()
    await snap(resident, 'affairs-booking', '2-choose-slot', mode)
    await axeClean(resident, '预约办理')
    await shown(resident.getByRole('button', { name: /确认预约/ })).click()
    await shown(resident.getByText('预约成功')).waitFor()
    await shown(resident.getByText('居住证明（房产证或租房合同，原件+复印件）')).waitFor()
    await snap(resident, 'affairs-booking', '3-booked', mode)
    await axeClean(resident, '预约成功')

    await shown(resident.getByRole('button', { name: '查看我的预约' })).click()
    await shown(resident.getByText('状态：已预约')).waitFor()
    await shown(resident.getByRole('button', { name: '取消预约' })).click()
    await shown(resident.getByText('确定取消', { exact: true })).click()
    await shown(resident.getByText('状态：已取消（本人取消）')).waitFor()
    await snap(resident, 'affairs-booking', '4-cancelled', mode)
    await axeClean(resident, '我的预约')

    // 重新预约 goes straight to the same service's slots
    await shown(resident.getByRole('button', { name: '重新预约' })).click()
    await shown(resident.getByRole('button', { name: /11月30日.*今天/ })).click()
    await shown(resident.getByRole('button', { name: /^10:30/ })).click()
    await shown(resident.getByRole('button', { name: /确认预约 11月30日 10:30/ })).click()
    await shown(resident.getByText('预约成功')).waitFor()
    await resident.goto(`${app.url}/#/pages/mine/index`)
    await shown(resident.getByRole('heading', { level: 1, name: '我的' })).waitFor()
    // one row each: what, when, where, status — the cancelled one keeps its time
    const booked = shown(resident.locator('.mine-item').filter({ hasText: '状态：已预约' }))
    await expect(booked.textContent()).resolves.toMatch(/窗口预约：居住证办理时间：11月30日 周一 10:30地点：街道社区事务受理服务中心状态：已预约/)
    const cancelled = shown(resident.locator('.mine-item').filter({ hasText: '状态：已取消' }))
    await expect(cancelled.textContent()).resolves.toContain('时间：11月30日 周一 10:00')
    await expect(booked.locator('.mine-item__status').textContent()).resolves.toBe('状态：已预约')
    await snap(resident, 'affairs-booking', '5-mine', mode)
    await axeClean(resident, '我的')

    const staff = await phoneAs(/陈敏/)
    await shown(staff.getByRole('button', { name: '预约看板（工作人员）' })).click()
    await shown(staff.getByText('11月30日 周一（今天）')).waitFor()
    await shown(staff.getByText('10:30 李建国')).waitFor()
    await shown(staff.getByRole('button', { name: '取号' })).click()
    await shown(staff.getByText('李建国 已取号：1 号')).waitFor()
    await shown(staff.getByRole('button', { name: /叫下一位到 1 号窗口/ })).click()
    await shown(staff.getByText('请 1 号 李建国 到 1 号窗口办理「居住证办理」')).waitFor()
    await snap(staff, 'affairs-booking', '5-staff-board', mode)
    await axeClean(staff, '预约看板')
    await shown(staff.getByRole('button', { name: '办结' })).click()
    await shown(staff.getByText('李建国 的「居住证办理」已办结')).waitFor()
    await shown(staff.getByText('已办结', { exact: true })).waitFor()

    // tomorrow the hall closes for training: the day's bookings would be cancelled and residents told
    await shown(staff.getByRole('button', { name: '后一天 ›' })).click()
    await shown(staff.getByText(/12月1日 周二/)).waitFor()
    await shown(staff.getByLabel('暂停原因（将告知居民）')).fill('全员业务培训')
    await shown(staff.getByRole('button', { name: '暂停 12月1日 的预约' })).click()
    await shown(staff.getByText('确定暂停', { exact: true })).click()
    await shown(staff.getByText('已暂停，取消 0 个预约，通知 0 位居民')).waitFor()
  })

  it('takes an online application with a photo, and shows the resident what staff asked to add', async () => {
    const resident = await phoneAs(/王秀兰/)
    await shown(resident.getByLabel('搜索办事事项')).fill('优待证')
    await shown(resident.getByRole('button', { name: '搜索', exact: true })).click()
    await shown(resident.getByRole('button', { name: /老年人优待证/ })).click()
    await shown(resident.getByRole('button', { name: '在线提交申请（社区受理）' })).click()
    await shown(resident.getByRole('button', { name: '第二社区居民服务站', pressed: true })).waitFor()
    await shown(resident.getByLabel('申请说明')).fill('本人年满六十周岁，申请办理老年人优待证')
    // without the required photos nothing is sent: the page names what is missing
    await shown(resident.getByRole('button', { name: '提交申请', exact: true })).click()
    await shown(resident.getByText('还缺：老人身份证、近期一寸彩色照片')).waitFor()
    await snap(resident, 'affairs-application', '1-missing-materials', mode)
    await axeClean(resident, '在线申请')
    for (const material of ['老人身份证', '近期一寸彩色照片']) {
      const chooser = resident.waitForEvent('filechooser')
      await shown(resident.getByRole('button', { name: `添加照片：${material}` })).click()
      await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
      await shown(resident.getByRole('button', { name: `查看大图：${material}第 1 张` })).waitFor()
    }
    await shown(resident.getByText('材料照片（2/9）')).waitFor()
    await snap(resident, 'affairs-application', '2-photos-added', mode)
    await axeClean(resident, '在线申请（照片）')
    await shown(resident.getByRole('button', { name: '提交申请', exact: true })).click()
    await shown(resident.getByText('状态：已提交，待社区预审')).waitFor()
    await shown(resident.getByText('材料照片 2 张')).waitFor()
    await snap(resident, 'affairs-application', '3-submitted', mode)
    await axeClean(resident, '申请详情')

    const staff = await phoneAs(/陈敏/)
    await shown(staff.getByRole('button', { name: '申请受理（工作人员）' })).click()
    await shown(staff.getByRole('button', { name: /老年人优待证 · 王秀兰/ })).click()
    await shown(staff.getByRole('button', { name: '退回补正' })).click()
    await shown(staff.getByLabel('理由（将告知申请人）')).fill('照片不清晰')
    await shown(staff.getByLabel('缺少的材料（用顿号分隔）')).fill('身份证正面照片、一寸彩色照片')
    await shown(staff.getByRole('button', { name: '确认：退回补正' })).click()
    await shown(staff.getByText('状态：已退回，请补正材料')).waitFor()
    await snap(staff, 'affairs-application', '4-staff-returned', mode)
    await axeClean(staff, '申请详情（工作人员）')

    await resident.goto(`${app.url}/#/centers/affairs/pages/applications/index`)
    await shown(resident.getByRole('button', { name: /老年人优待证/ })).click()
    await shown(resident.getByText('需补充的材料：身份证正面照片、一寸彩色照片')).waitFor()
    await shown(resident.getByRole('button', { name: '补正材料后重新提交' })).click()
    // the resubmission starts from the photos already sent: the resident only adds what was asked for
    await shown(resident.getByText('材料照片（2/9）')).waitFor()
    await shown(resident.getByRole('button', { name: '查看大图：老人身份证第 1 张' })).waitFor()
    const chooser = resident.waitForEvent('filechooser')
    await shown(resident.getByRole('button', { name: '添加照片：近期一寸彩色照片' })).click()
    await (await chooser).setFiles({ name: 'clearer.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
    await shown(resident.getByText('材料照片（3/9）')).waitFor()
    await snap(resident, 'affairs-application', '5-resubmit', mode)
    await axeClean(resident, '补正重新提交')
    await shown(resident.getByRole('button', { name: '补正后重新提交' })).click()
    await shown(resident.getByText('材料照片 3 张')).waitFor()
  })
})
