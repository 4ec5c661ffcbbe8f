// `npm start`: builds what is missing or stale (cloud functions always, the H5 app when src/ changed),
// then runs the local cloud with demo data and serves the app.
import { join } from 'node:path'
import { buildTaroIfStale, bundleFunctions, run } from './lib.mjs'

bundleFunctions()
buildTaroIfStale('h5', join('dist', 'h5', 'index.html'), '正在构建 H5 页面（约半分钟）…')
run(process.execPath, ['scripts/run-ts.mjs', 'emulator/main.ts'])
