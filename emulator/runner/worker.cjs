// One cloud-function instance: handles one invocation at a time, like the cloud runtime.
// Identity reaches getWXContext() through this thread's own copy of process.env.
const { parentPort, workerData } = require('node:worker_threads')
const { dirname } = require('node:path')

// Database requests reach the local store over this thread's port instead of a loopback HTTP connection: the
// same request body the SDK would POST (signed, EJSON-encoded) and the same reply it would parse, minus the
// sockets and HTTP parsing that made the store's thread the bottleneck under a storm. Storage, openapi and
// function calls still go over HTTP.
const storeCalls = new Map()
let nextStoreCall = 1
if (workerData.storeUrl) {
  try {
    const core = require(require.resolve('@cloudbase/node-sdk/dist/utils/request-core', { paths: [dirname(require.resolve('wx-server-sdk'))] }))
    const overHttp = core.request
    core.request = (opts, cb) => {
      const action = opts?.body?.action
      if (!opts.json || typeof opts.url !== 'string' || !opts.url.startsWith(workerData.storeUrl) || typeof action !== 'string' || !action.startsWith('database.')) {
        return overHttp(opts, cb)
      }
      const call = nextStoreCall++
      storeCalls.set(call, cb)
      // the body as the store would receive it over HTTP (JSON drops undefined)
      parentPort.postMessage({ storeCall: call, body: JSON.parse(JSON.stringify(opts.body)) })
      return undefined
    }
  } catch (error) {
    console.warn(`[local cloud] database requests go over HTTP: ${error.message}`)
  }
}

const fn = require(workerData.entry)

parentPort.on('message', async (message) => {
  if (message.storeReply !== undefined) {
    const cb = storeCalls.get(message.storeReply)
    storeCalls.delete(message.storeReply)
    cb?.(null, { statusCode: 200, headers: { 'content-type': 'application/json' } }, message.body)
    return
  }
  const { id, event, openid, now } = message
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
