// `npm start`: builds what is missing or stale (cloud functions always, the H5 app when src/ changed),
// then runs the local cloud with demo data and serves the app.
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

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
run(process.execPath, ['scripts/run-ts.mjs', 'scripts/bundle-functions.ts'])
const h5Index = join('dist', 'h5', 'index.html')
if (!existsSync(h5Index) || statSync(h5Index).mtimeMs < Math.max(newestMtime('src'), newestMtime('config'))) {
  console.log('正在构建 H5 页面（约半分钟）…')
  run(npx, ['taro', 'build', '--type', 'h5'])
}
run(process.execPath, ['scripts/run-ts.mjs', 'emulator/main.ts'])
