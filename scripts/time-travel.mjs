// `node scripts/time-travel.mjs 2027-01-01T00:30+08:00 [jest args…]`: runs the tests as if the machine's clock
// read that moment (and ran on from it), in Asia/Shanghai and in UTC. libfaketime (`apt-get install faketime`)
// moves the clock of every process and thread: jest, the local cloud's function workers, Chromium. A test whose
// result changes with the day it runs is a time bomb: pin the clock it depends on (`clock` of the local cloud,
// tests/support/phone-clock.ts for a page). Not part of `npm test` or CI.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { buildTaroIfStale, bundleFunctions } from './lib.mjs'

const [at, ...args] = process.argv.slice(2)
const when = new Date(at ?? '')
if (Number.isNaN(when.getTime())) {
  console.error('usage: node scripts/time-travel.mjs <ISO time with offset, e.g. 2027-02-10T10:00+08:00> [jest args…]')
  process.exit(2)
}
if (spawnSync('faketime', ['--version']).error) {
  console.error('time-travel needs libfaketime: apt-get install faketime')
  process.exit(2)
}

// built on the real clock (staleness is judged by file times); the weapp build only when weapp tests may run
bundleFunctions()
if (!args.some((a) => !a.startsWith('-')) || args.some((a) => a.includes('weapp'))) buildTaroIfStale('weapp', join('dist', 'weapp', 'app.js'))
const stamp = `${when.toISOString().slice(0, 19).replace('T', ' ')} UTC`
let failed = false
for (const tz of ['Asia/Shanghai', 'UTC']) {
  console.log(`\n=== ${at}（${stamp}），TZ=${tz} ===`)
  const run = spawnSync('faketime', [stamp, process.execPath, join('node_modules', 'jest', 'bin', 'jest.js'), '--ci', ...args], { stdio: 'inherit', env: { ...process.env, TZ: tz } })
  failed ||= run.status !== 0
}
process.exit(failed ? 1 : 0)
