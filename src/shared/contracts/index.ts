/** Every cloud function of the platform: the client's call table, the gateway's `GET /api`. */
import { account } from './account'
import { affairs } from './affairs'
import type { FunctionSpec } from './define'

export const CONTRACTS = { account, affairs } as const
export type Contracts = typeof CONTRACTS
export type FunctionName = keyof Contracts

export const FUNCTIONS: readonly FunctionSpec[] = Object.values(CONTRACTS)
