/**
 * The shape every page keeps (HOUSE-STYLE: a page hook, a pure draft module, section components): page files
 * stay short wiring, and draft modules stay pure, so their sentence-named tests run without Taro.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const src = resolve(__dirname, '../../src')
const MAX_PAGE_LINES = 80

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}
const all = ['pages', 'centers', 'account'].flatMap((dir) => filesUnder(join(src, dir))).map((f) => relative(src, f))

describe('page files', () => {
  it(`keep every page to ${MAX_PAGE_LINES} lines of wiring`, () => {
    const pages = all.filter((f) => /\/pages\/[^/]+\/index\.tsx$/.test(f))
    expect(pages.length).toBeGreaterThan(10)
    const long = pages.map((f) => ({ page: f, lines: readFileSync(join(src, f), 'utf8').trimEnd().split('\n').length })).filter((p) => p.lines > MAX_PAGE_LINES)
    expect(long).toEqual([])
  })

  it('keep draft modules free of Taro, React and cloud calls', () => {
    const drafts = all.filter((f) => f.endsWith('/draft.ts'))
    expect(drafts.length).toBeGreaterThan(0)
    const impure = drafts.filter((f) => /from '(@tarojs\/[^']+|react|[./]+services\/[^']+)'/.test(readFileSync(join(src, f), 'utf8')))
    expect(impure).toEqual([])
  })
})
