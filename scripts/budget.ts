/**
 * Size budgets (WeChat limits are 2 MB per package; ours are tighter so pages stay quick on old phones):
 * weapp main package ≤ 600 KB, each subpackage (one per center, plus account) ≤ 200 KB, each bundled cloud function ≤ 300 KB.
 * Prints every figure; exits non-zero when one is over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const KB = 1024
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
rows.push({ what: 'weapp 主包', bytes: sizeOf(weapp, (p) => isMap(p) || inSubpackage(p)), limit: 600 * KB })
for (const root of roots) {
  rows.push({ what: `weapp 分包 ${root}`, bytes: sizeOf(join(weapp, root), isMap), limit: 200 * KB })
}
for (const fn of readdirSync(functions)) {
  rows.push({ what: `云函数 ${fn}`, bytes: sizeOf(join(functions, fn)), limit: 300 * KB })
}

let over = 0
for (const row of rows) {
  const ok = row.bytes <= row.limit
  if (!ok) over++
  console.log(`${ok ? 'ok  ' : 'OVER'} ${row.what.padEnd(36)} ${(row.bytes / KB).toFixed(1).padStart(8)} KB / ${(row.limit / KB).toFixed(0)} KB`)
}
if (over) {
  console.error(`${over} 项超出预算`)
  process.exit(1)
}
console.log('全部在预算之内')
