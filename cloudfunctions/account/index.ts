import { account } from '@/shared/contracts/account'
import { createHandler } from '../_kernel/handler'
import * as actions from './actions'
import { forgetOldRequests } from './actions/cleanup'

export const main = createHandler(account, actions, { forgetOldRequests })
