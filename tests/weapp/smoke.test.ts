/**
 * The real weapp build (dist/weapp, made by `npm test`) loaded in miniprogram-simulate: the compiled home
 * page renders the eight centers and a tap opens the center's subpackage. Depends on Taro's output shape,
 * so this stays one focused smoke test.
 */
import { join } from 'node:path'

const dist = join(__dirname, '../../dist/weapp')
const navigations: string[] = []
const storage = new Map<string, unknown>()

function installWeChatGlobals() {
  const known: Record<string, unknown> = {
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 812, pixelRatio: 2, language: 'zh_CN', SDKVersion: '3.6.0' }),
    getAppBaseInfo: () => ({ SDKVersion: '3.6.0', language: 'zh_CN', fontSizeScaleFactor: 1 }),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => storage.set(key, value),
    navigateTo: (options: { url: string; success?: () => void }) => {
      navigations.push(options.url)
      options.success?.()
    },
    cloud: { init: () => undefined, callFunction: async () => ({ result: { ok: true, data: {} } }) },
  }
  const wx = new Proxy(known, {
    get(target, prop: string) {
      if (prop in target) return target[prop]
      if (prop === 'webpackJsonp') return undefined
      // any other wx API the runtime touches: a harmless no-op
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
  // miniprogram-simulate knows components; a Taro page is a Component whose lifecycle starts the page
  g.Page = (options: Record<string, (...args: unknown[]) => unknown> & { data?: object }) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    ;(g.Component as (o: object) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: { onLoad?: (q: object) => void; onShow?: () => void; route?: string }) {
          this.route = 'pages/home/index'
          this.onLoad?.({})
          this.onShow?.()
        },
      },
    })
  }
}

describe('weapp build', () => {
  it('renders the home page with the eight centers and opens a center on tap', async () => {
    const simulate = require('miniprogram-simulate')
    installWeChatGlobals()
    require(join(dist, 'app.js'))
    const appOptions = (globalThis as unknown as { getApp: () => { onLaunch?: (o: object) => void } }).getApp()
    appOptions.onLaunch?.({ path: 'pages/home/index', query: {} })

    const id = simulate.load(join(dist, 'pages/home/index'), { rootPath: dist })
    const page = simulate.render(id)
    page.attach(document.createElement('parent-wrapper'))
    // Taro renders through setData: wait for the first render instead of guessing how long it takes
    for (const started = Date.now(); !(page.dom.textContent as string).includes('长辈版') && Date.now() - started < 10_000; ) await simulate.sleep(20)

    const text = page.dom.textContent as string
    for (const name of ['社区事务受理服务中心', '社区综合治理服务中心', '法律援助服务中心', '文化综合服务中心', '老年日间照料服务中心', '创业就业服务中心']) {
      expect(text).toContain(name)
    }
    expect(text).toContain('长辈版')

    const cards = page.querySelectorAll('.center-card')
    expect(cards).toHaveLength(8)
    const legal = cards[2]
    expect(legal.dom.textContent).toContain('法律援助服务中心')
    legal.dispatchEvent('tap')
    for (const started = Date.now(); navigations.length === 0 && Date.now() - started < 5_000; ) await simulate.sleep(20)
    expect(navigations).toEqual(['/centers/legal/pages/index/index'])
  })
})
