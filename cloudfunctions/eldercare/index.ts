import { eldercare } from '@/shared/contracts/eldercare'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as homeServices from './actions/home-services'
import * as imports from './actions/import'
import * as links from './actions/links'
import * as meals from './actions/meals'
import * as seniors from './actions/seniors'
import * as sheet from './actions/sheet'

// sendNotices: 20 is this function's time limit (config.json); staff are first told of new home-service bookings
const send = noticeSender(20)
const { tellStaffOfBookings, ...homeActions } = homeServices
export const main = createHandler(
  eldercare,
  { ...seniors, ...imports, ...homeActions, ...links, ...meals, ...sheet },
  {
    sendNotices: async (now) => {
      await tellStaffOfBookings(now)
      return send(now)
    },
  },
)
