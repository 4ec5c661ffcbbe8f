import { legal } from '@/shared/contracts/legal'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as aid from './actions/aid'
import * as bookings from './actions/bookings'
import * as consultations from './actions/consultations'
import * as mediation from './actions/mediation'
import * as staff from './actions/staff'

export const main = createHandler(legal, { ...consultations, ...bookings, ...aid, ...mediation, ...staff }, {
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
