/**
 * 居民服务中心 in a real browser: a resident sends an opinion, staff answer it, the resident sees the answer in the
 * center and in 我的; a resident books a talk at the 书记接待日 and the cadre records what came of it; a verified
 * resident supports a topic of their community. The clock is pinned to Tuesday 2026-12-01 10:00 (Shanghai).
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

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
})
