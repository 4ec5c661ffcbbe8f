/**
 * The H5 build served by the local gateway, in a real browser at phone size: the persona picker, the home
 * page with the eight centers, 长辈版, 我的, a center page — and axe-core finds no serious or critical
 * accessibility violations on home and 我的 in either mode. Screenshots go to dist/screenshots/.
 */
import { join } from 'node:path'
import { SHOTS, seriousViolations, withAppInBrowser } from '../support/browser'

const app = withAppInBrowser()
const shots = SHOTS
const ROLE_LABEL_CENTER_STAFF = '中心工作人员'

const phone = () => app.newPhone()
describe('H5 app on the local cloud', () => {
  it('asks who you are, then shows the eight centers in Chinese', async () => {
    const page = await phone()
    await page.goto(app.url)
    await page.waitForURL('**/personas.html')
    await page.getByRole('button', { name: /街道管理员/ }).waitFor()
    await page.screenshot({ path: join(shots, 'personas.png') })
    await page.getByRole('button', { name: /王秀兰/ }).click()
    for (const name of ['社区事务受理服务中心', '社区综合治理服务中心', '法律援助服务中心', '文化综合服务中心', '老年日间照料服务中心', '居民服务中心（街道职工之家）', '街道党建指导中心（党员服务中心）', '创业就业服务中心']) {
      await page.getByText(name, { exact: true }).waitFor()
    }
    await page.screenshot({ path: join(shots, 'home.png') })
    await page.context().close()
  })

  it('makes text and buttons bigger in 长辈版 and keeps it after a reload', async () => {
    const page = await app.phoneAs(/李建国/)
    const card = page.getByRole('button', { name: /文化综合服务中心/ })
    const normal = { font: await card.locator('.center-card__name').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)), box: await card.boundingBox() }
    expect(normal.font).toBeGreaterThanOrEqual(16)
    expect(normal.box?.height).toBeGreaterThanOrEqual(44)

    await page.getByRole('button', { name: /长辈版/, pressed: false }).click()
    await page.getByRole('button', { name: /长辈版/, pressed: true }).waitFor()
    const elderFont = await card.locator('.center-card__name').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(elderFont).toBeGreaterThanOrEqual(24) // 18 pt
    for (const button of await page.getByRole('button').all()) {
      const box = await button.boundingBox()
      if (box) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(60)
    }
    await page.screenshot({ path: join(shots, 'home-elder.png') })
    await page.reload()
    await page.getByRole('button', { name: /长辈版/, pressed: true }).waitFor()
    await page.context().close()
  })

  it('opens a center from the home page', async () => {
    const page = await app.phoneAs(/李建国/)
    await page.getByRole('button', { name: /法律援助服务中心/ }).click()
    await page.waitForURL('**/centers/legal/pages/index/index')
    await page.getByText('法律援助申请', { exact: true }).waitFor()
    await page.getByText('在线提问，值班律师答复，只有您和律师能看到').waitFor()
    await page.locator('.home-hero').waitFor({ state: 'hidden' })
    await page.screenshot({ path: join(shots, 'center-legal.png') })
    await page.context().close()
  })

  it('shows 我的 with the person, their roles and an empty list', async () => {
    const page = await app.phoneAs(/陈敏/)
    await page.getByText('我的', { exact: true }).last().click()
    await page.getByText('陈敏', { exact: true }).waitFor()
    await page.getByText(/社区事务受理服务中心工作人员/).waitFor()
    await page.getByText('还没有办理记录').waitFor()
    await page.screenshot({ path: join(shots, 'mine.png') })
    await page.context().close()
  })

  it('lets a new resident fill in the profile, with errors shown next to the fields', async () => {
    const page = await phone()
    await page.goto(app.url)
    await page.waitForURL('**/personas.html')
    await page.getByRole('button', { name: /以新居民身份进入/ }).click()
    await page.getByRole('button', { name: /社区事务受理服务中心/ }).waitFor()
    await page.getByText('我的', { exact: true }).last().click()
    await page.getByRole('button', { name: '完善个人资料' }).click()
    await page.getByLabel('姓名').fill('刘')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('姓名至少 2 个字').waitFor()
    await page.getByText('请选择所在社区').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shots, 'profile-errors.png') })
    await page.getByLabel('姓名').fill('刘桂芳')
    await page.getByRole('button', { name: '第三社区' }).click()
    await page.getByLabel('详细地址').fill('9号楼1单元502')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('刘桂芳', { exact: true }).waitFor()
    await page.getByText('黄河西路第三社区 · 9号楼1单元502').waitFor()
    await page.context().close()
  })

  it('lets the street administrator find a person and grant, then revoke, a center staff role', async () => {
    const page = await app.phoneAs(/马建华/)
    await page.getByText('我的', { exact: true }).last().click()
    await page.getByRole('button', { name: '人员与角色管理' }).click()
    await page.getByLabel('姓名或手机号').fill('吴桂英')
    await page.getByRole('button', { name: '查找' }).click()
    await page.getByText('吴桂英', { exact: true }).waitFor()
    await page.getByRole('button', { name: ROLE_LABEL_CENTER_STAFF }).click()
    await page.getByRole('button', { name: '法律援助服务中心' }).click()
    await page.getByRole('button', { name: '授予「法律援助服务中心工作人员」' }).click()
    await page.getByText('已授予「法律援助服务中心工作人员」').waitFor()
    await page.getByRole('button', { name: '撤销：法律援助服务中心工作人员' }).click()
    // the app's own dialog: every page in Taro's stack has one, the one on screen is asked
    await page.getByRole('button', { name: '确定撤销' }).filter({ visible: true }).first().click()
    await page.getByText('已撤销「法律援助服务中心工作人员」').waitFor()
    await page.context().close()
  })

  it('has no serious or critical accessibility violations on home and 我的, in both modes', async () => {
    const page = await app.phoneAs(/王秀兰/)
    const found: Record<string, string[]> = {}
    found.home = await seriousViolations(page)
    await page.getByRole('button', { name: /长辈版/, pressed: false }).click()
    found['home (长辈版)'] = await seriousViolations(page)
    await page.getByText('我的', { exact: true }).last().click()
    // her list as the demo leaves it: the home services booked for her (axe checks a filled list, not an empty one)
    await page.getByText(/^上门服务：王秀兰/).first().waitFor()
    found['我的 (长辈版)'] = await seriousViolations(page)
    await page.getByRole('button', { name: /长辈版/, pressed: true }).click()
    await page.getByRole('button', { name: /长辈版/, pressed: false }).waitFor()
    found.我的 = await seriousViolations(page)
    await page.screenshot({ path: join(shots, 'mine-normal.png') })
    expect(found).toEqual({ home: [], 'home (长辈版)': [], '我的 (长辈版)': [], 我的: [] })
    await page.context().close()
  })
})
