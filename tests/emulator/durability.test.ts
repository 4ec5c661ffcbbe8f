import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { localCollections, startLocalCloud } from '../../emulator/local-cloud'
import { DocumentStore } from '../../emulator/store/engine'

const manifest = () => localCollections()

describe('local cloud data folder', () => {
  it('keeps data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'durable-'))
    const first = await startLocalCloud({ dataDir, h5Dir: null, seed: true })
    await first.invoke('account', { action: 'updateProfile', input: { name: '李建国', community: '黄河西路第一社区', address: '3号楼' } }, 'restart-person')
    await first.close()
    const second = await startLocalCloud({ dataDir, h5Dir: null, seed: true })
    const { result } = await second.invoke('account', { action: 'whoami', input: {} }, 'restart-person')
    expect(result).toMatchObject({ ok: true, data: { profile: { name: '李建国' } } })
    // seeding happens once: the personas are not inserted twice
    expect(second.store.count('users', { _id: 'persona-admin-ma' })).toBe(1)
    await second.close()
  })

  it('says clearly when the database file is not a database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'corrupt-'))
    writeFileSync(join(dataDir, 'cloud.sqlite'), 'this is not sqlite '.repeat(100))
    await expect(startLocalCloud({ dataDir, h5Dir: null })).rejects.toThrow(/cannot open the local database .*cloud\.sqlite/)
  })

  it('stays readable after the process is killed in the middle of writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'killed-'))
    const file = join(dir, 'cloud.sqlite')
    // bundled inside the project so node_modules resolve
    const root = join(__dirname, '../..')
    mkdirSync(join(root, 'dist/.run'), { recursive: true })
    const writer = join(root, 'dist/.run', `writer-${process.pid}.cjs`)
    writeFileSync(
      join(dir, 'writer.ts'),
      `import { DocumentStore } from ${JSON.stringify(join(__dirname, '../../emulator/store/engine'))}
const store = new DocumentStore(process.argv[2], JSON.parse(process.argv[3]))
let i = 0
process.stdout.write('ready\\n')
for (;;) store.insert('users', [{ _id: 'w' + i++, profile: null, roles: [], big: 'x'.repeat(2000) }])`,
    )
    buildSync({ entryPoints: [join(dir, 'writer.ts')], outfile: writer, bundle: true, platform: 'node', format: 'cjs', packages: 'external', absWorkingDir: join(__dirname, '../..') })
    const child = spawn(process.execPath, [writer, file, JSON.stringify(manifest())], { cwd: join(__dirname, '../..') })
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve())
      child.once('exit', () => reject(new Error(`writer exited early: ${stderr}`)))
    })
    await new Promise((r) => setTimeout(r, 400))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const reopened = new DocumentStore(file, manifest())
    expect(reopened.count('users')).toBeGreaterThan(0)
    reopened.close()
  })
})
