/**
 * The privacy consent sheet (用户隐私保护指引) in the H5 app: it appears the first time a privacy API is used —
 * before the first photo choice — in normal and 长辈版 sizes, passes axe-core, links the guide, and after 同意
 * the photo choice goes on; it is not asked again.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { SHOTS, seriousViolations, shown, withAppInBrowser } from '../support/browser'

const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))

async function openApplication(page: Page) {
  await shown(page.getByRole('button', { name: /社区事务受理服务中心/ })).click()
  await shown(page.getByLabel('搜索办事事项')).fill('优待证')
  await shown(page.getByRole('button', { name: '搜索', exact: true })).click()
  await shown(page.getByRole('button', { name: /老年人优待证/ })).click()
  await shown(page.getByRole('button', { name: '在线提交申请（社区受理）' })).click()
  await shown(page.getByRole('button', { name: /^添加照片：/ }).first()).waitFor()
}

/** The smallest text size and tap size inside the sheet, in CSS px. */
function sheetSizes(page: Page) {
  return shown(page.getByRole('dialog')).evaluate((sheet) => {
    const texts = Array.from(sheet.querySelectorAll('*')).filter((e) => Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()))
    const buttons = Array.from(sheet.querySelectorAll('button')).map((b) => b.getBoundingClientRect())
    return {
      minFont: Math.min(...texts.map((e) => Number.parseFloat(getComputedStyle(e).fontSize))),
      minTapWidth: Math.min(...buttons.map((r) => r.width)),
      minTapHeight: Math.min(...buttons.map((r) => r.height)),
      overflows: sheet.scrollWidth > sheet.clientWidth,
    }
  })
}

describe('privacy sheet in the browser', () => {
  it('appears before the first photo choice, passes axe, links the guide, and lets the choice go on after 同意', async () => {
    const page = await app.phoneAs(/王秀兰/, 'normal', { privacyAgreed: false })
    await openApplication(page)
    let chose = 0
    page.on('filechooser', () => {
      chose++
    })
    await shown(page.getByRole('button', { name: /^添加照片：/ }).first()).click()
    const sheet = shown(page.getByRole('dialog', { name: '个人信息保护提示' }))
    await sheet.waitFor()
    await shown(sheet.getByText(/您要选择或拍摄照片/)).waitFor()
    // the file chooser waits for the answer
    expect(chose).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    expect(await sheetSizes(page)).toMatchObject({ overflows: false })
    expect((await sheetSizes(page)).minTapHeight).toBeGreaterThanOrEqual(44)
    await page.screenshot({ path: join(SHOTS, 'privacy-sheet.png') })

    const guide = page.context().waitForEvent('page')
    await sheet.getByRole('button', { name: '查看《用户隐私保护指引》' }).click()
    const guidePage = await guide
    await guidePage.waitForLoadState()
    expect(await guidePage.textContent('body')).toContain('用户隐私保护指引')
    await guidePage.close()

    const chooser = page.waitForEvent('filechooser')
    await sheet.getByRole('button', { name: '同意' }).click()
    await chooser
    expect(await page.getByRole('dialog').count()).toBe(0)

    // remembered: the next photo choice opens at once
    const again = page.waitForEvent('filechooser')
    await shown(page.getByRole('button', { name: /^添加照片：/ }).first()).click()
    await again
    expect(await page.getByRole('dialog').count()).toBe(0)
  })

  it('in 长辈版 uses at least 18 px text and 60×60 taps; 拒绝 closes it and chooses nothing', async () => {
    const page = await app.phoneAs(/李建国/, 'normal', { privacyAgreed: false })
    await shown(page.getByRole('button', { name: /长辈版/, pressed: false })).click()
    await shown(page.getByRole('button', { name: /长辈版/, pressed: true })).waitFor()
    await openApplication(page)
    let chose = 0
    page.on('filechooser', () => {
      chose++
    })
    await shown(page.getByRole('button', { name: /^添加照片：/ }).first()).click()
    await shown(page.getByRole('dialog', { name: '个人信息保护提示' })).waitFor()
    const sizes = await sheetSizes(page)
    expect(sizes.minFont).toBeGreaterThanOrEqual(18)
    expect(sizes.minTapWidth).toBeGreaterThanOrEqual(60)
    expect(sizes.minTapHeight).toBeGreaterThanOrEqual(60)
    expect(sizes.overflows).toBe(false)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(SHOTS, 'privacy-sheet-elder.png') })

    await shown(page.getByRole('dialog')).getByRole('button', { name: '拒绝' }).click()
    expect(await page.getByRole('dialog').count()).toBe(0)
    await page.waitForTimeout(300)
    expect(chose).toBe(0)
    // the page is still usable
    await shown(page.getByRole('button', { name: /^添加照片：/ }).first()).waitFor()
  })
})
