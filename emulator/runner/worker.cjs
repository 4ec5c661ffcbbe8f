// One cloud-function instance: handles one invocation at a time, like the cloud runtime.
// Identity reaches getWXContext() through this thread's own copy of process.env.
const { parentPort, workerData } = require('node:worker_threads')

const fn = require(workerData.entry)

parentPort.on('message', async ({ id, event, openid, now }) => {
  if (openid) process.env.WX_OPENID = openid
  else delete process.env.WX_OPENID
  // a pinned clock for tests (read by the kernel); absent in WeChat
  if (now) process.env.LOCAL_CLOUD_NOW = now
  else delete process.env.LOCAL_CLOUD_NOW
  try {
    const result = await fn.main(event, { function_name: workerData.name, request_id: id })
    // the cloud hands results back as JSON: Dates become strings, undefined disappears
    parentPort.postMessage({ id, ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) })
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error?.message ? String(error.message) : String(error) })
  }
})
