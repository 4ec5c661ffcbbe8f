/**
 * createHandler: the one path every call takes —
 * envelope → action → identity (OPENID) → input → stored roles → authorization → 代办 → idempotency → action → output.
 */
import type { z } from 'zod'
import { type ActionSpec, Envelope, type FunctionSpec, fieldMessages } from '@/shared/contracts/define'
import { effectiveRoles, isAllowed, isStaffOf, type Role, type RoleName } from '@/shared/domain/roles'
import { type CloudResult, DEFAULT_ERROR_MESSAGES, type ErrorCode } from '@/shared/result'
import { cloud, whileRolesPending } from './cloud'
import { AppError, describeForLog } from './errors'
import { claimRequest, releaseRequest, settleRequest } from './idempotency'
import { hasDelegation, loadUser, type UserDoc } from './users'

export interface ActionContext {
  /** who is calling (null for a visitor on an action open to anyone) */
  actorId: string | null
  /** whom the action is for: the caller, or the person named in `onBehalfOf` (代办) */
  subjectId: string | null
  onBehalf: boolean
  /** the caller's stored document and roles: loaded once, on first use (one request) */
  caller: () => Promise<Caller>
  /**
   * the caller's document as the action's own read found it (`lookupCaller`): `caller()` then costs nothing, and an
   * action declared `rolesInRead` has its roles checked here (FORBIDDEN is thrown)
   */
  knowCaller: (user: UserDoc | null) => void
  /** the moment of the call; actions and domain rules take it instead of reading the clock */
  now: Date
  fn: string
  /** the caller's request id (retries of one submit share it): a keyed action derives its record's id from it */
  requestId: string | null
}

/** The caller's identity for actions that need one (guaranteed by the kernel unless roles is 'anyone'). */
export function who(ctx: ActionContext): { actorId: string; subjectId: string; onBehalf: boolean } {
  if (!ctx.actorId || !ctx.subjectId) throw new AppError('UNAUTHENTICATED', DEFAULT_ERROR_MESSAGES.UNAUTHENTICATED)
  return { actorId: ctx.actorId, subjectId: ctx.subjectId, onBehalf: ctx.onBehalf }
}

export interface Caller {
  user: UserDoc | null
  roles: Role[]
}

type Impl<S extends ActionSpec> = (input: z.output<S['input']>, ctx: ActionContext) => Promise<z.input<S['output']>>
export type Actions<F extends FunctionSpec> = { [K in keyof F['actions']]: Impl<F['actions'][K]> }

function failure(code: ErrorCode, message?: string, fields?: Record<string, string>): CloudResult<never> {
  return { ok: false, error: { code, message: message ?? DEFAULT_ERROR_MESSAGES[code], ...(fields ? { fields } : {}) } }
}

/**
 * The moment of the call. The local cloud may pin it (LOCAL_CLOUD_NOW) so date rules can be tested at any
 * hour; WeChat's runtime never sets it.
 */
function callTime(): Date {
  const pinned = process.env.LOCAL_CLOUD_NOW
  return pinned ? new Date(pinned) : new Date()
}

function callerOpenid(): string | null {
  const { OPENID } = cloud.getWXContext()
  return typeof OPENID === 'string' && OPENID.length > 0 ? OPENID : null
}

/** A timer trigger's job (config.json → triggers): runs with no user, at the time the trigger fires. */
export type TimerJob = (now: Date) => Promise<unknown>

interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
}

function isTimerEvent(event: unknown): event is TimerEvent {
  return !!event && typeof event === 'object' && (event as TimerEvent).Type === 'Timer' && typeof (event as TimerEvent).TriggerName === 'string'
}

export function createHandler<F extends FunctionSpec>(spec: F, impls: Actions<F>, timers: Record<string, TimerJob> = {}) {
  for (const [name, act] of Object.entries(spec.actions)) {
    // the kernel's idempotency record would be written before the roles are known
    if (act.options.rolesInRead && act.options.submits === true) throw new Error(`${spec.name}.${name}: rolesInRead needs submits 'keyed' or none`)
  }
  return async function main(event: unknown): Promise<CloudResult<unknown>> {
    // a timer fires without a user; a caller who sends a timer-shaped event is refused
    if (isTimerEvent(event) && !callerOpenid() && Object.hasOwn(timers, event.TriggerName)) {
      try {
        return { ok: true, data: await timers[event.TriggerName](callTime()) }
      } catch (error) {
        console.error(`[${spec.name} timer ${event.TriggerName}] unexpected error: ${describeForLog(error)}`)
        return failure('INTERNAL')
      }
    }
    const envelope = Envelope.safeParse(event)
    if (!envelope.success) return failure('INVALID_INPUT', '请求格式不正确', fieldMessages(envelope.error))
    const { action: name, requestId, onBehalfOf } = envelope.data
    const act: ActionSpec | undefined = Object.hasOwn(spec.actions, name) ? spec.actions[name] : undefined
    if (!act) return failure('INVALID_INPUT', `不支持的操作：${name.slice(0, 32)}`, { action: '不支持的操作' })
    // identity before input: a visitor learns nothing about an action's fields that they may not call
    const actorId = callerOpenid()
    if (act.options.roles !== 'anyone' && !actorId) return failure('UNAUTHENTICATED')
    const input = act.input.safeParse(envelope.data.input ?? {})
    if (!input.success) return failure('INVALID_INPUT', undefined, fieldMessages(input.error))
    if (onBehalfOf && !act.options.behalf) return failure('INVALID_INPUT', '此操作不能代办', { onBehalfOf: '此操作不能代办' })

    let claimKey: string | null = null
    try {
      // everyone signed in is a resident: resident actions need no role lookup
      const openToResidents = act.options.roles === 'anyone' || act.options.roles.includes('resident')
      // rolesInRead: the roles are checked when the caller is known, from the action's own first read
      const deferred = !openToResidents && act.options.rolesInRead === true
      const roles = { checked: false }
      const known = (user: UserDoc | null): Caller => {
        const found = { user, roles: effectiveRoles(user?.roles ?? []) }
        if (deferred && !isAllowed(found.roles, act.options.roles as RoleName[], spec.center)) throw new AppError('FORBIDDEN', DEFAULT_ERROR_MESSAGES.FORBIDDEN)
        roles.checked = true
        return found
      }
      let loaded: Promise<Caller> | null = null
      const caller = () => {
        loaded ??= actorId ? loadUser(actorId).then(known) : Promise.resolve(known(null))
        return loaded
      }
      const knowCaller = (user: UserDoc | null) => {
        if (!loaded) loaded = Promise.resolve(known(user))
      }
      if (!openToResidents && !deferred && !isAllowed((await caller()).roles, act.options.roles as RoleName[], spec.center)) return failure('FORBIDDEN')
      if (onBehalfOf && actorId && onBehalfOf !== actorId) {
        // 代办: staff of this function's center act for residents; other grants come from features (delegations).
        const staff = spec.center !== undefined && isStaffOf((await caller()).roles, spec.center)
        if (!staff && !(await hasDelegation(actorId, onBehalfOf))) return failure('FORBIDDEN', '您不能为该居民代办')
      }
      const now = callTime()
      if (act.options.submits === true && requestId && actorId) {
        const claim = await claimRequest(spec.name, actorId, requestId, now)
        if (!claim.fresh) return claim.result
        claimKey = claim.key
      }
      const ctx: ActionContext = {
        actorId,
        subjectId: onBehalfOf ?? actorId,
        onBehalf: !!onBehalfOf && onBehalfOf !== actorId,
        caller,
        knowCaller,
        now,
        fn: spec.name,
        requestId: requestId ?? null,
      }
      const impl = (impls as Record<string, Impl<ActionSpec>>)[name]
      // a write before the roles are known is refused (cloud.ts): it would be made for someone maybe not allowed
      const output = await (deferred ? whileRolesPending(roles, () => impl(input.data, ctx)) : impl(input.data, ctx))
      // an action that never read its caller is still checked (it should have: see rolesInRead)
      if (deferred && !roles.checked) await caller()
      const data = act.output.parse(output)
      const result: CloudResult<unknown> = { ok: true, data }
      if (claimKey) await settleRequest(claimKey, result)
      return result
    } catch (error) {
      if (error instanceof AppError) {
        const result = failure(error.code, error.message, error.fields)
        if (claimKey) await settleRequest(claimKey, result).catch(() => undefined)
        return result
      }
      console.error(`[${spec.name}.${name}] unexpected error: ${describeForLog(error)}`)
      if (claimKey) await releaseRequest(claimKey).catch(() => undefined)
      return failure('INTERNAL')
    }
  }
}
