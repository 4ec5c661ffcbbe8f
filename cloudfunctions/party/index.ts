import { party } from '@/shared/contracts/party'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as exports from './actions/exports'
import * as hours from './actions/hours'
import * as members from './actions/members'
import * as posts from './actions/posts'
import * as volunteers from './actions/volunteers'
import * as wishes from './actions/wishes'

const { managed: _managed, ...postActions } = posts
const { returnOverdueWishes, ...wishActions } = wishes

export const main = createHandler(party, { ...members, ...postActions, ...wishActions, ...volunteers, ...hours, ...exports }, {
  returnOverdueWishes,
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
