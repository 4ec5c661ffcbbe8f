/**
 * 志愿服务与时间银行 in a real browser: 李红霞 sees her verified hours and who verified them, downloads her
 * 志愿服务记录证明 (a PDF naming the organization, her hours and the period), and pays her mother 赵桂芝's bath
 * with an hour of her own. The local cloud's clock and the phone's are pinned to Monday 2026-11-30 08:00 (Shanghai).
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'
import { readPdf } from '../support/pdf'

const NOW = new Date('2026-11-30T00:00:00Z')

describe.each(MODES)('志愿服务与时间银行 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(NOW)
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })

  it('shows a volunteer her hours, hands her the service record, and spends an hour on her mother’s bath', async () => {
    const volunteer = await app.phoneAs(/李红霞/, mode)
    await volunteer.clock.setFixedTime(NOW)
    await volunteer.goto(`${app.url}/#/centers/party/pages/hours/index`)
    await shown(volunteer.getByText('可用时长 10 小时')).waitFor()
    await shown(volunteer.getByText('志愿者 ZYHX2026')).waitFor()
    await shown(volunteer.getByText(/核实人 孙丽/)).waitFor()
    await snap(volunteer, 'volunteers', '1-hours', mode)
    await axeClean(volunteer, '志愿服务时长')

    const download = volunteer.waitForEvent('download')
    await shown(volunteer.getByRole('button', { name: '下载志愿服务记录证明（PDF）' })).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^志愿服务记录证明-李红霞-\d{4}-\d{2}-\d{2}\.pdf$/)
    const pdf = await readPdf(readFileSync((await file.path()) as string))
    for (const words of ['志愿服务记录证明', '黄河西路街道党建指导中心（党员服务中心）', '李红霞', 'ZYHX2026', '10 小时', '黄河湿地清洁志愿服务']) expect(pdf.text).toContain(words)
    expect(pdf.fonts.map((f) => f.embedded)).toEqual([true])
    await shown(volunteer.getByText(/证明已生成（累计 10 小时）/)).waitFor()
    await snap(volunteer, 'volunteers', '2-record', mode)

    await shown(volunteer.getByRole('button', { name: '赵桂芝的时间银行' })).click()
    await shown(volunteer.getByText('赵桂芝的时间银行')).waitFor()
    await shown(volunteer.getByText(/助浴 · /)).waitFor()
    await snap(volunteer, 'volunteers', '3-timebank', mode)
    await axeClean(volunteer, '时间银行')
    await shown(volunteer.getByRole('button', { name: '用我的时长兑换助浴' })).click()
    await shown(volunteer.getByText(/将用我的时长支付 1 小时/)).waitFor()
    await shown(volunteer.getByRole('button', { name: '确认兑换' })).click()
    await shown(volunteer.getByText('已用家属时长兑换 1 小时')).waitFor()
    await shown(volunteer.getByText('我的可用时长 9 小时')).waitFor()
    await snap(volunteer, 'volunteers', '4-paid', mode)
    await axeClean(volunteer, '已兑换')

    await volunteer.goto(`${app.url}/#/centers/party/pages/hours/index`)
    await shown(volunteer.getByText('可用时长 9 小时')).waitFor()
    await shown(volunteer.getByText(/−1 小时 助浴（赵桂芝）/)).waitFor()
  })
})
