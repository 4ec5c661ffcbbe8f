/**
 * Bundles each cloud function the center manifests declare (cloudfunctions/<fn>/index.ts, with the kernel and
 * shared code) into dist/cloudfunctions/<fn>/,
 * a folder WeChat DevTools can deploy as it is: index.js, package.json (wx-server-sdk only), config.json.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { cloudFunctions } from '@/centers'

const root = process.cwd()
const source = join(root, 'cloudfunctions')
const out = join(root, 'dist/cloudfunctions')
const sdkVersion = JSON.parse(readFileSync(join(root, 'node_modules/wx-server-sdk/package.json'), 'utf8')).version as string

/** The functions the center manifests declare; each one's code is cloudfunctions/<name>/index.ts. */
export function functionNames(): string[] {
  return cloudFunctions().map((f) => f.name)
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true })
  for (const name of functionNames()) {
    const dir = join(out, name)
    mkdirSync(dir, { recursive: true })
    await build({
      entryPoints: [join(source, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      // the cloud's Node 16 runtime
      target: 'node16',
      external: ['wx-server-sdk'],
      legalComments: 'none',
      logLevel: 'warning',
    })
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } }, null, 2)}\n`,
    )
    const config = join(source, name, 'config.json')
    if (existsSync(config)) copyFileSync(config, join(dir, 'config.json'))
    else writeFileSync(join(dir, 'config.json'), `${JSON.stringify({ permissions: { openapi: [] } }, null, 2)}\n`)
  }
  console.log(`bundled ${functionNames().length} cloud functions into dist/cloudfunctions`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
