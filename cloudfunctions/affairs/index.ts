import { affairs } from '@/shared/contracts/affairs'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as applications from './actions/applications'
import * as board from './actions/board'
import * as bookings from './actions/bookings'
import * as catalog from './actions/catalog'
import { remindTomorrow } from './actions/reminders'

export const main = createHandler(affairs, { ...catalog, ...bookings, ...board, ...applications }, {
  dayBeforeReminder: remindTomorrow,
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
