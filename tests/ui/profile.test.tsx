import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ProfilePage from '@/account/pages/profile'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const newcomer = { ok: true as const, data: { openid: 'visitor-1', profile: null, roles: [{ role: 'resident' }] } }

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'visitor-1')
})

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('个人资料 page', () => {
  it('shows what to fix next to each field and keeps what was typed', async () => {
    const sent = fakeGateway(() => newcomer)
    render(<ProfilePage />)
    type(await screen.findByText('姓名').then(() => '姓名'), '王')
    type('手机号（选填）', '12345')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('姓名至少 2 个字')).toBeTruthy()
    expect(screen.getByText('请选择所在社区')).toBeTruthy()
    expect(screen.getByText('请填写详细地址')).toBeTruthy()
    expect(screen.getByText('请填写 11 位手机号')).toBeTruthy()
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('王')
    expect(screen.getByLabelText('姓名').getAttribute('aria-invalid')).toBe('true')
    // nothing invalid was sent to the server
    expect(sent.filter((c) => c.body.action === 'updateProfile')).toHaveLength(0)
  })

  it('saves a complete profile once and goes back', async () => {
    const sent = fakeGateway(({ body }) => (body.action === 'whoami' ? newcomer : { ok: true, data: newcomer.data }))
    render(<ProfilePage />)
    type(await screen.findByText('姓名').then(() => '姓名'), '王秀兰')
    fireEvent.click(screen.getByRole('button', { name: '第二社区' }))
    type('详细地址', '5号楼2单元301')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(navigations).toEqual(['back']))
    const saves = sent.filter((c) => c.body.action === 'updateProfile')
    expect(saves.map((c) => c.body.input)).toEqual([{ name: '王秀兰', community: '黄河西路第二社区', address: '5号楼2单元301' }])
    expect((saves[0].body as { requestId?: string }).requestId).toMatch(/^[a-z0-9]{8,}$/)
    // the app's own toast, in the live region screen readers announce
    expect(screen.getByRole('status').textContent).toContain('已保存')
  })

  it('keeps the form and the same request id when saving fails, so a retry cannot save twice', async () => {
    let fail = true
    const sent = fakeGateway(({ body }) => {
      if (body.action === 'whoami') return newcomer
      if (fail) return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
      return { ok: true, data: newcomer.data }
    })
    render(<ProfilePage />)
    type(await screen.findByText('姓名').then(() => '姓名'), '李建国')
    fireEvent.click(screen.getByRole('button', { name: '第一社区' }))
    type('详细地址', '3号楼')
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('保存失败：系统繁忙，请稍后再试')).toBeTruthy()
    expect((screen.getByLabelText('详细地址') as HTMLInputElement).value).toBe('3号楼')
    fail = false
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(navigations).toEqual(['back']))
    const ids = sent.filter((c) => c.body.action === 'updateProfile').map((c) => (c.body as { requestId?: string }).requestId)
    expect(ids).toHaveLength(2)
    expect(ids[0]).toBe(ids[1])
  })
})
