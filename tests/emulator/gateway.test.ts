import { withLocalCloud } from '../support/local-cloud'
import { ROLE_NAMES } from '@/shared/domain/roles'

const env = withLocalCloud({ seed: true })

const post = (fn: string, body: unknown, openid?: string) =>
  fetch(`${env.cloud.url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(body),
  })

describe('local gateway', () => {
  it('publishes every function, its actions, roles and input JSON Schema', async () => {
    const api = await (await fetch(`${env.cloud.url}/api`)).json()
    const account = api.functions.find((f: { name: string }) => f.name === 'account')
    const update = account.actions.find((a: { name: string }) => a.name === 'updateProfile')
    expect(update.roles).toEqual(['resident'])
    expect(update.submits).toBe(true)
    expect(update.input.required).toEqual(expect.arrayContaining(['name', 'community', 'address']))
    expect(update.input.additionalProperties).toBe(false)
  })

  it('lists a seeded persona for every role', async () => {
    const personas: Array<{ openid: string; roles: Array<{ role: string }> }> = await (await fetch(`${env.cloud.url}/api/personas`)).json()
    const roles = new Set(personas.flatMap((p) => p.roles.map((r) => r.role)))
    // every role the platform and its centers declare: a developer can try each from the persona picker
    expect([...roles].sort()).toEqual([...ROLE_NAMES].sort())
    expect(personas.every((p) => !/^\d+$/.test(p.openid))).toBe(true)
  })

  it('runs a function as the persona in x-openid and reports its database requests', async () => {
    const response = await post('account', { action: 'whoami', input: {} }, 'persona-staff-affairs')
    expect(response.headers.get('x-db-requests')).toBe('1')
    expect(await response.json()).toMatchObject({ ok: true, data: { roles: [{ role: 'resident' }, { role: 'centerStaff', center: 'affairs' }] } })
  })

  it('accepts any new openid as a new resident and none as a visitor', async () => {
    expect(await (await post('account', { action: 'whoami', input: {} }, 'brand-new-person')).json()).toMatchObject({ ok: true, data: { profile: null } })
    expect(await (await post('account', { action: 'whoami', input: {} })).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('answers a 1 MB string with INVALID_INPUT, not a transport error', async () => {
    const response = await post('account', { action: 'updateProfile', input: { name: 'x'.repeat(1024 * 1024), community: '黄河西路第一社区', address: '1' } }, 'big-sender')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it.each([
    ['a body that is not JSON', 'application/json', '{"action": "whoami",'],
    ['an empty JSON body', 'application/json', ''],
    ['a body with a __proto__ key', 'application/json', '{"action":"whoami","input":{},"__proto__":{"admin":true}}'],
    ['a nested __proto__ key', 'application/json', '{"action":"updateProfile","input":{"__proto__":{"roles":["admin"]}}}'],
    ['a constructor.prototype key', 'application/json', '{"action":"whoami","input":{"constructor":{"prototype":{"admin":true}}}}'],
  ])('answers %s with our INVALID_INPUT envelope, not the web framework error', async (_case, type, body) => {
    const response = await fetch(`${env.cloud.url}/api/account`, { method: 'POST', headers: { 'content-type': type, 'x-openid': 'odd-sender' }, body })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const reply = await response.json()
    expect(reply).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  })

  it('answers a body over the size limit with our INVALID_INPUT envelope', async () => {
    const body = JSON.stringify({ action: 'whoami', input: { junk: 'x'.repeat(17 * 1024 * 1024) } })
    const response = await fetch(`${env.cloud.url}/api/account`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': 'odd-sender' }, body })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  })

  describe('upload', () => {
    const upload = (path: string, openid?: string, body: string = 'photo') =>
      fetch(`${env.cloud.url}/api/_upload?path=${encodeURIComponent(path)}`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg', ...(openid ? { 'x-openid': openid } : {}) },
        body,
      })
    const prepare = async (openid: string) => {
      const reply = await (await post('account', { action: 'prepareUpload', input: { purpose: 'applicationMaterial', exts: ['jpg'] } }, openid)).json()
      return reply.data.cloudPaths[0] as string
    }

    it('stores a file at a path prepared for the caller and returns its fileID', async () => {
      const path = await prepare('upload-owner')
      const response = await upload(path, 'upload-owner')
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ ok: true, data: { fileID: `cloud://local-env.local/${path}` } })
    })

    it('refuses a path prepared for someone else, leaving their file as it was', async () => {
      const path = await prepare('upload-owner')
      await upload(path, 'upload-owner', 'original')
      const response = await upload(path, 'upload-intruder', 'replaced')
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await (await fetch(`${env.cloud.url}/storage/files/${path}`)).text()).toBe('original')
    })

    it.each([
      ['a path nobody prepared', `uploads/applicationMaterial/${'a'.repeat(32)}.jpg`],
      ['a free-form path, as uploads used to take', 'applications/svc-laonian-youdai/1764464400000-0.jpg'],
      ['a path that climbs out of the folder', '../cloud.sqlite'],
    ])('refuses %s', async (_case, path) => {
      const response = await upload(path, 'upload-owner')
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
    })

    it('refuses an upload without a persona, and an empty file', async () => {
      const path = await prepare('upload-owner')
      expect(await (await upload(path)).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
      expect(await (await upload(path, 'upload-owner', '')).json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    })
  })

  it('says which function does not exist', async () => {
    const response = await post('nosuchfn', { action: 'x' }, 'someone')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('listens on the loopback address only', () => {
    expect(new URL(env.cloud.url).hostname).toBe('127.0.0.1')
  })

  it('shows the subscription-message outbox as a page', async () => {
    const html = await (await fetch(`${env.cloud.url}/dev/outbox`)).text()
    expect(html).toContain('订阅消息发件箱')
  })
})
