/**
 * rolesInRead saves a staff action the request that reads its caller: the roles are checked in the action's own
 * first read. The kernel makes sure nothing is written before that check — for someone who may not be allowed.
 * The real kernel handler runs in this process against the local cloud, as a deployed function would.
 */
import * as z from 'zod'
import { action, defineFunction } from '@/shared/contracts/define'
import type { CloudResult } from '@/shared/result'
import { withLocalCloud } from '../support/local-cloud'
import { connectSdk } from '../support/sdk'

const env = withLocalCloud()
const STAFF = 'roles-in-read-staff'
const RESIDENT = 'roles-in-read-resident'

type Main = (event: unknown) => Promise<CloudResult<unknown>>
let main: Main

const marks = () => env.cloud.store.count('my_items', { kind: 'probe' })

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'legal' }], { name: '赵律', community: '黄河西路第一社区', address: '1号楼' })
  env.givenResident(RESIDENT, '钱多多', '黄河西路第一社区')
  connectSdk(env.cloud.url)
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID'
  process.env.WX_APPID = 'wxlocalcloud'
  const { createHandler } = require('../../cloudfunctions/_kernel/handler') as typeof import('../../cloudfunctions/_kernel/handler')
  const { db } = require('../../cloudfunctions/_kernel/cloud') as typeof import('../../cloudfunctions/_kernel/cloud')
  const { lookupCaller, takeCaller } = require('../../cloudfunctions/_kernel/users') as typeof import('../../cloudfunctions/_kernel/users')
  const Mark = z.strictObject({ id: z.string().regex(/^[a-z-]{1,20}$/) })
  const Marked = z.object({ id: z.string() })
  const probe = defineFunction(
    'probe',
    {
      // wrong: writes, then reads its caller
      markThenRead: action(Mark, Marked, { roles: ['centerStaff'], submits: 'keyed', rolesInRead: true }),
      // right: reads the caller with its first read, then writes
      readThenMark: action(Mark, Marked, { roles: ['centerStaff'], submits: 'keyed', rolesInRead: true }),
    },
    { center: 'legal' },
  )
  const mark = (id: string) => db.collection('my_items').doc(`probe_${id}`).set({ data: { kind: 'probe', ownerId: id } })
  const readCaller = async (ctx: { actorId: string | null; knowCaller(user: unknown): void }) => {
    const { list } = await db.collection('users').aggregate().match({ _id: ctx.actorId ?? '' }).lookup(lookupCaller(ctx.actorId)).end()
    ctx.knowCaller(list[0] ? takeCaller(list[0]).caller : null)
  }
  main = createHandler(probe, {
    markThenRead: async ({ id }, ctx) => {
      await mark(id)
      await readCaller(ctx as never)
      return { id }
    },
    readThenMark: async ({ id }, ctx) => {
      await readCaller(ctx as never)
      await mark(id)
      return { id }
    },
  }) as Main
})

const call = (openid: string, name: string, id: string) => {
  process.env.WX_OPENID = openid
  return main({ action: name, input: { id } })
}

describe('rolesInRead', () => {
  it('refuses a write made before the caller’s roles are known, for staff and residents alike, and writes nothing', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await call(STAFF, 'markThenRead', 'early-staff')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await call(RESIDENT, 'markThenRead', 'early-resident')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(marks()).toBe(0)
    // the bug is logged for the developers, as every unexpected error is
    expect(logged.mock.calls.map(([line]) => String(line))).toEqual([expect.stringContaining('[probe.markThenRead]'), expect.stringContaining('[probe.markThenRead]')])
    logged.mockRestore()
  })

  it('lets staff write once their roles were checked in the first read, and gives a resident FORBIDDEN with nothing written', async () => {
    expect(await call(STAFF, 'readThenMark', 'checked')).toEqual({ ok: true, data: { id: 'checked' } })
    expect(await call(RESIDENT, 'readThenMark', 'not-staff')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(env.cloud.store.find('my_items', { query: { kind: 'probe' } }).map((d) => d.ownerId)).toEqual(['checked'])
  })

  it('refuses to build a handler that would write its idempotency record before the roles are known', () => {
    const { createHandler } = require('../../cloudfunctions/_kernel/handler') as typeof import('../../cloudfunctions/_kernel/handler')
    const bad = defineFunction('bad', { step: action(z.strictObject({}), z.object({}), { roles: ['centerStaff'], submits: true, rolesInRead: true }) })
    expect(() => createHandler(bad, { step: async () => ({}) })).toThrow(/rolesInRead needs submits 'keyed'/)
  })
})
