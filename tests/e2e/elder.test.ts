/**
 * 长辈版 all the way, in a real browser and in both modes: the app's own dialog and toast (sized for the mode,
 * axe-clean while open), the tab bar, what just happened in the first screen, a disabled main button that looks
 * it and says why — and the main pages at WeChat font scale 2 (services/font-scale.h5.ts stands in for WeChat's
 * setting): nothing scrolls sideways, nothing is wider than the phone, no word is split, axe-clean.
 * Screenshots: dist/screenshots/elder/ and dist/screenshots/font-scale/. Clock: Monday 2026-11-30 08:00 (Shanghai).
 */
import type { Locator, Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'
import { layoutProblems } from '../support/layout'

const px = (locator: Locator, property: 'fontSize' | 'backgroundColor' = 'fontSize') =>
  locator.evaluate((el, p) => getComputedStyle(el)[p], property)
const fontPx = async (locator: Locator) => Number.parseFloat(await px(locator))
/** the top of the tab bar, or the bottom of the screen where there is none */
const firstScreenEnd = (page: Page) =>
  page.evaluate(() => {
    const bar = Array.from(document.querySelectorAll('.tab-bar')).find((b) => b.getBoundingClientRect().height > 0)
    return bar ? bar.getBoundingClientRect().top : window.innerHeight
  })

/** 长辈版: text ≥ 18 px (the tokens give 24) and taps ≥ 60 px; the standard version keeps 16 px and 44 px. */
const SIZES: Record<Mode, { text: number; tap: number; tabLabel: number }> = {
  normal: { text: 16, tap: 44, tabLabel: 15 },
  elder: { text: 18, tap: 60, tabLabel: 18 },
}

describe.each(MODES)('长辈版 all the way (%s)', (mode: Mode) => {
  const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })
  const size = SIZES[mode]

  it('signs up, asks before cancelling and says it is done with the app’s own dialog and toast', async () => {
    const page = await app.phoneAs(/李建国/, mode)
    await shown(page.getByRole('button', { name: /文化综合服务中心/ })).click()
    await shown(page.getByRole('button', { name: /公益书法课堂/ })).click()
    await shown(page.getByRole('button', { name: '确认报名' })).click()
    // what just happened is in the first screen, not below the activity's description
    const result = shown(page.getByText('我的报名：报名成功'))
    await result.waitFor()
    const box = (await result.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(await firstScreenEnd(page))
    await snap(page, 'elder', '1-signed-up', mode)

    await shown(page.getByRole('button', { name: '取消报名' })).click()
    const dialog = shown(page.getByRole('alertdialog', { name: '取消报名' }))
    await dialog.waitFor()
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    // focus moved into the question, onto its safe choice
    expect(await dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement?.textContent)).toBe('再想想')
    expect(await fontPx(dialog.getByText(/名额将让给候补的居民/))).toBeGreaterThanOrEqual(size.text)
    for (const button of await dialog.getByRole('button').all()) {
      const b = (await button.boundingBox())!
      expect(b.height).toBeGreaterThanOrEqual(size.tap)
      expect(await fontPx(button)).toBeGreaterThanOrEqual(size.text)
    }
    await snap(page, 'elder', '2-dialog', mode)
    await axeClean(page, '取消报名的确认框')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await shown(page.getByText('我的报名：报名成功')).waitFor()

    await shown(page.getByRole('button', { name: '取消报名' })).click()
    await shown(page.getByRole('alertdialog')).getByRole('button', { name: '确定取消' }).click()
    const toast = shown(page.getByRole('status').filter({ hasText: '已取消' }))
    await toast.waitFor()
    expect(await toast.getAttribute('aria-live')).toBe('polite')
    expect(await fontPx(toast.getByText('已取消'))).toBeGreaterThanOrEqual(size.text)
    const toastBox = (await toast.getByText('已取消').boundingBox())!
    expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(await firstScreenEnd(page))
    await snap(page, 'elder', '3-toast', mode)
    await axeClean(page, '已取消的提示')
  })

  it('draws the tab bar for the mode and starts 我的 with the person’s list in the first screen', async () => {
    const page = await app.phoneAs(/李建国/, mode)
    await page.goto(`${app.url}/#/centers/culture/pages/activity/index?id=act-chongyang-hechang`)
    await shown(page.getByRole('button', { name: '确认报名' })).click()
    await shown(page.getByText('我的报名：报名成功')).waitFor()
    await page.goto(`${app.url}/#/pages/home/index`)
    const nav = shown(page.getByRole('navigation', { name: '主导航' }))
    await nav.waitFor()
    expect(await nav.getByRole('button', { name: '首页' }).getAttribute('aria-current')).toBe('page')
    await nav.getByRole('button', { name: '我的' }).click()
    await shown(page.getByText(/黄河之声/)).waitFor()
    // the bar on screen (首页's slides away) says 我的 is the page shown
    await shown(page.locator('.tab-bar button[aria-current="page"]').filter({ hasText: '我的' })).waitFor()
    for (const item of await shown(page.getByRole('navigation', { name: '主导航' })).getByRole('button').all()) {
      expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(mode === 'elder' ? 60 : 48)
      expect(await fontPx(item.locator('.tab-bar__label'))).toBeGreaterThanOrEqual(size.tabLabel)
    }
    const row = (await shown(page.getByText(/黄河之声/)).boundingBox())!
    expect(row.y + row.height).toBeLessThanOrEqual(await firstScreenEnd(page))
    await snap(page, 'elder', '4-mine', mode)
    await axeClean(page, '我的')
  })

  it('shows a main button that cannot be used yet as disabled, with why', async () => {
    const page = await app.phoneAs(/李建国/, mode)
    await page.goto(`${app.url}/#/centers/affairs/pages/book/index?serviceId=svc-juzhuzheng`)
    const confirm = shown(page.locator('button.primary-button'))
    await confirm.waitFor()
    expect(await confirm.isDisabled()).toBe(true)
    const red = 'rgb(179, 38, 30)'
    expect(await px(confirm, 'backgroundColor')).not.toBe(red)
    const why = page.locator(`#${await confirm.getAttribute('aria-describedby')}`)
    expect(await why.textContent()).toMatch(/日期和时段/)
    expect(await why.isVisible()).toBe(true)
    await snap(page, 'elder', '5-disabled', mode)
    await axeClean(page, '预约办理（未选时段）')
    await shown(page.getByRole('button', { name: /11月30日|明天/ })).click()
    await shown(page.getByRole('button', { name: /^10:00/ })).click()
    expect(await confirm.isDisabled()).toBe(false)
    expect(await px(confirm, 'backgroundColor')).toBe(red)
    expect(await confirm.getAttribute('aria-describedby')).toBeNull()
  })

  it('wraps every main page at WeChat font scale 2 instead of running off the screen', async () => {
    const page = await app.phoneAs(/李建国/, mode, { fontScale: 2 })
    const check = async (step: string, where: string) => {
      // Taro's page slide-in moves the page sideways for a moment: measure where it rests
      await page.waitForTimeout(500)
      expect(await shown(page.locator('.screen')).evaluate((el) => getComputedStyle(el).getPropertyValue('--font-scale').trim())).toBe('2')
      expect({ [`${where} (${MODE_NAME[mode]})`]: await layoutProblems(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })
      await snap(page, 'font-scale', step, mode)
      await axeClean(page, `${where}，字体 2 倍`)
    }
    await check('1-home', '首页')
    await shown(page.getByRole('navigation', { name: '主导航' })).getByRole('button', { name: '我的' }).click()
    await shown(page.getByText('我的办事', { exact: true })).waitFor()
    await check('2-mine', '我的')
    await page.goto(`${app.url}/#/centers/affairs/pages/book/index?serviceId=svc-juzhuzheng`)
    await shown(page.getByRole('button', { name: /11月30日/ })).waitFor()
    await check('3-affairs-book', '预约办理')
    await page.goto(`${app.url}/#/centers/culture/pages/activity/index?id=act-dongzhi-jiaozi`)
    await shown(page.getByText('活动介绍', { exact: true })).waitFor()
    await check('4-culture-activity', '活动详情')
  })
})
