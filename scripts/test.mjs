// `npm test`: builds what the tests load (bundled cloud functions, the weapp build when stale), then runs
// every jest project twice: in Asia/Shanghai and in UTC (the cloud functions' zone), so date rules hold in both.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run(process.execPath, ['scripts/run-ts.mjs', 'scripts/bundle-functions.ts'])
const weappApp = join('dist', 'weapp', 'app.js')
if (!existsSync(weappApp) || statSync(weappApp).mtimeMs < Math.max(newestMtime('src'), newestMtime('config'))) {
  run('npx', ['taro', 'build', '--type', 'weapp'])
}
const jest = join('node_modules', 'jest', 'bin', 'jest.js')
const extra = process.argv.slice(2)
for (const tz of ['Asia/Shanghai', 'UTC']) {
  console.log(`\n=== 测试时区 TZ=${tz} ===`)
  run(process.execPath, [jest, '--ci', ...extra], { TZ: tz })
}
