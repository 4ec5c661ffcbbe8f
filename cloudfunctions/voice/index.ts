import { voice } from '@/shared/contracts/voice'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as deliberation from './actions/deliberation'
import * as opinions from './actions/opinions'
import * as receptions from './actions/receptions'

export const main = createHandler(voice, { ...opinions, ...receptions, ...deliberation }, {
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
