import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import OrgsPage from '@/centers/culture/pages/orgs'
import type { CloudResult } from '@/shared/result'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const admin = { openid: 'persona-admin-ma', profile: null, roles: [{ role: 'resident' }, { role: 'admin' }] }
const org = {
  id: 'org-1',
  name: '夕阳红合唱团',
  kind: 'grassroots',
  fields: ['文化'],
  centers: ['culture'],
  contactName: '刘芳',
  contactPhone: '13800001234',
  intro: '社区老年人合唱',
}
const lost = { ok: false as const, error: { code: 'INTERNAL' as const, message: '系统繁忙，请稍后再试' } }

/** The registry as the street administrator sees it; `act` answers createOrg, createInvite and redeemInvite. */
function registry(act: (call: SentCall) => CloudResult<unknown>, orgs: unknown[] = []) {
  return fakeGateway((call) => {
    if (call.body.action === 'whoami') return { ok: true, data: admin }
    if (call.body.action === 'listOrgs') return { ok: true, data: { items: orgs, page: 1, pageSize: 10, hasMore: false } }
    return act(call)
  })
}
const idsOf = (sent: SentCall[], action: string) => sent.filter((c) => c.body.action === action).map((c) => (c.body as { requestId?: string }).requestId)
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

async function fillRegistration() {
  fireEvent.click(await screen.findByRole('button', { name: '登记社会组织（管理员）' }))
  type('机构名称', org.name)
  const form = screen.getByText('登记社会组织').closest('.card') as HTMLElement
  fireEvent.click(within(form).getByRole('button', { name: '文化' }))
  type('联系人', org.contactName)
  type('联系电话', org.contactPhone)
  type('机构简介', org.intro)
}

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'persona-admin-ma')
})

describe('社会组织 page', () => {
  it('registers an organization again with the same request id after a lost reply, so it is created once', async () => {
    const replies: CloudResult<unknown>[] = [lost, { ok: true, data: org }]
    const sent = registry(() => replies.shift() ?? lost)
    render(<OrgsPage />)
    await fillRegistration()
    fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '确认登记' })).toBeNull())
    const ids = idsOf(sent, 'createOrg')
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(ids[0])
    expect(sent.filter((c) => c.body.action === 'createOrg')[0].body.input).toMatchObject({ name: '夕阳红合唱团', kind: 'registered', fields: ['文化'], centers: ['culture'] })
  })

  it('starts a new registration after a refusal', async () => {
    const replies: CloudResult<unknown>[] = [{ ok: false, error: { code: 'CONFLICT', message: '已有同名机构' } }, { ok: true, data: org }]
    const sent = registry(() => replies.shift() ?? lost)
    render(<OrgsPage />)
    await fillRegistration()
    fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
    expect(await screen.findByText('已有同名机构')).toBeTruthy()
    type('机构名称', '夕阳红合唱二团')
    fireEvent.click(screen.getByRole('button', { name: '确认登记' }))
    await waitFor(() => expect(idsOf(sent, 'createOrg')).toHaveLength(2))
    const [first, second] = idsOf(sent, 'createOrg')
    expect(second).not.toBe(first)
  })

  it('keeps the invite code request id across a lost reply, so one code is made', async () => {
    const replies: CloudResult<unknown>[] = [lost, { ok: true, data: { code: 'AB12CD34', orgId: 'org-1', orgName: org.name, expiresAt: '2026-12-08T01:00:00.000Z' } }]
    const sent = registry(() => replies.shift() ?? lost, [org])
    render(<OrgsPage />)
    const invite = await screen.findByRole('button', { name: '生成工作人员邀请码' })
    fireEvent.click(invite)
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy()
    fireEvent.click(invite)
    expect(await screen.findByText(/邀请码 AB12CD34/)).toBeTruthy()
    const ids = idsOf(sent, 'createInvite')
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(ids[0])
  })
})
