/** Every cloud function of the platform, for the gateway's `GET /api` and the bundler. */
import { account } from './account'
import type { FunctionSpec } from './define'

export const FUNCTIONS: readonly FunctionSpec[] = [account]
