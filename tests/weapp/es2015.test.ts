/**
 * WeChat's ES6 conversion is off (project.config.json), and older phones' JavaScript engines stop at ES2015:
 * a single `?.` or `{ ...spread }` left in the build and the mini-program never opens there.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'acorn'

const dist = join(__dirname, '../../dist/weapp')

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []))
}

describe('the weapp build', () => {
  const files = scripts(dist)

  it('has scripts to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it('parses as ES2015 in every file, main package and subpackages', () => {
    const failures = files.flatMap((file) => {
      try {
        parse(readFileSync(file, 'utf8'), { ecmaVersion: 2015, sourceType: 'script' })
        return []
      } catch (error) {
        return [`${file.slice(dist.length + 1)}: ${(error as Error).message}`]
      }
    })
    expect(failures).toEqual([])
  })

})
