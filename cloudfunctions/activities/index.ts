import { activities } from '../../src/shared/contracts/activities'
import { createHandler } from '../_kernel/handler'
import * as browse from './actions/browse'
import * as manage from './actions/manage'
import * as publish from './actions/publish'
import * as signups from './actions/signups'

export const main = createHandler(activities, { ...publish, ...browse, ...signups, ...manage })
