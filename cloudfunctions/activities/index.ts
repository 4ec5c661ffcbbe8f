import { activities } from '@/shared/contracts/activities'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as browse from './actions/browse'
import * as manage from './actions/manage'
import * as publish from './actions/publish'
import * as signups from './actions/signups'

// sendNotices: 20 is this function's time limit (config.json)
export const main = createHandler(activities, { ...publish, ...browse, ...signups, ...manage }, { sendNotices: noticeSender(20) })
