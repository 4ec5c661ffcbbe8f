/** 居民服务中心 checked from outside: a member of staff giving themself the address badge that lets them vote. */
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

const now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'voice-staff'
const COLLEAGUE = 'voice-colleague'

beforeAll(() => {
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'residents' }], { name: '韩梅', community: '黄河西路第二社区', address: '8号楼1单元101' })
  env.givenUser(COLLEAGUE, [{ role: 'centerStaff', center: 'residents' }], { name: '方明', community: '黄河西路第一社区', address: '1号楼' })
})

it('keeps a member of staff from verifying their own address; a colleague does', async () => {
  dataOf(await env.call(STAFF, 'voice', 'askVerification', {}))
  const row = dataOf(await env.call(STAFF, 'voice', 'listVerifications', {})).items.find((r) => r.name === '韩梅')
  expect(errorOf(await env.call(STAFF, 'voice', 'verifyAddress', { verificationId: row?.id as string, approve: true })).code).toBe('FORBIDDEN')
  expect(dataOf(await env.call(STAFF, 'voice', 'myVerification', {}))).toMatchObject({ verified: false, pending: true })
  dataOf(await env.call(COLLEAGUE, 'voice', 'verifyAddress', { verificationId: row?.id as string, approve: true }))
  expect(dataOf(await env.call(STAFF, 'voice', 'myVerification', {}))).toMatchObject({ verified: true, community: '黄河西路第二社区', building: '8号楼' })
})
