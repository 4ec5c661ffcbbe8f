/**
 * Debian's Chromium driven by playwright-core (no browser downloads), with the flags this sandbox needs;
 * playwright gives every launch a fresh profile folder of its own.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'
import { type LocalCloud, startLocalCloud } from '../../emulator/local-cloud'
import { FONT_SCALE_KEY } from '@/services/font-scale.h5'
import { PRIVACY_AGREED_KEY } from '@/services/privacy.h5'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** axe-core's serious and critical findings on what the page shows now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)
}

/** Where browser tests leave their screenshots (390×844, for people to look at). */
export const SHOTS = join(__dirname, '../../dist/screenshots')

/** The two ways people see the app: as it comes, and 长辈版 (bigger text and buttons). */
export const MODES = ['normal', 'elder'] as const
export type Mode = (typeof MODES)[number]
export const MODE_NAME: Record<Mode, string> = { normal: '标准版', elder: '长辈版' }

/** A screenshot of one step of a flow in one mode: dist/screenshots/<flow>/<step>-<mode>.png. */
export async function snap(page: Page, flow: string, step: string, mode: Mode): Promise<void> {
  mkdirSync(join(SHOTS, flow), { recursive: true })
  // let Taro's page slide-in finish: a reviewer should see the page, not the animation
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(SHOTS, flow, `${step}-${mode}.png`) })
}

/** Taro's H5 router keeps earlier pages in the document, hidden: look only at what is on screen. */
export const shown = (locator: Locator) => locator.filter({ visible: true }).first()

/**
 * The seeded local cloud serving the H5 build, and Chromium, for one test file. `clock` pins the time the
 * functions see and starts every phone's own clock there (pages decide some things by the phone's time, e.g.
 * whether self check-in is open), so date rules give the same screens whenever the test runs.
 */
export function withAppInBrowser(clock?: Date) {
  let cloud: LocalCloud | null = null
  let browser: Browser | null = null
  let now = clock
  const phones: BrowserContext[] = []
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    cloud = await startLocalCloud({ seed: true, clock: clock ? () => now ?? new Date() : undefined })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await cloud?.close()
  })
  return {
    get url(): string {
      return cloud!.url
    },
    /** Moves the pinned clock the functions and every open phone see (e.g. to the morning of an activity). */
    async travelTo(at: Date): Promise<void> {
      now = at
      await Promise.all(phones.map((phone) => phone.clock.setSystemTime(at)))
    },
    /** A fresh phone-sized page (its own storage: no persona chosen yet). */
    async newPhone(): Promise<Page> {
      const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
      // the phone's time runs on from the pinned moment, timers as usual
      if (now) {
        await context.clock.install({ time: now })
        phones.push(context)
        context.on('close', () => phones.splice(phones.indexOf(context), 1))
      }
      return context.newPage()
    },
    /**
     * A phone-sized page signed in as the persona whose button matches `name`, on the home page, in `mode`. The
     * person has agreed to the privacy guide already (tests/e2e/privacy.test.ts covers the first time) unless told;
     * `fontScale` sets the WeChat font size the app sees (services/font-scale.h5.ts).
     */
    async phoneAs(name: RegExp, mode: Mode = 'normal', options: { privacyAgreed?: boolean; fontScale?: number } = {}): Promise<Page> {
      const page = await this.newPhone()
      if (options.privacyAgreed !== false) await page.addInitScript((key) => window.localStorage.setItem(key, '1'), PRIVACY_AGREED_KEY)
      // the WeChat font size (设置 → 字体大小) this phone stands in for
      if (options.fontScale) await page.addInitScript(([key, scale]) => window.localStorage.setItem(key, scale), [FONT_SCALE_KEY, String(options.fontScale)])
      await page.goto(cloud!.url)
      await page.waitForURL('**/personas.html')
      await shown(page.getByRole('button', { name })).click()
      await shown(page.getByRole('button', { name: /社区事务受理服务中心/ })).waitFor()
      if (mode === 'elder') {
        await shown(page.getByRole('button', { name: /长辈版/, pressed: false })).click()
        await shown(page.getByRole('button', { name: /长辈版/, pressed: true })).waitFor()
      }
      return page
    },
  }
}
