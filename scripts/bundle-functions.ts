/**
 * Bundles each cloud function the center manifests declare (cloudfunctions/<fn>/index.ts, with the kernel and
 * shared code) into dist/cloudfunctions/<fn>/,
 * a folder WeChat DevTools can deploy as it is: index.js, package.json, config.json.
 * Large libraries only some calls need stay outside the bundle, named in package.json for the cloud to install
 * on deploy (「上传并部署：云端安装依赖」): a cold start then does not parse a megabyte it will rarely use.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { cloudFunctions } from '@/centers'

const root = process.cwd()
const source = join(root, 'cloudfunctions')
const out = join(root, 'dist/cloudfunctions')
const versionOf = (pkg: string) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string
/** installed by the cloud, not bundled: the SDK, exceljs (1 MB, staff imports and exports) and pinyin-pro (its dictionary, 400 KB) */
const INSTALLED = ['wx-server-sdk', 'exceljs', 'pinyin-pro']

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
      external: INSTALLED,
      legalComments: 'none',
      logLevel: 'warning',
    })
    const code = readFileSync(join(dir, 'index.js'), 'utf8')
    const dependencies = Object.fromEntries(INSTALLED.filter((pkg) => code.includes(`require("${pkg}")`) || code.includes(`import("${pkg}")`)).map((pkg) => [pkg, versionOf(pkg)]))
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2)}\n`)
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
