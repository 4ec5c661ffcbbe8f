// Helpers shared by the start and test scripts.
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

/** Runs a command in the foreground; a failure ends this script with the same code. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

export function bundleFunctions() {
  run(process.execPath, ['scripts/run-ts.mjs', 'scripts/bundle-functions.ts'])
}

/** Builds one Taro target when its output is missing or older than src/ and config/. */
export function buildTaroIfStale(type, output, note) {
  if (existsSync(output) && statSync(output).mtimeMs >= Math.max(newestMtime('src'), newestMtime('config'))) return
  if (note) console.log(note)
  run('npx', ['taro', 'build', '--type', type])
}
