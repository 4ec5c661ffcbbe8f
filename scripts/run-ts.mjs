// Runs a TypeScript entry (scripts, the local cloud) on Node 20: esbuild bundles it, node runs it.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]')
  process.exit(2)
}
const outdir = join(process.cwd(), 'dist', '.run')
mkdirSync(outdir, { recursive: true })
const outfile = join(outdir, `${basename(entry).replace(/\.tsx?$/, '')}-${process.pid}.cjs`)
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', sourcemap: 'inline', logLevel: 'warning' })
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' })
process.exit(run.status ?? 1)
