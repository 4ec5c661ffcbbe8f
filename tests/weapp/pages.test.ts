/**
 * Every page of the real weapp build (dist/weapp, main package and every subpackage, as app.json lists them)
 * rendered in miniprogram-simulate, its cloud calls answered by a real seeded local cloud (as the street
 * administrator, who may act everywhere), then one interaction: buttons are tapped in order until one calls a
 * cloud function, navigates, or asks WeChat for something (a toast, a modal, a photo) — so a page that only
 * breaks in the weapp build fails here. Depends on Taro's output shape like smoke.test.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'

const root = join(__dirname, '../..')
const dist = join(root, 'dist/weapp')
/** the street administrator: every page, staff or resident, opens for them */
let persona = 'persona-admin-ma'
/** pages whose record not even the administrator may read (a legal consultation: the asker and the lawyers only) */
const OPENED_BY: Record<string, string> = { 'centers/legal/pages/consultation/index': 'persona-resident-wang', 'centers/party/pages/timebank/index': 'persona-volunteer-li' }
/** the seeded records the pages that show one record open with (emulator/seeds) */
const QUERIES: Record<string, Record<string, string>> = {
  'centers/affairs/pages/service/index': { id: 'svc-juzhuzheng' },
  'centers/affairs/pages/book/index': { serviceId: 'svc-juzhuzheng' },
  'centers/affairs/pages/apply/index': { serviceId: 'svc-juzhuzheng' },
  'centers/culture/pages/activity/index': { id: 'act-chongyang-hechang' },
  'centers/culture/pages/roster/index': { id: 'act-chongyang-hechang' },
  'centers/eldercare/pages/order/index': { seniorId: 'senior-wang' },
  'centers/eldercare/pages/orders/index': { seniorId: 'senior-wang' },
  'centers/eldercare/pages/senior/index': { seniorId: 'senior-wang' },
  'centers/eldercare/pages/home-services/index': { seniorId: 'senior-wang' },
  'centers/governance/pages/report/index': { id: 'gr-0' },
  'centers/legal/pages/consultation/index': { id: 'legal-consult-demo' },
  'centers/legal/pages/aid/index': { id: 'legal-aid-demo' },
  'centers/legal/pages/mediation/index': { id: 'legal-mediation-demo' },
  'centers/employment/pages/job/index': { id: 'job-baojie' },
  'centers/employment/pages/editor/index': { id: 'job-baojie' },
  'centers/employment/pages/applicants/index': { jobId: 'job-baojie' },
  'centers/residents/pages/opinion/index': { id: 'opinion-demo-light' },
  'centers/residents/pages/topic/index': { id: 'topic-demo-canteen' },
  'centers/party/pages/wish/index': { id: 'wish-demo-radio' },
  'centers/party/pages/roster/index': { id: 'post-demo-peiban' },
  'centers/party/pages/timebank/index': { seniorId: 'senior-zhao' },
}

interface AppJson {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
}
const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson
const PAGES = [...appJson.pages, ...appJson.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

/** What the pages asked of WeChat and the cloud. */
const effects: string[] = []
const storage = new Map<string, unknown>()
let cloudUrl = ''
let server: ChildProcess | null = null

function post(path: string, body: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(`${cloudUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': persona } }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (c: Buffer) => parts.push(c))
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(parts).toString('utf8')))
        } catch (error) {
          reject(error)
        }
      })
    })
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

function startCloud(): Promise<void> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, ['scripts/run-ts.mjs', 'tests/support/local-cloud-server.ts'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /LOCAL_CLOUD (\S+)/.exec(out)?.[1]
      if (url && !cloudUrl) {
        cloudUrl = url
        resolve()
      }
    })
    server.on('exit', (code) => reject(new Error(`local cloud exited (${code})`)))
  })
}

const answer = (name: string) => (options: { success?: (r: unknown) => void; complete?: () => void } = {}) => {
  effects.push(name)
  const result = { errMsg: `${name}:ok`, confirm: false, cancel: true, tempFiles: [] }
  options.success?.(result)
  options.complete?.()
  return Promise.resolve(result)
}

let currentRoute = ''
let currentQuery: Record<string, string> = {}

function installWeChatGlobals() {
  const known: Record<string, unknown> = {
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 812, pixelRatio: 2, language: 'zh_CN', SDKVersion: '3.6.0' }),
    getAppBaseInfo: () => ({ SDKVersion: '3.6.0', language: 'zh_CN', fontSizeScaleFactor: 1 }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2 }),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => storage.set(key, value),
    navigateTo: answer('navigateTo'),
    redirectTo: answer('redirectTo'),
    navigateBack: answer('navigateBack'),
    switchTab: answer('switchTab'),
    showToast: answer('showToast'),
    showModal: answer('showModal'),
    showActionSheet: answer('showActionSheet'),
    chooseMedia: answer('chooseMedia'),
    setClipboardData: answer('setClipboardData'),
    requestSubscribeMessage: answer('requestSubscribeMessage'),
    makePhoneCall: answer('makePhoneCall'),
    cloud: {
      init: () => undefined,
      callFunction: async ({ name, data }: { name: string; data: unknown }) => {
        effects.push(`callFunction:${name}`)
        return { result: await post(`/api/${name}`, data) }
      },
    },
  }
  const wx = new Proxy(known, {
    get(target, prop: string) {
      if (prop in target) return target[prop]
      if (prop === 'webpackJsonp') return undefined
      return () => ({})
    },
  })
  const g = globalThis as Record<string, unknown>
  g.wx = wx
  let app: Record<string, unknown> = {}
  g.App = (options: Record<string, unknown>) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => []
  g.requirePlugin = () => ({})
  g.Page = (options: Record<string, (...args: unknown[]) => unknown> & { data?: object }) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    const route = currentRoute
    const query = currentQuery
    ;(g.Component as (o: object) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: { onLoad?: (q: object) => void; onShow?: () => void; onReady?: () => void; route?: string }) {
          this.route = route
          this.onLoad?.(query)
          this.onShow?.()
          this.onReady?.()
        },
      },
    })
  }
}

type Node = { dom: HTMLElement; dispatchEvent: (name: string, detail?: object) => void; querySelectorAll: (s: string) => Node[] }
const simulate = require('miniprogram-simulate')

/**
 * The simulator's nodes for the rendered elements of one tag, in page order: its selectors take classes only,
 * so each element is found by its first class (the simulator prefixes classes with the component's name).
 */
function nodes(view: Node, tag: string): Node[] {
  return Array.from(view.dom.querySelectorAll(tag)).flatMap((element) => {
    const first = (element.getAttribute('class') ?? '').split(/\s+/)[0]?.replace(/^main--/, '')
    if (!first) return []
    const node = view.querySelectorAll(`.${first}`).find((n) => n.dom === element)
    return node ? [node] : []
  })
}

const isPrimary = (node: Node) => /primary-button/.test(node.dom.getAttribute('class') ?? '')

async function until(check: () => boolean, ms: number) {
  for (const started = Date.now(); !check() && Date.now() - started < ms; ) await simulate.sleep(20)
  return check()
}

beforeAll(async () => {
  await startCloud()
  installWeChatGlobals()
  require(join(dist, 'app.js'))
  const appOptions = (globalThis as unknown as { getApp: () => { onLaunch?: (o: object) => void } }).getApp()
  appOptions.onLaunch?.({ path: 'pages/home/index', query: {} })
}, 60_000)

afterAll(() => {
  server?.stdin?.end()
})

describe('every page of the weapp build', () => {
  it('lists the main package and every subpackage', () => {
    expect(PAGES).toContain('pages/home/index')
    expect(appJson.subPackages.length).toBeGreaterThanOrEqual(9)
    expect(PAGES.length).toBeGreaterThanOrEqual(25)
  })

  it.each(PAGES)('%s renders and answers a tap', async (page) => {
    persona = OPENED_BY[page] ?? 'persona-admin-ma'
    currentRoute = page
    currentQuery = QUERIES[page] ?? {}
    const id = simulate.load(join(dist, page), { rootPath: dist })
    const view = simulate.render(id)
    view.attach(document.createElement('parent-wrapper'))
    const text = () => ((view as Node).dom.textContent ?? '').trim()
    // rendered through setData, and the first cloud replies have shown (no 加载中 left)
    expect(await until(() => text().length > 0, 10_000)).toBe(true)
    await until(() => !/正在加载|加载中/.test(text()), 10_000)

    // a page given a seeded record shows it, not an error
    if (QUERIES[page]) expect({ page, text: text().slice(0, 80) }).toEqual({ page, text: expect.not.stringContaining('出错了') })
    // the page's own first calls have all come back (none of an earlier page's is counted as this one's)
    for (let count = -1; count !== effects.length; ) {
      count = effects.length
      await simulate.sleep(150)
    }
    const before = effects.length
    // the markup, not only the text: choosing one of several days that offer the same times changes only which is on
    const markup = () => (view as Node).dom.innerHTML
    const shown = markup()
    // something happened: a cloud call or WeChat API, or the page changed (a validation message, a new state, a choice)
    const happened = () => effects.length > before || markup() !== shown
    // submit buttons first: they are what a page is for
    const buttons = nodes(view as Node, 'wx-button').sort((a, b) => Number(isPrimary(b)) - Number(isPrimary(a)))
    const forms = nodes(view as Node, 'wx-form')
    let acted = false
    for (const form of forms) {
      if (acted) break
      form.dispatchEvent('submit', { detail: { value: {} } })
      acted = await until(happened, 500)
    }
    for (const button of buttons.slice(0, 8)) {
      if (acted) break
      button.dispatchEvent('tap')
      acted = await until(happened, 500)
    }
    if (!acted && buttons.length) {
      // a search or form that does nothing while empty: type into its fields, then submit again
      for (const input of nodes(view as Node, 'wx-input')) input.dispatchEvent('input', { detail: { value: '王秀兰', cursor: 3 } })
      // the typed text enables the button: let it render first
      await simulate.sleep(300)
      for (const button of buttons.slice(0, 3)) {
        if (acted) break
        button.dispatchEvent('tap')
        acted = await until(() => effects.length > before, 1_000)
      }
    }
    if (!buttons.length && !forms.length) {
      // nothing to tap (a center still 即将开通, an empty list): it rendered, without an error
      expect(text()).not.toContain('出错了')
      acted = true
    }
    expect({ page, buttons: buttons.length, acted, text: text().slice(0, 60) }).toMatchObject({ page, acted: true })
    view.detach()
  })
})
