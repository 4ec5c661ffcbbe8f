import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The project folder, found from this file whether it runs from source (tests) or bundled (npm start). */
export function projectRoot(from = __dirname): string {
  let dir = from
  while (!existsSync(join(dir, 'project.config.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('cannot find the project folder (project.config.json)')
    dir = up
  }
  return dir
}
