/**
 * 社区综合治理服务中心 in a real browser: a resident reports a problem with a photo (at their own building: no map in
 * H5), it is routed to the grid worker, who accepts and disposes with a photo; the resident confirms and rates; the
 * command view shows it in the three rates, draws the trends and breakdowns as charts (with their figures as
 * tables), carries the other centers' figures, exports a table as xlsx and leads from a figure to its reports. The local cloud's clock is pinned to Monday 2026-11-30 08:00 (Shanghai).
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

/** The command view's chart canvases once drawn: how many there are, and how many have anything painted on them. */
async function inkedCharts(page: Page): Promise<{ total: number; inked: number }> {
  const count = () =>
    page.evaluate(() => {
      const canvases = Array.from(document.querySelectorAll('.chart__canvas canvas')) as HTMLCanvasElement[]
      const inked = canvases.filter((c) => {
        const data = c.width && c.height ? c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data : undefined
        return !!data && data.some((v, i) => i % 4 === 3 && v > 0)
      })
      return { total: canvases.length, inked: inked.length }
    })
  await page.waitForFunction(() => document.querySelectorAll('.chart__canvas canvas').length > 0)
  // drawing follows the page's first render: give it a moment to finish
  for (let tries = 0; tries < 20; tries++) {
    const seen = await count()
    if (seen.total && seen.inked === seen.total) return seen
    await page.waitForTimeout(250)
  }
  return count()
}

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

describe.each(MODES)('综治随手拍 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))
  const governanceAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /社区综合治理服务中心/ })).click()
    await shown(page.getByRole('button', { name: '随手拍上报' })).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })
  const addPhoto = async (page: Page, button: string) => {
    const chooser = page.waitForEvent('filechooser')
    await shown(page.getByRole('button', { name: button })).click()
    await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
  }
  const description = mode === 'elder' ? '17号楼东侧路灯坏了' : '17号楼门口垃圾桶满溢'

  it('goes from a resident’s photo to the grid worker’s disposal, the resident’s rating and the command view', async () => {
    const resident = await governanceAs(/李建国/)
    await shown(resident.getByRole('button', { name: '随手拍上报' })).click()
    await shown(resident.getByText('我的楼栋：第一社区 17号楼')).waitFor()
    await shown(resident.getByRole('button', { name: '环境卫生' })).click()
    await shown(resident.getByLabel('问题描述')).fill(description)
    await addPhoto(resident, '添加问题照片')
    await shown(resident.getByText('问题照片（1/6）')).waitFor()
    await snap(resident, 'governance-report', '1-report', mode)
    await axeClean(resident, '随手拍上报')
    await shown(resident.getByRole('button', { name: '提交上报' })).click()
    await shown(resident.getByText('状态：已派单，待处置人员受理')).waitFor()
    await shown(resident.getByText(/处置：第一社区第二网格（网格员 陈卫东）/)).waitFor()
    await snap(resident, 'governance-report', '2-routed', mode)
    await axeClean(resident, '问题详情')

    const worker = await governanceAs(/陈卫东/)
    await shown(worker.getByRole('button', { name: '我的处置任务' })).click()
    await shown(worker.getByRole('button', { name: new RegExp(description) })).click()
    await shown(worker.getByText(/上报人：李建国/)).waitFor()
    await shown(worker.getByRole('button', { name: '受理此问题' })).click()
    await shown(worker.getByText('状态：已受理')).waitFor()
    await shown(worker.getByLabel('处置情况')).fill('已联系保洁清运，并加装一个垃圾桶')
    await addPhoto(worker, '添加处置照片')
    await shown(worker.getByText('处置照片（1/6）')).waitFor()
    await snap(worker, 'governance-report', '3-dispose', mode)
    await axeClean(worker, '处置')
    await shown(worker.getByRole('button', { name: '提交处置结果' })).click()
    await shown(worker.getByText('状态：已处置，待您确认')).waitFor()

    await resident.reload()
    await shown(resident.getByRole('button', { name: '确认已解决' })).click()
    await shown(resident.getByText('状态：已解决')).waitFor()
    await shown(resident.getByRole('button', { name: '5 星，非常满意' })).click()
    await shown(resident.getByLabel('评价（选填）')).fill('处理很及时')
    await shown(resident.getByRole('button', { name: '提交评价' })).click()
    await shown(resident.getByText('评价：5 星，处理很及时')).waitFor()
    await snap(resident, 'governance-report', '4-rated', mode)
    await axeClean(resident, '确认与评价')

    const command = await governanceAs(/高志远/)
    await shown(command.getByRole('button', { name: '综合指挥平台' })).click()
    // the demo's three open reports count in the response rate; this one is the only report closed and rated yet
    await shown(command.getByRole('button', { name: /^全街道：响应率 \d+(\.\d)?%，解决率 100%，满意率 100%，查看问题$/ })).waitFor()
    await shown(command.getByRole('button', { name: /^网格员：响应率 \d+(\.\d)?%，解决率 100%，满意率 100%/ })).waitFor()
    // the trends and the breakdowns drawn as charts (F2 on a 2d canvas): every canvas there and inked
    const charts = await inkedCharts(command)
    expect(charts.total).toBeGreaterThanOrEqual(4)
    expect(charts.inked).toBe(charts.total)
    // each with its figures as a table: read out to screen readers, on screen in 长辈版
    const streetTable = command.getByRole('table', { name: '全街道近 12 周三率（按周）' })
    await streetTable.waitFor({ state: 'attached' })
    expect(await streetTable.getByRole('row').count()).toBe(13)
    const box = await streetTable.boundingBox()
    if (mode === 'elder') expect(box?.height).toBeGreaterThan(100)
    else expect(box?.height ?? 0).toBeLessThanOrEqual(1)
    // other centers' figures at a glance, and any table as xlsx
    await shown(command.getByText('各中心实时数据')).waitFor()
    await shown(command.getByText(/今日窗口预约：\d+ 人/)).waitFor()
    await snap(command, 'governance-report', '5-command', mode)
    await axeClean(command, '综合指挥平台')
    const download = command.waitForEvent('download')
    await shown(command.getByRole('button', { name: '导出全街道三率为 Excel 表格' })).click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
    // one tap from a figure beside the chart to the reports behind it
    await shown(command.getByRole('button', { name: /^今日上报按状态：已解决 \d+ 件，查看这些问题$/ })).click()
    await shown(command.getByRole('button', { name: new RegExp(description) })).waitFor()
  }, 300_000)
})
