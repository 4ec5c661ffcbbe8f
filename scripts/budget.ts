/**
 * Size budgets (WeChat limits are 2 MB per package; ours are tighter so pages stay quick on old phones):
 * weapp main package no larger than when the center contracts left it (and ≤ 600 KB), each subpackage (one per
 * center, plus account) ≤ 200 KB (one carrying a chart library more, see SUBPACKAGE_LIMITS), each bundled cloud
 * function's code ≤ 300 KB (the files it ships in fonts/ have a budget of their own, FONT_LIMIT). The main package also must not carry a
 * center's contract: the tab pages call only `account`, every center's schemas load with that center.
 * H5 (the local cloud's browser app): the first load — index.html, its scripts and styles, and the chunks of the
 * first page (首页) — ≤ 130 KB gzip; every library shared by pages (zod, dayjs) sits in one chunk, never copied
 * into each page's chunk.
 * Prints every figure; exits non-zero when one is over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { FUNCTIONS } from '@/shared/contracts'

const KB = 1024
/**
 * bytes: the weapp main package; it may only shrink. 485,315 B when issue 8 measured it; since then zod and dayjs
 * are compiled to ES2015 for old phones (loosely: babel.config.js) and every page carries the privacy consent
 * sheet, and contracts left the main package — still inside the same limit. Issue 10 (长辈版 all the way) adds
 * 9,604 B, measured (main package 480,204 B before, 489,808 B after): WeChat's modal and tab bar cannot follow
 * 长辈版, so every page carries the app's own dialog and toast and the custom tab bar (src/custom-tab-bar). The same
 * issue's page bar (titles and a way back in the browser build) and plain-word errors came with it: measured
 * 483.7 KB together, so 1 KB more. Issues 12–16 registered their pages, roles and file purposes in the main package
 * (app.json +281 B, the entry's page and center tables +281 B, role names and purposes +232 B: 484.5 KB), so 1 KB more.
 * Issue 17 put the last center online: its 13 pages in app.json and the route table, the role 社区工作人员, two file
 * purposes and two templates (485.8 KB), so 1 KB more — every center is now registered; later growth is per page.
 * The shared 没有权限 page for every center's 21 staff pages (staff-only), the numbered list and text fields that
 * grow with the font are shared components (486.5 KB), so 1 KB more. (A manifest that imported a module with imports
 * of its own once put dayjs into the main package, +11 KB: tests/contracts/manifests.test.ts now refuses that.)
 */
const MAIN_LIMIT = 485_315 + 9_604 + 1_024 + 1_024 + 1_024 + 1_024
/** the contracts the main package may hold: the tab pages (首页, 我的) call these functions and no others */
const MAIN_CONTRACTS = ['account']
const weapp = 'dist/weapp'
const h5 = 'dist/h5'
// 130 KB until issue 10's page bar, dialog host and tab bar joined every first screen (measured 130.7 KB)
// issue 16: the 11 pages of 居民服务中心 join the entry's route table, which every first screen loads (measured 131.3 KB)
// issue 17: the party center's 13 pages join that route table (measured 132.4 KB)
const H5_FIRST_LOAD_LIMIT = 133 * KB
const functions = 'dist/cloudfunctions'

function sizeOf(path: string, skip: (p: string) => boolean = () => false): number {
  if (skip(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name), skip), 0)
}

const rows: Array<{ what: string; bytes: number; limit: number }> = []
for (const dir of [weapp, functions, h5]) {
  if (!existsSync(dir)) {
    console.error(`缺少 ${dir}：请先运行 npm run build`)
    process.exit(1)
  }
}
const isMap = (p: string) => p.endsWith('.map') || p.endsWith('.LICENSE.txt')
const roots = (JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8')).subPackages as Array<{ root: string }>).map((p) => p.root)
const inSubpackage = (p: string) => roots.some((root) => `${relative(weapp, p)}/`.startsWith(`${root}/`))
rows.push({ what: 'weapp 主包', bytes: sizeOf(weapp, (p) => isMap(p) || inSubpackage(p)), limit: Math.min(MAIN_LIMIT, 600 * KB) })
/**
 * Subpackages that carry a library of their own: the governance center's command view draws its charts with F2
 * (issue 15: a maintained mobile chart library that draws in the weapp canvas), ≈ 460 KB minified, loaded only
 * by the staff who open that subpackage — far inside WeChat's 2 MB per package.
 */
const SUBPACKAGE_LIMITS: Record<string, number> = { 'centers/governance': 640 * KB }
for (const root of roots) {
  rows.push({ what: `weapp 分包 ${root}`, bytes: sizeOf(join(weapp, root), isMap), limit: SUBPACKAGE_LIMITS[root] ?? 200 * KB })
}
/**
 * a function's fonts/ (scripts/bundle-functions.ts, SHIPPED): party's 志愿服务记录证明 carries Noto Sans SC Regular,
 * 10.5 MB (6.3 MB zipped; WeChat takes 50 MB zipped per function), read only when a record is made
 */
const FONT_LIMIT = 11 * KB * KB
const isFonts = (p: string) => relative(functions, p).split('/')[1] === 'fonts'
for (const fn of readdirSync(functions)) {
  rows.push({ what: `云函数 ${fn}`, bytes: sizeOf(join(functions, fn), isFonts), limit: 300 * KB })
  if (existsSync(join(functions, fn, 'fonts'))) rows.push({ what: `云函数 ${fn} 字体（fonts/）`, bytes: sizeOf(join(functions, fn, 'fonts')), limit: FONT_LIMIT })
}

function jsFiles(path: string): string[] {
  if (inSubpackage(path)) return []
  if (!statSync(path).isDirectory()) return path.endsWith('.js') ? [path] : []
  return readdirSync(path).flatMap((name) => jsFiles(join(path, name)))
}

/**
 * A contract is bundled where its action table is: the action names as object keys (`callNext:` in minified
 * code). Two names of one contract are the marker, so a library's stray `book:` key cannot pass for a contract.
 */
function contractsIn(files: string[]): Array<{ fn: string; file: string; actions: string[] }> {
  const mainActions = new Set(FUNCTIONS.filter((f) => MAIN_CONTRACTS.includes(f.name)).flatMap((f) => Object.keys(f.actions)))
  const found: Array<{ fn: string; file: string; actions: string[] }> = []
  for (const file of files) {
    const code = readFileSync(file, 'utf8')
    for (const fn of FUNCTIONS.filter((f) => !MAIN_CONTRACTS.includes(f.name))) {
      const actions = Object.keys(fn.actions).filter((a) => !mainActions.has(a) && new RegExp(`[{,]\\s*["']?${a}["']?\\s*:`).test(code))
      if (actions.length >= 2) found.push({ fn: fn.name, file: relative(weapp, file), actions })
    }
  }
  return found
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/**
 * The files a browser fetches before 首页 shows: index.html, what it links, and the chunks the router loads
 * for the first page (read from the route table in the entry: `"path":"pages/home/index","load":…s.e(344)…`).
 */
function h5FirstLoad(): string[] {
  const html = join(h5, 'index.html')
  const linked = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/?((?:js|css)\/[^"]+)"/g)].map((m) => join(h5, m[1]))
  const entry = linked.find((f) => /[\\/]app\.[0-9a-f]+\.js$/.test(f))
  if (!entry) throw new Error('dist/h5/index.html 未引用 js/app.*.js')
  const code = readFileSync(entry, 'utf8')
  const first = (JSON.parse(readFileSync('src/app.config.ts', 'utf8').match(/pages: (\[[^\]]*\])/)?.[1].replace(/'/g, '"') ?? '["pages/home/index"]') as string[])[0]
  const route = code.match(new RegExp(`"path":"${first}","load":function[^{]*\\{(.*?)\\}`))?.[1] ?? ''
  const named = Object.fromEntries([...code.matchAll(/(\d+)===\w\?"([\w-]+)"/g)].map((m) => [m[1], m[2]]))
  const chunks = [...route.matchAll(/\.e\((\d+)\)/g)].map((m) => named[m[1]] ?? m[1])
  const files = readdirSync(join(h5, 'js')).map((f) => join(h5, 'js', f)).concat(existsSync(join(h5, 'css')) ? readdirSync(join(h5, 'css')).map((f) => join(h5, 'css', f)) : [])
  const routeFiles = files.filter((f) => /\.(js|css)$/.test(f) && chunks.some((c) => new RegExp(`[\\/]${c}\\.[0-9a-f]+\\.(js|css)$`).test(f)))
  if (!chunks.length) throw new Error(`找不到首页 ${first} 的 H5 分块：Taro 的路由表格式变了，请更新 scripts/budget.ts`)
  return [html, ...linked, ...routeFiles]
}
const firstLoad = h5FirstLoad()
rows.push({ what: `H5 首次加载（gzip，${firstLoad.length} 个文件）`, bytes: firstLoad.reduce((sum, f) => sum + gzipped(f), 0), limit: H5_FIRST_LOAD_LIMIT })
const h5Js = readdirSync(join(h5, 'js')).filter((f) => f.endsWith('.js')).map((f) => join(h5, 'js', f))
const largestPage = h5Js.filter((f) => !firstLoad.includes(f) && !/[\\/]lib\./.test(f)).map((f) => ({ f, bytes: gzipped(f) })).sort((a, b) => b.bytes - a.bytes)[0]
if (largestPage) console.log(`     H5 最大的页面分块 ${relative(h5, largestPage.f)}：${(largestPage.bytes / KB).toFixed(1)} KB gzip`)
/** zod's own error class name survives minification: one file may carry it */
const withZod = h5Js.filter((f) => readFileSync(f, 'utf8').includes('ZodError'))
rows.push({ what: `H5 含 zod 的分块数（应为 1：lib）`, bytes: withZod.length, limit: 1 })

let over = 0
for (const row of rows) {
  const ok = row.bytes <= row.limit
  if (!ok) over++
  const figure = row.limit < KB ? `${row.bytes} / ${row.limit}` : `${(row.bytes / KB).toFixed(1).padStart(8)} KB / ${(row.limit / KB).toFixed(0)} KB`
  console.log(`${ok ? 'ok  ' : 'OVER'} ${row.what.padEnd(36)} ${figure}`)
}
const misplaced = contractsIn(jsFiles(weapp))
for (const m of misplaced) {
  console.log(`OVER weapp 主包 ${m.file} 含有 ${m.fn} 的接口定义（${m.actions.slice(0, 4).join('、')}…）：中心的接口只应打进该中心的分包`)
}
if (!misplaced.length) console.log(`ok   weapp 主包不含中心接口定义（${FUNCTIONS.filter((f) => !MAIN_CONTRACTS.includes(f.name)).map((f) => f.name).join('、')}）`)
over += misplaced.length
if (over) {
  console.error(`${over} 项超出预算`)
  process.exit(1)
}
console.log('全部在预算之内')
