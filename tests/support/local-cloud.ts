/**
 * A fresh local cloud per test file: in-memory database, the bundled functions from dist/cloudfunctions
 * (built by `npm test` first), the real wx-server-sdk inside them. Nothing of ours is mocked.
 */
import type { Contracts, FunctionName } from '@/shared/contracts'
import type { ActionName, InputOf, OutputOf } from '@/shared/contracts/define'
import type { FileExt, FilePurpose } from '@/shared/domain/files'
import type { Role } from '@/shared/domain/roles'
import { TEMPLATES, type TemplateName } from '@/shared/domain/templates'
import type { CloudResult } from '@/shared/result'
import { type LocalCloud, type LocalCloudOptions, startLocalCloud } from '../../emulator/local-cloud'

export interface CallExtras {
  requestId?: string
  onBehalfOf?: string
}

export function withLocalCloud(options: LocalCloudOptions = {}) {
  let cloud: LocalCloud | null = null

  beforeAll(async () => {
    cloud = await startLocalCloud({ h5Dir: null, seed: false, ...options })
  })
  afterAll(async () => {
    // every notice a test delivered had fields WeChat accepts (47003 would lose it in production)
    const refused = cloud?.store.find('outbox_refused', { query: { errcode: 47003 }, limit: 5 }) ?? []
    await cloud?.close()
    expect(refused.map((r) => `${r.templateId}: ${r.reason}`)).toEqual([])
  })

  const env = {
    get cloud(): LocalCloud {
      if (!cloud) throw new Error('local cloud not started')
      return cloud
    },
    /** Calls an action as `openid` (null: a visitor) and returns the function's reply. */
    async call<F extends FunctionName, A extends ActionName<Contracts[F]>>(
      openid: string | null,
      fn: F,
      action: A,
      input: InputOf<Contracts[F], A>,
      extras: CallExtras = {},
    ): Promise<CloudResult<OutputOf<Contracts[F], A>>> {
      const { result } = await env.cloud.invoke(fn, { action, input, ...extras }, openid)
      return result as CloudResult<OutputOf<Contracts[F], A>>
    },
    /**
     * Calls an action and counts the database requests it made, as the local store counts them per invocation:
     * in WeChat's cloud each is a network round trip and counts against the quota (the request budgets of issue 11).
     */
    async counted<F extends FunctionName, A extends ActionName<Contracts[F]>>(
      openid: string | null,
      fn: F,
      action: A,
      input: InputOf<Contracts[F], A>,
      extras: CallExtras = {},
    ): Promise<{ result: CloudResult<OutputOf<Contracts[F], A>>; requests: number }> {
      const { result, dbRequests } = await env.cloud.invoke(fn, { action, input, ...extras }, openid)
      return { result: result as CloudResult<OutputOf<Contracts[F], A>>, requests: dbRequests }
    },
    /** Sends any event at all, for the garbage tests. */
    async raw(openid: string | null, fn: string, event: unknown) {
      return env.cloud.invoke(fn, event, openid)
    },
    /**
     * Uploads a file as `openid` the way the H5 app does: a path from account.prepareUpload, then the
     * gateway's upload. Returns the fileID.
     */
    async upload(openid: string, purpose: FilePurpose, content = 'photo', ext: FileExt = 'jpg'): Promise<string> {
      const { cloudPaths } = dataOf(await env.call(openid, 'account', 'prepareUpload', { purpose, exts: [ext] }))
      const response = await fetch(`${env.cloud.url}/api/_upload?path=${encodeURIComponent(cloudPaths[0])}`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg', 'x-openid': openid },
        body: content,
      })
      return dataOf((await response.json()) as CloudResult<{ fileID: string }>).fileID
    },
    /** The person tapped 允许 for these notices (each allows one message, as in WeChat). */
    grant(openid: string, templates: TemplateName[], times = 1) {
      env.cloud.grant(openid, templates.map((t) => TEMPLATES[t]), times)
    },
    /** Fires the notice senders as their timers would, until nothing is due: returns how many were delivered. */
    deliver: () => env.cloud.deliverNotices(),
    /** A resident who has filled in their profile (what booking and applying require). */
    givenResident(openid: string, name = '测试居民', community = '黄河西路第一社区') {
      env.givenUser(openid, [], { name, community, address: '1号楼1单元101' }, '13800000000')
    },
    /** `openid` as a resident with a profile (what signing up, booking and applying require), unless already known. */
    resident(openid: string): string {
      if (!env.cloud.store.count('users', { _id: openid })) env.givenResident(openid)
      return openid
    },
    /** A person already known to the platform, with stored roles (what an administrator would have granted). */
    givenUser(openid: string, roles: Role[] = [], profile: { name: string; community: string; address: string; birthYear?: number } | null = null, phone: string | null = null) {
      const now = new Date()
      env.cloud.store.insert('users', [{ _id: openid, profile, phone, roles, createdAt: now, updatedAt: now }])
    },
  }
  return env
}

/** Unwraps a successful reply, failing the test with the error otherwise. */
export function dataOf<T>(result: CloudResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`)
  return result.data
}

export function errorOf<T>(result: CloudResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`)
  return result.error
}
