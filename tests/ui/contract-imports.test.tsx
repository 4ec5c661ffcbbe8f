/**
 * Which contracts each part of the app pulls in, read from the source (the budget script checks the built
 * weapp package the same way): the all-centers table stays with the gateway and tests, the main package
 * carries only the account contract, and each center's contracts stay in that center's pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const src = resolve(__dirname, '../../src')
const contracts = join(src, 'shared/contracts')
/** contracts every package may use: the signed-in person, and the schema helpers */
const EVERYWHERE = ['account', 'common', 'define']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesUnder(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

/** `../x` (or `@/x`, src/x) from a file → the files a build may pick for it (x.ts, x.weapp.ts, x/index.h5.tsx, ...). */
function resolveImport(from: string, spec: string): string[] {
  const base = spec.startsWith('@/') ? join(src, spec.slice(2)) : resolve(dirname(from), spec)
  const candidates = [base, `${base}/index`].flatMap((b) => ['', '.weapp', '.h5'].flatMap((platform) => ['.ts', '.tsx'].map((ext) => `${b}${platform}${ext}`)))
  return candidates.filter((c) => existsSync(c) && statSync(c).isFile())
}

function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  // `import type` brings no code into a package
  const specs = [...code.matchAll(/^import\s+(?!type\s)[^'"]*?['"]((?:\.|@\/)[^'"]+)['"]/gm)].map((m) => m[1])
  return specs.flatMap((spec) => resolveImport(file, spec))
}

/** Every source file reached from `roots` through imports that carry code. */
function reachedFrom(roots: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    queue.push(...importsOf(file))
  }
  return seen
}

const contractName = (file: string) => (dirname(file) === contracts ? relative(contracts, file).replace(/\.tsx?$/, '') : null)
const contractsReached = (roots: string[]) => [...new Set([...reachedFrom(roots)].map(contractName).filter((c): c is string => !!c))].sort()
const appCode = ['pages', 'centers', 'account', 'components', 'hooks', 'services'].flatMap((dir) => filesUnder(join(src, dir)))

describe('contracts in the app', () => {
  it('never pulls in the all-centers table from a page, component, hook or service', () => {
    const usingTable = appCode.filter((file) => reachedFrom([file]).has(join(contracts, 'index.ts'))).map((f) => relative(src, f))
    expect(usingTable).toEqual([])
  })

  it('keeps every center contract out of the main package: the tab pages use only the account contract', () => {
    const main = [join(src, 'app.tsx'), ...filesUnder(join(src, 'pages'))]
    expect(contractsReached(main).filter((c) => !EVERYWHERE.includes(c))).toEqual([])
  })

  it('gives each center only its own contracts', () => {
    const centers = readdirSync(join(src, 'centers')).filter((name) => statSync(join(src, 'centers', name)).isDirectory())
    const owners = new Map<string, string[]>()
    for (const center of centers) {
      for (const c of contractsReached(filesUnder(join(src, 'centers', center)))) {
        if (!EVERYWHERE.includes(c)) owners.set(c, [...(owners.get(c) ?? []), center])
      }
    }
    // the activities engine is the platform's: centers that run courses or study days (岗前培训, 三会一课) list them through it;
    // the budget script still keeps every contract out of the main package
    const shared = [...owners].filter(([contract, users]) => users.length > 1 && contract !== 'activities')
    expect(shared).toEqual([])
    expect(owners.get('affairs')).toEqual(['affairs'])
    expect(owners.get('activities')).toEqual(['culture', 'employment', 'party'])
  })
})
