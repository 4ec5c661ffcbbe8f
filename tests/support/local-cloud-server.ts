/**
 * A seeded local cloud in its own process, for tests whose environment cannot host it (the weapp test runs in
 * jsdom). Prints `LOCAL_CLOUD <url>` when ready; closes when its stdin ends (the test finished or died).
 */
import { startLocalCloud } from '../../emulator/local-cloud'

async function main() {
  // one worker per function: the pages call one at a time, and the other test files share the machine
  const cloud = await startLocalCloud({ seed: true, h5Dir: null, workersPerFunction: 1 })
  process.stdout.write(`LOCAL_CLOUD ${cloud.url}\n`)
  process.stdin.resume()
  process.stdin.on('end', async () => {
    await cloud.close()
    process.exit(0)
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
