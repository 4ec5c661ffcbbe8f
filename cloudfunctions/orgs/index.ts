import { orgs } from '@/shared/contracts/orgs'
import { createHandler } from '../_kernel/handler'
import * as actions from './actions'

export const main = createHandler(orgs, actions)
