/**
 * Size budgets (WeChat limits are 2 MB per package; ours are tighter so pages stay quick on old phones):
 * weapp main package no larger than when the center contracts left it (and ≤ 600 KB), each subpackage (one per
 * center, plus account) ≤ 200 KB, each bundled cloud function ≤ 300 KB. The main package also must not carry a
 * center's contract: the tab pages call only `account`, every center's schemas load with that center.
 * Prints every figure; exits non-zero when one is over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { FUNCTIONS } from '../src/shared/contracts'

const KB = 1024
/** bytes: the weapp main package measured before contracts left it (issue 8: 485,315 B); it may only shrink */
const MAIN_LIMIT = 485_315
/** the contracts the main package may hold: the tab pages (首页, 我的) call these functions and no others */
const MAIN_CONTRACTS = ['account']
const weapp = 'dist/weapp'
const functions = 'dist/cloudfunctions'

function sizeOf(path: string, skip: (p: string) => boolean = () => false): number {
  if (skip(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name), skip), 0)
}

const rows: Array<{ what: string; bytes: number; limit: number }> = []
for (const dir of [weapp, functions]) {
  if (!existsSync(dir)) {
    console.error(`缺少 ${dir}：请先运行 npm run build`)
    process.exit(1)
  }
}
const isMap = (p: string) => p.endsWith('.map') || p.endsWith('.LICENSE.txt')
const roots = (JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8')).subPackages as Array<{ root: string }>).map((p) => p.root)
const inSubpackage = (p: string) => roots.some((root) => `${relative(weapp, p)}/`.startsWith(`${root}/`))
rows.push({ what: 'weapp 主包', bytes: sizeOf(weapp, (p) => isMap(p) || inSubpackage(p)), limit: Math.min(MAIN_LIMIT, 600 * KB) })
for (const root of roots) {
  rows.push({ what: `weapp 分包 ${root}`, bytes: sizeOf(join(weapp, root), isMap), limit: 200 * KB })
}
for (const fn of readdirSync(functions)) {
  rows.push({ what: `云函数 ${fn}`, bytes: sizeOf(join(functions, fn)), limit: 300 * KB })
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

let over = 0
for (const row of rows) {
  const ok = row.bytes <= row.limit
  if (!ok) over++
  console.log(`${ok ? 'ok  ' : 'OVER'} ${row.what.padEnd(36)} ${(row.bytes / KB).toFixed(1).padStart(8)} KB / ${(row.limit / KB).toFixed(0)} KB`)
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
