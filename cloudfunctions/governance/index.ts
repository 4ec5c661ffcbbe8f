import { governance } from '@/shared/contracts/governance'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as command from './actions/command'
import * as handling from './actions/handling'
import * as reports from './actions/reports'
import * as setup from './actions/setup'
import { closeUnconfirmed, escalateOverdue } from './actions/timers'

export const main = createHandler(governance, { ...reports, ...handling, ...setup, ...command }, {
  escalateOverdue,
  closeUnconfirmed,
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
