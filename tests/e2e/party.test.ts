/**
 * 街道党建指导中心 in a real browser: a working party member registers, party staff confirm, the member reports to
 * the community where they live and claims a service post, and the service is recorded on their record; a
 * 微心愿 is claimed, delivered and confirmed with a photo, and shows on the claimer's record — the needy
 * person's name only ever on the community's screen. The local cloud's clock is pinned to Monday 2026-11-30 08:00.
 */
import type { Page } from 'playwright-core'
import { MODE_NAME, MODES, type Mode, seriousViolations, shown, snap, withAppInBrowser } from '../support/browser'

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

describe.each(MODES)('党建指导中心 in the browser (%s)', (mode: Mode) => {
  const app = withAppInBrowser(new Date('2026-11-30T00:00:00Z'))
  const partyAs = async (name: RegExp): Promise<Page> => {
    const page = await app.phoneAs(name, mode)
    await shown(page.getByRole('button', { name: /街道党建指导中心/ })).click()
    await shown(page.getByRole('button', { name: /微心愿/ })).waitFor()
    return page
  }
  const axeClean = async (page: Page, where: string) => expect({ [`${where} (${MODE_NAME[mode]})`]: await seriousViolations(page) }).toEqual({ [`${where} (${MODE_NAME[mode]})`]: [] })
  const open = (page: Page, path: string) => page.goto(`${app.url}/#/centers/party/pages/${path}`)

  it('takes a working member from registration to a recorded service post in the community where they live', async () => {
    const member = await partyAs(/李建国/)
    await snap(member, 'party-members', '1-home', mode)
    await axeClean(member, '党建指导中心首页')
    await shown(member.getByRole('button', { name: /党员报到/ })).click()
    await shown(member.getByLabel('手机号')).fill('13904720001')
    await shown(member.getByLabel('所在党支部')).fill('包头市供电局机关第一党支部')
    await shown(member.getByLabel('工作单位（在职党员填写）')).fill('包头市供电局')
    await snap(member, 'party-members', '2-register', mode)
    await axeClean(member, '党员报到')
    await shown(member.getByRole('button', { name: '提交党员报到' })).click()
    await shown(member.getByText('待党建中心确认')).waitFor()

    const staff = await partyAs(/贾红/)
    await shown(staff.getByRole('button', { name: '工作台（党建中心）' })).click()
    const row = shown(staff.locator('.list-row', { hasText: '李建国' }))
    await shown(row.getByText('包头市供电局机关第一党支部')).waitFor()
    await snap(staff, 'party-members', '3-confirm', mode)
    await axeClean(staff, '党建工作台')
    await shown(row.getByRole('button', { name: '确认', exact: true })).click()
    await shown(staff.getByText('没有待确认的党员登记').or(staff.locator('.list-row', { hasText: '高建平' }))).waitFor()

    await member.reload()
    await shown(member.getByText('已确认，待到社区报到')).waitFor()
    await shown(member.getByRole('button', { name: '到所选社区报到' })).click()
    await shown(member.getByRole('button', { name: '确定报到' })).click()
    await shown(member.getByText('已到黄河西路第一社区报到')).waitFor()
    await shown(member.getByRole('button', { name: '认领黄河西路第一社区的服务岗位' })).click()
    const post = shown(member.locator('.card', { hasText: '早高峰路口文明劝导' }))
    await shown(post.getByText('余 6 / 6 个名额 · 每次 1.5 小时')).waitFor()
    await snap(member, 'party-members', '4-posts', mode)
    await axeClean(member, '双报到服务岗位')
    await shown(post.getByRole('button', { name: '认领岗位' })).click()
    await shown(member.getByRole('button', { name: '确定认领' })).click()
    await shown(post.getByText(/我已认领/)).waitFor()

    await open(staff, 'posts/index')
    await shown(staff.locator('.card', { hasText: '早高峰路口文明劝导' }).getByRole('button', { name: '认领名单与服务记录' })).click()
    await shown(staff.getByText('139****0001')).waitFor()
    await snap(staff, 'party-members', '5-roster', mode)
    await axeClean(staff, '岗位认领名单')
    await shown(staff.getByRole('button', { name: '记录服务' })).click()
    await shown(staff.getByRole('button', { name: '确定记录' })).click()
    await shown(staff.getByText('已服务 1.5 小时')).waitFor()

    await open(member, 'member/index')
    await member.reload()
    await shown(member.getByText('累计服务 1.5 小时')).waitFor()
    await shown(member.getByText('已服务 1.5 小时')).waitFor()
    await snap(member, 'party-members', '6-record', mode)
    await axeClean(member, '我的党员档案')
    await member.goto(`${app.url}/#/pages/mine/index`)
    await shown(member.getByText('服务岗位：早高峰路口文明劝导')).waitFor()
  })

  it('has a 微心愿 claimed, delivered and confirmed with a photo, shown on the claimer’s record', async () => {
    const member = await partyAs(/杨帆/)
    await shown(member.getByRole('button', { name: /^微心愿/ })).click()
    await shown(member.getByRole('button', { name: /一台收音机/ })).click()
    await shown(member.getByText('第三社区 一位独居老人 · 约 80 元')).waitFor()
    await snap(member, 'party-wishes', '1-wish', mode)
    await axeClean(member, '心愿详情')
    await shown(member.getByRole('button', { name: '认领心愿' })).click()
    await shown(member.getByRole('button', { name: '确定认领' })).click()
    await shown(member.getByText('已认领，待送达')).waitFor()
    await shown(member.getByLabel('送达说明')).fill('收音机已送到第三社区党群服务站，交给田丽')
    await shown(member.getByRole('button', { name: '我已送达' })).click()
    await shown(member.getByText('已送达，待社区确认')).waitFor()
    expect(await member.getByText('周玉兰').count()).toBe(0)

    const staff = await partyAs(/田丽/)
    await open(staff, 'wish/index?id=wish-demo-radio')
    await shown(staff.getByText('周玉兰')).waitFor()
    await shown(staff.getByText('认领人：杨帆')).waitFor()
    const chooser = staff.waitForEvent('filechooser')
    await shown(staff.getByRole('button', { name: '拍照或选择照片' })).click()
    await (await chooser).setFiles({ name: 'radio.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
    await shown(staff.getByRole('button', { name: '删除这张照片' })).waitFor()
    await snap(staff, 'party-wishes', '2-confirm', mode)
    await axeClean(staff, '确认心愿实现')
    await shown(staff.getByRole('button', { name: '确认已实现' })).click()
    await shown(staff.getByText('已实现', { exact: true })).waitFor()

    await open(member, 'member/index')
    await member.reload()
    const wish = shown(member.locator('.list-row', { hasText: '一台收音机' }))
    await shown(wish.getByText('已实现')).waitFor()
    await snap(member, 'party-wishes', '3-record', mode)
    await axeClean(member, '党员档案中的微心愿')
    await member.goto(`${app.url}/#/pages/mine/index`)
    await shown(member.getByText('微心愿：一台收音机（第三社区 一位独居老人）')).waitFor()
  })
})
