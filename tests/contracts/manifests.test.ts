import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { generatedFiles } from '../../scripts/manifest-files'
import { cloudFunctions, collections, MANIFESTS } from '@/centers'
import { type Manifest, PRIVACY_APIS, type PrivacyApi } from '@/centers/manifest'
import { CONTRACTS } from '@/shared/contracts'
import { CENTER_CODES } from '@/shared/domain/centers'

const root = join(__dirname, '../..')
const manifests: readonly Manifest[] = MANIFESTS

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path, ext)
    return ext.test(name) ? [path] : []
  })
}

function duplicates(names: readonly string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) !== i)
}

/** Every `.collection(...)` call in the cloud functions, with the name it passes (null when it is not a literal). */
/** The kernel's claim takes its collection from the pool or holds a repo describes (`collection: 'x'`). */
/** The kernel's slots take theirs from a slot book (`places: 'x', days: 'y', bookings: 'z'`). Their own examples do not count. */
const NAMED_BY_CALLERS = ['cloudfunctions/_kernel/claim.ts', 'cloudfunctions/_kernel/slots.ts']

function collectionsUsed(): Array<{ file: string; name: string | null }> {
  return filesUnder(join(root, 'cloudfunctions'), /\.ts$/).flatMap((file) => {
    const source = readFileSync(file, 'utf8')
    const named = (value: string) => /^(['"`])([\w-]+)\1$/.exec(value.trim())?.[2] ?? null
    if (NAMED_BY_CALLERS.includes(relative(root, file))) return []
    const calls = [...source.matchAll(/\.collection\(\s*([^)]*)\)/g)].map((m) => m[1])
    // kernel pools name theirs as `collection: '…'`, slot books as `places: '…', days: '…', bookings: '…'`
    const pools = [...source.matchAll(/\b(?:collection|places|days|bookings): ('[\w-]+')/g)].map((m) => m[1])
    return [...calls, ...pools].map((value) => ({ file: relative(root, file), name: named(value) }))
  })
}

describe('the list of centers', () => {
  it('has one manifest for every center folder and one for the platform', () => {
    const codes = manifests.map((m) => m.code)
    expect(duplicates(codes)).toEqual([])
    const folders = readdirSync(join(root, 'src/centers')).filter((d) => statSync(join(root, 'src/centers', d)).isDirectory())
    expect([...codes].sort()).toEqual(['account', ...folders].sort())
    // a center is presented on 首页; the platform is not a center
    expect(manifests.filter((m) => !m.center).map((m) => m.code)).toEqual(['account'])
    expect(CENTER_CODES).toEqual(codes.filter((c) => c !== 'account'))
  })

  it('gives every manifest its own subpackage whose pages exist, a center entering at pages/index/index', () => {
    expect(duplicates(manifests.map((m) => m.subpackage.root))).toEqual([])
    for (const m of manifests) {
      if (m.code !== 'account') expect(m.subpackage).toMatchObject({ root: `centers/${m.code}`, pages: expect.arrayContaining(['pages/index/index']) })
      expect(m.subpackage.pages[0]).toBe(m.code === 'account' ? 'pages/profile/index' : 'pages/index/index')
      const missing = m.subpackage.pages.filter((page) => !existsSync(join(root, 'src', m.subpackage.root, `${page}.tsx`)))
      expect({ manifest: m.code, missing }).toEqual({ manifest: m.code, missing: [] })
    }
  })

  it('declares every cloud function once, with its code and a contract of the same name and center', () => {
    const declared = cloudFunctions()
    expect(duplicates(declared.map((f) => f.name))).toEqual([])
    for (const { name, manifest } of declared) {
      expect(existsSync(join(root, 'cloudfunctions', name, 'index.ts'))).toBe(true)
      const contract = CONTRACTS[name as keyof typeof CONTRACTS]
      expect(contract?.name).toBe(name)
      // a function serving one center belongs to that center's manifest
      if (contract.center) expect(contract.center).toBe(manifest)
    }
    const folders = readdirSync(join(root, 'cloudfunctions')).filter((d) => !d.startsWith('_') && existsSync(join(root, 'cloudfunctions', d, 'index.ts')))
    expect(folders.sort()).toEqual(declared.map((f) => f.name).sort())
  })

  it('declares every collection the functions use, each in one manifest, with its indexes named once', () => {
    const used = collectionsUsed()
    // a computed name would escape this check: the functions name their collections literally
    expect(used.filter((u) => u.name === null)).toEqual([])
    const declared = collections()
    const undeclared = [...new Set(used.map((u) => u.name as string))].filter((name) => !(name in declared))
    expect(undeclared).toEqual([])
    expect(duplicates(manifests.flatMap((m) => Object.keys(m.collections)))).toEqual([])
    for (const [name, indexes] of Object.entries(declared)) {
      expect({ collection: name, duplicates: duplicates(indexes.map((i) => i.name)) }).toEqual({ collection: name, duplicates: [] })
      expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/)
    }
    // nothing declared that no function touches (a leftover would still be created in the console)
    expect(Object.keys(declared).filter((name) => !used.some((u) => u.name === name))).toEqual([])
  })

  it('names every template and every role once across the manifests', () => {
    expect(duplicates(manifests.flatMap((m) => Object.keys(m.templates)))).toEqual([])
    const roles = manifests.flatMap((m) => Object.keys(m.roles))
    expect(duplicates(roles)).toEqual([])
    // the kernel gives these meaning of its own: everyone is a resident, admin acts everywhere, two carry a scope
    expect(roles).toEqual(expect.arrayContaining(['resident', 'admin', 'centerStaff', 'orgStaff']))
  })

  it('names seed modules that exist', () => {
    for (const m of manifests) if (m.seed) expect(existsSync(join(root, m.seed))).toBe(true)
  })

  it('declares every privacy API the app calls', () => {
    const source = appSource()
    const declared = new Set(manifests.flatMap((m) => Object.keys(m.privacy.apis)))
    expect(privacyApisIn(source).filter((api) => !declared.has(api))).toEqual([])
  })

  it('declares no privacy API the app does not call (the guide would promise what the code never does)', () => {
    const called = new Set(privacyApisIn(appSource()))
    expect(manifests.flatMap((m) => Object.keys(m.privacy.apis)).filter((api) => !called.has(api as PrivacyApi))).toEqual([])
  })
})

/** The app's code: every source file under src/ except the manifests, which only name the APIs. */
function appSource(): string {
  return filesUnder(join(root, 'src'), /\.tsx?$/)
    .filter((f) => !/[/\\]manifest\.ts$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
}

/** The privacy APIs of WeChat's list that `source` calls, however it is written: Taro.x(), wx.x(), open-type, tags, scopes. */
function privacyApisIn(source: string): PrivacyApi[] {
  const scopes: Partial<Record<PrivacyApi, string>> = {
    getLocation: 'scope.userLocation',
    getFuzzyLocation: 'scope.userFuzzyLocation',
    startLocationUpdateBackground: 'scope.userLocationBackground',
    startRecord: 'scope.record',
    '<camera>': 'scope.camera',
    openBluetoothAdapter: 'scope.bluetooth',
    saveImageToPhotosAlbum: 'scope.writePhotosAlbum',
    addPhoneContact: 'scope.addPhoneContact',
    addPhoneCalendar: 'scope.addPhoneCalendar',
    getWeRunData: 'scope.werun',
    chooseAddress: 'scope.address',
    chooseInvoiceTitle: 'scope.invoiceTitle',
  }
  const pascal = (tag: string) => tag.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())
  return PRIVACY_APIS.filter((api) => {
    if (api.startsWith('<')) {
      const tag = api.slice(1, -1)
      return new RegExp(`<(${tag}|${pascal(tag)})[\\s/>]`).test(source) || (scopes[api] !== undefined && source.includes(scopes[api]))
    }
    if (api === 'nickname') return /type=['"{]+nickname/.test(source)
    return (
      new RegExp(`\\b(Taro|wx)\\s*(\\.\\s*${api}\\b|\\[\\s*['"]${api}['"])`).test(source) ||
      new RegExp(`(openType|open-type)=\\{?['"]${api}['"]`).test(source) ||
      (scopes[api] !== undefined && source.includes(`'${scopes[api]}'`))
    )
  })
}

describe('the privacy API scan', () => {
  it('finds clipboard, photos, location, phone number, address, album, camera and recording however they are called', () => {
    const sample = [
      'await Taro.setClipboardData({ data })',
      'wx.getClipboardData()',
      "const { tempFiles } = await Taro.chooseMedia({ count: 1 })",
      "Taro['chooseImage']({})",
      'wx.chooseVideo({})',
      'Taro.getLocation({ type: "gcj02" })',
      'Taro.chooseLocation({})',
      'wx.choosePoi({})',
      "<Button openType='getPhoneNumber' />",
      '<button open-type="getRealtimePhoneNumber">',
      'Taro.chooseAddress()',
      'Taro.saveImageToPhotosAlbum({ filePath })',
      '<Camera devicePosition="back" />',
      "Taro.authorize({ scope: 'scope.record' })",
      'const recorder = Taro.getRecorderManager()',
    ].join('\n')
    expect(privacyApisIn(sample).sort()).toEqual(
      [
        'setClipboardData',
        'getClipboardData',
        'chooseMedia',
        'chooseImage',
        'chooseVideo',
        'getLocation',
        'chooseLocation',
        'choosePoi',
        'getPhoneNumber',
        'getRealtimePhoneNumber',
        'chooseAddress',
        'saveImageToPhotosAlbum',
        '<camera>',
        'startRecord',
        'getRecorderManager',
      ].sort(),
    )
    expect(privacyApisIn('Taro.showToast({}); Taro.navigateTo({}); const setClipboardDataLater = 1')).toEqual([])
  })
})

describe('the app bundle', () => {
  it('imports the list only in app.config.ts (at build time), so the manifests stay out of the weapp packages', () => {
    const list = join(root, 'src/centers')
    const isManifest = (target: string) => target === list || target === join(list, 'index') || /[/\\]manifest$/.test(target)
    const importers = filesUnder(join(root, 'src'), /\.tsx?$/)
      .filter((file) => !/[/\\]manifest\.ts$/.test(file) && file !== join(list, 'index.ts') && file !== join(root, 'src/app.config.ts'))
      .filter((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)].some((m) => isManifest(join(dirname(file), m[1]))),
      )
      .map((file) => relative(root, file))
    expect(importers).toEqual([])
  })

  it('lets a manifest import only modules that import nothing themselves: whatever a manifest reaches lands in the weapp main package', () => {
    // (the eldercare manifest once reached the home-service rules, and dayjs with them: 11 KB in the main package)
    const runtimeImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)'/gm)].map((m) => m[1])
    const resolve = (from: string, spec: string) => {
      const base = spec.startsWith('@/') ? join(root, 'src', spec.slice(2)) : join(dirname(from), spec)
      return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f)) ?? base
    }
    const reaching = filesUnder(join(root, 'src'), /^manifest\.ts$/).flatMap((manifest) =>
      runtimeImports(manifest)
        .map((spec) => resolve(manifest, spec))
        .filter((target) => !/[/\\]manifest(\.ts)?$/.test(target) && runtimeImports(target).length > 0)
        .map((target) => `${relative(root, manifest)} → ${relative(root, target)}`),
    )
    expect(reaching).toEqual([])
  })
})

describe('files derived from the manifests', () => {
  it('are up to date (run `npm run manifests` after changing a manifest)', () => {
    const stale = generatedFiles(root)
      .filter((f) => !existsSync(join(root, f.path)) || readFileSync(join(root, f.path), 'utf8') !== f.content)
      .map((f) => f.path)
    expect(stale).toEqual([])
  })

  it('include every privacy line and privacy API of every manifest in the privacy guide', () => {
    const guide = readFileSync(join(root, 'docs/privacy-guide.md'), 'utf8')
    for (const m of manifests) {
      for (const line of m.privacy.collects) expect(guide).toContain(`| ${line.info} | ${line.purpose} | ${line.how} | ${line.visibleTo} |`)
      for (const api of Object.keys(m.privacy.apis)) expect(guide).toContain(`| ${api} |`)
    }
  })
})
