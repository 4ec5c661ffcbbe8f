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
// date rules once more where the offset moves (daylight saving): Shanghai time must not follow it
if (!process.argv.slice(2).length) {
  console.log('\n=== 测试时区 TZ=America/Los_Angeles（日期规则） ===')
  run(process.execPath, [jest, '--ci', '--selectProjects', 'domain'], { TZ: 'America/Los_Angeles' })
}
