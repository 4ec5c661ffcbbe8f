/**
 * 居民服务中心 in a real browser: a resident sends an opinion, staff answer it, the resident sees the answer in the
 * center and in 我的; a resident books a talk at the 书记接待日 and the cadre records what came of it; a verified
 * resident supports a topic of their community. The clock is pinned to Tuesday 2026-12-01 10:00 (Shanghai).
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'
import { layoutProblems } from '../support/layout'
import { PRIVACY_AGREED_KEY } from '@/services/privacy.h5'

describe.each(MODES)('居民服务中心 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(new Date('2026-12-01T02:00:00Z'))
  const residentsAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /居民服务中心/ })).click()
    await shown(page.getByText('我反映的意见')).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })
  const words = mode === 'elder' ? '菜市场门口的垃圾一直没人清运' : '5号楼后面的绿化带堆满建筑垃圾'

  it('takes an opinion from the resident to the staff’s answer, which the resident sees in the center and in 我的', async () => {
    const resident = await residentsAs(/李建国/)
    await snap(resident, 'residents-opinion', '0-home', mode)
    await axeClean(resident, '居民服务中心')
    await shown(resident.getByRole('button', { name: /^反映意见建议/ })).click()
    await shown(resident.getByRole('button', { name: '意见', exact: true })).click()
    await shown(resident.getByRole('button', { name: '环境卫生', exact: true })).click()
    await shown(resident.getByLabel('具体内容')).fill(words)
    await shown(resident.getByRole('button', { name: '公开，邻居可以附议' })).click()
    await shown(resident.getByText(/其他居民能看到内容和您的姓名/)).waitFor()
    await snap(resident, 'residents-opinion', '1-send', mode)
    await axeClean(resident, '反映意见')
    await shown(resident.getByRole('button', { name: '提交', exact: true })).click()
    await shown(resident.getByText('状态：已提交，等待答复')).waitFor()

    const staff = await residentsAs(/韩梅/)
    await shown(staff.getByRole('button', { name: '社情民意工作台' })).click()
    await shown(staff.getByRole('button', { name: new RegExp(`意见（环境卫生）.*${words.slice(0, 6)}`) })).click()
    await shown(staff.getByText(words)).waitFor()
    await shown(staff.getByRole('button', { name: '直接答复' })).click()
    await shown(staff.getByLabel('答复内容')).fill('已安排环卫所明天上午清运，并在此处加装监控提示牌。')
    await snap(staff, 'residents-opinion', '2-answer', mode)
    await axeClean(staff, '答复意见')
    await shown(staff.getByRole('button', { name: '提交答复' })).click()
    await shown(staff.getByText('状态：已答复')).waitFor()

    await resident.goto(`${app.url}/#/centers/residents/pages/index/index`)
    await shown(resident.getByRole('button', { name: /意见（环境卫生）.*已答复/ })).click()
    await shown(resident.getByText('已安排环卫所明天上午清运，并在此处加装监控提示牌。')).waitFor()
    await shown(resident.getByText('已答复，请查看答复内容')).waitFor()
    await snap(resident, 'residents-opinion', '3-answered', mode)
    await resident.goto(`${app.url}/#/pages/mine/index`)
    await shown(resident.getByText('意见（环境卫生）')).waitFor()
    await shown(resident.getByText(/已答复/)).waitFor()
    await snap(resident, 'residents-opinion', '4-mine', mode)
  })

  it('books a talk at the 书记接待日 naming the topic; the cadre records the outcome and the resident reads it', async () => {
    const resident = await residentsAs(/王秀兰/)
    await shown(resident.getByRole('button', { name: /^干群恳谈/ })).click()
    await shown(resident.getByText('书记接待日 · 宋志刚')).waitFor()
    await shown(resident.getByRole('button', { name: '12月2日 周三' })).click()
    await shown(resident.getByRole('button', { name: '09:30', exact: true })).click()
    await shown(resident.getByLabel('想谈的事')).fill('楼里老人多，想请社区安排助餐点')
    await snap(resident, 'residents-talk', '1-book', mode)
    await axeClean(resident, '干群恳谈')
    await shown(resident.getByRole('button', { name: '预约 09:30' })).click()
    await shown(resident.getByText('12月2日 周三 09:30 · 已预约')).waitFor()

    const cadre = await residentsAs(/宋志刚/)
    await shown(cadre.getByRole('button', { name: '我的接待日' })).click()
    await shown(cadre.getByText(/每周一、周二、周三、周四、周五 09:00–11:30/)).waitFor()
    await shown(cadre.getByRole('button', { name: '12月2日 周三' })).click()
    await shown(cadre.getByText('想谈的事：楼里老人多，想请社区安排助餐点')).waitFor()
    await shown(cadre.getByLabel('09:30 恳谈结果')).fill('联系老年日间照料中心，下月起在本楼设助餐点。')
    await snap(cadre, 'residents-talk', '2-record', mode)
    await axeClean(cadre, '我的接待日')
    await shown(cadre.getByRole('button', { name: '记录结果' })).click()
    await shown(cadre.getByText('恳谈结果：联系老年日间照料中心，下月起在本楼设助餐点。')).waitFor()

    await resident.goto(`${app.url}/#/centers/residents/pages/talks/index`)
    await shown(resident.getByText('恳谈结果：联系老年日间照料中心，下月起在本楼设助餐点。')).waitFor()
    await shown(resident.getByText(/已恳谈，查看结果/)).waitFor()
    await snap(resident, 'residents-talk', '3-outcome', mode)
  })

  it('lets a verified resident support and comment on their community’s topic', async () => {
    const resident = await residentsAs(/李建国/)
    await shown(resident.getByRole('button', { name: /^居民议事/ })).click()
    await shown(resident.getByText(/地址已认证/)).waitFor()
    await shown(resident.getByRole('button', { name: /社区食堂增加早餐供应/ })).click()
    await shown(resident.getByText('当前：征求意见')).waitFor()
    await snap(resident, 'residents-topic', '1-topic', mode)
    await axeClean(resident, '议题详情')
    await shown(resident.getByRole('button', { name: '支持这个议题' })).click()
    await shown(resident.getByText('✓ 您已支持')).waitFor()
    await shown(resident.getByLabel('我的意见')).fill('希望有豆浆油条和包子')
    await shown(resident.getByRole('button', { name: '发表意见' })).click()
    await shown(resident.getByText(/希望有豆浆油条和包子/)).waitFor()
    await snap(resident, 'residents-topic', '2-supported', mode)
  })

  it('takes a building topic through the five steps: supports past the threshold, the council’s minutes and resolution, a secret vote, tasks to 100 %, ratings', async () => {
    const asNeighbour = (k: number, action: string, input: unknown) =>
      fetch(`${app.url}/api/voice`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': `demo-neighbour-${k}` }, body: JSON.stringify({ action, input }) }).then((r) => r.json() as Promise<{ ok: boolean }>)
    const resident = await residentsAs(/李建国/)
    await shown(resident.getByRole('button', { name: /^居民议事/ })).click()
    await shown(resident.getByRole('button', { name: '提出议题' })).click()
    await shown(resident.getByLabel('议题', { exact: true })).fill('本楼加装电动车充电桩')
    await shown(resident.getByLabel('议题说明')).fill('楼道里充电有火灾隐患，建议在楼北侧空地加装充电桩。')
    await shown(resident.getByRole('button', { name: '本楼栋' })).click()
    await snap(resident, 'residents-deliberation', '1-propose', mode)
    await axeClean(resident, '提出议题')
    await shown(resident.getByRole('button', { name: '提出议题' })).click()
    await shown(resident.getByText('当前：征求意见')).waitFor()
    const topicId = new URL(resident.url().replace('/#/', '/')).searchParams.get('id') as string
    for (let k = 1; k <= 5; k++) expect(await asNeighbour(k, 'supportTopic', { topicId })).toMatchObject({ ok: true })
    await resident.reload()
    await shown(resident.getByText('当前：征求意见（已达 5 人支持，待议事会协商）')).waitFor()

    const staff = await residentsAs(/韩梅/)
    await staff.goto(`${app.url}/#/centers/residents/pages/topic/index?id=${topicId}`)
    await shown(staff.getByLabel('议事会时间', { exact: true })).fill('2026-12-03')
    await shown(staff.getByLabel('议事会时间（时刻）')).fill('15:00')
    await shown(staff.getByLabel('会议地点')).fill('社区议事厅')
    await shown(staff.getByLabel('会议议程')).fill('一、听取提议；二、物业意见；三、形成决议')
    await shown(staff.getByRole('button', { name: '安排议事会' })).click()
    await shown(staff.getByText('当前：议事会协商')).waitFor()
    await shown(staff.getByLabel(/参会人/)).fill('宋志刚、李建国、物业王经理')
    await shown(staff.getByLabel('会议纪要')).fill('一致同意加装，费用由楼栋公共收益支付，提请居民表决。')
    await shown(staff.getByRole('button', { name: '记录纪要' })).click()
    await shown(staff.getByText('会议纪要：一致同意加装，费用由楼栋公共收益支付，提请居民表决。')).waitFor()
    await shown(staff.getByLabel('决议内容')).fill('在本楼北侧加装 10 个充电桩')
    await shown(staff.getByLabel('理由')).fill('消除楼道充电隐患')
    await shown(staff.getByRole('button', { name: '需要居民表决' })).click()
    await snap(staff, 'residents-deliberation', '2-resolution', mode)
    await axeClean(staff, '公示决议')
    await shown(staff.getByRole('button', { name: '公示决议' })).click()
    await shown(staff.getByText('当前：决议公示')).waitFor()
    await shown(staff.getByLabel('表决事项')).fill('是否用楼栋公共收益加装充电桩')
    await shown(staff.getByLabel('表决截止', { exact: true })).fill('2026-12-05')
    await shown(staff.getByLabel('表决截止（时刻）')).fill('18:00')
    await shown(staff.getByRole('button', { name: '发起表决' })).click()
    await shown(staff.getByText(/表决中，12月5日 周六 18:00 截止/)).waitFor()

    await resident.reload()
    await shown(resident.getByRole('button', { name: '同意', exact: true })).click()
    await snap(resident, 'residents-deliberation', '3-vote', mode)
    await axeClean(resident, '居民表决')
    await shown(resident.getByRole('button', { name: '投票' })).click()
    await shown(resident.getByText(/您（您家）的选票已计入，凭证号/)).waitFor()
    for (const [k, option] of [[1, 'o1'], [2, 'o1'], [3, 'o2']] as const) expect(await asNeighbour(k, 'castVote', { topicId, option })).toMatchObject({ ok: true })

    // after the notice period and the vote
    await app.travelTo(new Date('2026-12-09T02:00:00Z'))
    await staff.reload()
    await shown(staff.getByText('同意：3 票')).waitFor()
    await shown(staff.getByText('不同意：1 票')).waitFor()
    await shown(staff.getByLabel('实施任务')).fill('采购并安装充电桩')
    await shown(staff.getByLabel('负责人')).fill('物业 王经理')
    await shown(staff.getByLabel(/完成日期/)).fill('2026-12-31')
    await shown(staff.getByRole('button', { name: '添加任务' })).click()
    await shown(staff.getByText('实施进度 0%')).waitFor()
    await shown(staff.getByRole('button', { name: '采购并安装充电桩' })).click()
    await shown(staff.getByLabel('进展说明')).fill('10 个充电桩已安装并通过消防验收')
    await shown(staff.getByRole('button', { name: '这项已完成' })).click()
    await shown(staff.getByRole('button', { name: '更新进展' })).click()
    await shown(staff.getByText('实施进度 100%')).waitFor()
    await shown(staff.getByText('当前：实施完成，请评议')).waitFor()

    await resident.reload()
    await shown(resident.getByRole('button', { name: '5 分' })).click()
    await shown(resident.getByRole('button', { name: '提交评议' })).click()
    await shown(resident.getByText('居民评议：1 人，平均 5 分')).waitFor()
    await snap(resident, 'residents-deliberation', '4-rated', mode)
  })

  it('wraps the center’s pages at WeChat font scale 2: no name, date or rule split, nothing running off the screen', async () => {
    const page = await app.phoneAs(/李建国/, mode, { fontScale: 2 })
    const pages: Array<[string, string, string]> = [
      ['index/index', '我反映的意见', '1-home'],
      ['public/index', '按类别看（再点一次看全部）', '2-public'],
      ['topics/index', '本社区和本楼栋的议题', '3-topics'],
      ['propose/index', '议题说明', '4-propose'],
      ['talks/index', '我的恳谈', '5-talks'],
    ]
    for (const [path, ready, step] of pages) {
      await page.goto(`${app.url}/#/centers/residents/pages/${path}`)
      await shown(page.getByText(ready, { exact: true })).waitFor()
      await page.waitForTimeout(500)
      expect({ [`${path} (${MODE_NAME[mode]})`]: await layoutProblems(page) }).toEqual({ [`${path} (${MODE_NAME[mode]})`]: [] })
      await snap(page, 'residents-font-scale', step, mode)
    }
  })

  it('tells a new resident to complete 个人资料 before they type an opinion, and keeps what they typed', async () => {
    const page = await app.newPhone()
    await page.addInitScript((key) => window.localStorage.setItem(key, '1'), PRIVACY_AGREED_KEY)
    await page.goto(app.url)
    await page.waitForURL('**/personas.html')
    await shown(page.getByRole('button', { name: /以新居民身份进入/ })).click()
    await shown(page.getByRole('button', { name: /社区事务受理服务中心/ })).waitFor()
    if (mode === 'elder') await shown(page.getByRole('button', { name: /长辈版/, pressed: false })).click()
    await page.goto(`${app.url}/#/centers/residents/pages/send/index`)
    await shown(page.getByText(/反映意见前请先完善个人资料/)).waitFor()
    await shown(page.getByLabel('具体内容')).fill('楼下路灯不亮')
    expect(await shown(page.getByRole('button', { name: '提交', exact: true })).isDisabled()).toBe(true)
    await snap(page, 'residents-newcomer', '1-profile-first', mode)
    await axeClean(page, '反映意见（未完善资料）')
  })
})
