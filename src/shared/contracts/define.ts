/**
 * How a cloud function declares its actions: one zod schema per input and output, and who may call.
 * The same declaration validates forms in pages, types `callCloud`, is parsed by the handler and is
 * published by the local gateway's `GET /api`.
 */
import * as z from 'zod'
import { zhCN } from 'zod/locales'
import type { CenterCode } from '../domain/centers'
import type { RoleName } from '../domain/roles'

// Validation messages in Chinese for residents, on client and server alike.
// jitless: WeChat's JavaScript engine forbids `new Function`, which zod would otherwise try for faster parsing
z.config({ ...zhCN(), jitless: true })

export interface ActionOptions {
  /** roles that may call; 'anyone' includes visitors who are not signed in */
  roles: readonly RoleName[] | 'anyone'
  /**
   * writes something: a repeated `requestId` returns the first result instead of writing twice. 'keyed': the
   * action's one record has a natural key (one sign-up per person and activity), so a retry finds it by its
   * unique id and the kernel keeps no separate idempotency record (two requests saved).
   */
  submits?: boolean | 'keyed'
  /**
   * the action reads the caller's user document along with its own first read (`lookupCaller` in the kernel's
   * users.ts, handed to `ctx.knowCaller`) and the kernel checks `roles` there instead of reading the caller first:
   * one request saved. Such an action writes nothing before that read.
   */
  rolesInRead?: boolean
  /** may be called for someone else (代办): `onBehalfOf` is authorized by the kernel */
  behalf?: boolean
}

export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  options: ActionOptions
}

export function action<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: ActionOptions,
): ActionSpec<I, O> {
  return { input, output, options }
}

export interface FunctionSpec<A extends Record<string, ActionSpec> = Record<string, ActionSpec>> {
  name: string
  /** the center a function serves: its centerStaff may act there and 代办 for residents */
  center?: CenterCode
  actions: A
}

export function defineFunction<A extends Record<string, ActionSpec>>(
  name: string,
  actions: A,
  options: { center?: CenterCode } = {},
): FunctionSpec<A> {
  return { name, actions, center: options.center }
}

export type ActionName<F extends FunctionSpec> = Extract<keyof F['actions'], string>
/** What a caller sends (defaults may be left out). */
export type InputOf<F extends FunctionSpec, A extends ActionName<F>> = z.input<F['actions'][A]['input']>
/** What an action receives after parsing. */
export type ParsedInputOf<F extends FunctionSpec, A extends ActionName<F>> = z.output<F['actions'][A]['input']>
export type OutputOf<F extends FunctionSpec, A extends ActionName<F>> = z.output<F['actions'][A]['output']>

/** The event every cloud function receives (WeChat adds `userInfo`, which is ignored). */
export const Envelope = z.object({
  action: z.string({ error: '缺少 action' }).min(1).max(64),
  input: z.unknown().optional(),
  requestId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号应为 8–64 位字母、数字、下划线或短横线')
    .optional(),
  onBehalfOf: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, '代办对象编号格式不正确')
    .optional(),
})
export type Envelope = z.infer<typeof Envelope>

/** Turns zod issues into `{ 'path.to.field': '中文说明' }` for showing next to each field. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = '不接受此字段，请删除'
      continue
    }
    const path = issue.path.map(String).join('.') || '_'
    fields[path] ??= issue.message
  }
  return fields
}
