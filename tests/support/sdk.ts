/**
 * The real wx-server-sdk in the test process, pointed at a running local cloud exactly as a deployed
 * function would be: through environment variables only.
 */
import { LOCAL_ENV } from '../../emulator/local-cloud'

export function connectSdk(url: string) {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: `${url}/admin/test-process` })
  process.env.TENCENTCLOUD_SECRETID = 'local-secret-id'
  process.env.TENCENTCLOUD_SECRETKEY = 'local-secret-key'
  process.env.TENCENTCLOUD = 'true'
  process.env.SCF_NAMESPACE = LOCAL_ENV
  // a fresh module instance per test file, initialised after the variables are set
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  return cloud
}
