import { party } from '@/shared/contracts/party'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as hours from './actions/hours'
import * as volunteers from './actions/volunteers'

export const main = createHandler(party, { ...volunteers, ...hours }, {
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
