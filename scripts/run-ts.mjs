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
// Packages stay in node_modules and are required at run time, except those that only ship ES modules under a
// CommonJS name (chinese-workday's "main" is a .js file in a "type": "module" package: require() refuses it).
const BUNDLED = new Set(['chinese-workday'])
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^(?:[a-z0-9][^:]*|@[a-z0-9][^/]*\/[^:]*)$/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true }
    })
  },
}
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [externalPackages], sourcemap: 'inline', logLevel: 'warning' })
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' })
process.exit(run.status ?? 1)
