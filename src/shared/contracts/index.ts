/** Every cloud function of the platform: the client's call table, the gateway's `GET /api`. */
import { account } from './account'
import { activities } from './activities'
import { affairs } from './affairs'
import { orgs } from './orgs'
import type { FunctionSpec } from './define'

export const CONTRACTS = { account, affairs, orgs, activities } as const
export type Contracts = typeof CONTRACTS
export type FunctionName = keyof Contracts

export const FUNCTIONS: readonly FunctionSpec[] = Object.values(CONTRACTS)
