/** `npm run manifests`: writes the files derived from the center manifests (see manifest-files.ts). */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generatedFiles } from './manifest-files'

const root = process.cwd()
let changed = 0
for (const file of generatedFiles(root)) {
  const path = join(root, file.path)
  let current = ''
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    // a new file
  }
  if (current === file.content) continue
  writeFileSync(path, file.content)
  changed++
  console.log(`wrote ${file.path}`)
}
console.log(changed ? `${changed} file(s) updated from the manifests` : 'every file derived from the manifests is up to date')
