import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import RolesPage from '@/account/pages/roles'
import type { CloudResult } from '@/shared/result'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const chen = { openid: 'persona-affairs-chen', name: '陈敏', maskedPhone: '138****5678', community: '黄河西路第一社区', roles: [{ role: 'resident' }] }
const lost = { ok: false as const, error: { code: 'INTERNAL' as const, message: '系统繁忙，请稍后再试' } }
const idsOf = (sent: SentCall[]) => sent.filter((c) => c.body.action === 'grantRole').map((c) => (c.body as { requestId?: string }).requestId)

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'persona-admin-ma')
})

describe('人员与角色管理 page', () => {
  it('grants a role again with the same request id after a lost reply, and another role with a new one', async () => {
    const replies: CloudResult<unknown>[] = [lost, { ok: true, data: { done: true } }, lost]
    const sent = fakeGateway(({ body }) => {
      if (body.action === 'listOrgs') return { ok: true, data: { items: [], page: 1, pageSize: 50, hasMore: false } }
      if (body.action === 'findUsers') return { ok: true, data: { items: [chen], page: 1, pageSize: 10, hasMore: false } }
      return replies.shift() ?? lost
    })
    render(<RolesPage />)
    fireEvent.change(screen.getByLabelText('姓名或手机号'), { target: { value: '陈敏' } })
    fireEvent.click(screen.getByRole('button', { name: '查找' }))
    fireEvent.click(await screen.findByRole('button', { name: '律师' }))
    fireEvent.click(screen.getByRole('button', { name: '授予「律师」' }))
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '授予「律师」' }))
    expect(await screen.findByText('已授予「律师」')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '调解员' }))
    fireEvent.click(screen.getByRole('button', { name: '授予「调解员」' }))
    await waitFor(() => expect(idsOf(sent)).toHaveLength(3))
    const [lawyer, lawyerRetry, mediator] = idsOf(sent)
    expect(lawyerRetry).toBe(lawyer)
    expect(mediator).not.toBe(lawyer)
    expect(sent.filter((c) => c.body.action === 'grantRole').map((c) => c.body.input)).toEqual([
      { openid: 'persona-affairs-chen', role: { role: 'lawyer' } },
      { openid: 'persona-affairs-chen', role: { role: 'lawyer' } },
      { openid: 'persona-affairs-chen', role: { role: 'mediator' } },
    ])
  })
})
