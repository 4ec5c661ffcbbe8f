// `npm test`: builds what the tests load (bundled cloud functions, the weapp build when stale), then runs
// every jest project twice: in Asia/Shanghai and in UTC (the cloud functions' zone), so date rules hold in both.
import { join } from 'node:path'
import { buildTaroIfStale, bundleFunctions, run } from './lib.mjs'

bundleFunctions()
buildTaroIfStale('weapp', join('dist', 'weapp', 'app.js'))
const jest = join('node_modules', 'jest', 'bin', 'jest.js')
for (const tz of ['Asia/Shanghai', 'UTC']) {
  console.log(`\n=== 测试时区 TZ=${tz} ===`)
  run(process.execPath, [jest, '--ci', ...process.argv.slice(2)], { TZ: tz })
}
