/**
 * Bundles each cloud function the center manifests declare (cloudfunctions/<fn>/index.ts, with the kernel and
 * shared code) into dist/cloudfunctions/<fn>/,
 * a folder WeChat DevTools can deploy as it is: index.js, package.json, config.json, and the files a function reads
 * at run time (SHIPPED).
 * Large libraries only some calls need stay outside the bundle, named in package.json for the cloud to install
 * on deploy (「上传并部署：云端安装依赖」): a cold start then does not parse a megabyte it will rarely use.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'
import { cloudFunctions } from '@/centers'

const root = process.cwd()
const source = join(root, 'cloudfunctions')
const out = join(root, 'dist/cloudfunctions')
const versionOf = (pkg: string) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string
/**
 * installed by the cloud, not bundled: the SDK, exceljs (1 MB, staff imports and exports), pinyin-pro (its
 * dictionary, 400 KB) and pdfkit (with fontkit 1 MB, the 志愿服务记录证明 only)
 */
const INSTALLED = ['wx-server-sdk', 'exceljs', 'pinyin-pro', 'pdfkit']
/**
 * Files a function reads at run time, copied beside its index.js (from node_modules → to the function's folder).
 * party: the 志愿服务记录证明's font, Noto Sans SC Regular (SIL Open Font License 1.1, which asks that the licence
 * travel with the font), 10.5 MB; the certificate embeds only the glyphs it uses (cloudfunctions/party/record-pdf.ts).
 */
const SHIPPED: Record<string, Array<[from: string, to: string]>> = {
  party: [
    ['@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'fonts/NotoSansSC-Regular.ttf'],
    ['@expo-google-fonts/noto-sans-sc/LICENSE_FONT', 'fonts/OFL.txt'],
  ],
}

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
    for (const [from, to] of SHIPPED[name] ?? []) {
      mkdirSync(dirname(join(dir, to)), { recursive: true })
      copyFileSync(join(root, 'node_modules', from), join(dir, to))
    }
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
