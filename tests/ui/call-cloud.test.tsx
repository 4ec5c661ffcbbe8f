import { CloudCallError, callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import { fakeGateway } from '../support/fake-gateway'

describe('callCloud', () => {
  beforeEach(() => window.localStorage.setItem('localcloud.openid', 'persona-resident-li'))

  it('checks the input against the contract before sending anything', async () => {
    const sent = fakeGateway(() => ({ ok: true, data: {} }))
    const error = await callCloud(account, 'updateProfile', { name: '李', community: '黄河西路第一社区', address: '' }).catch((e) => e)
    expect(error).toBeInstanceOf(CloudCallError)
    expect(error.fields).toEqual({ name: '姓名至少 2 个字', address: '请填写详细地址' })
    expect(sent).toHaveLength(0)
  })

  it('sends the action as the chosen persona and returns the data', async () => {
    const sent = fakeGateway(() => ({ ok: true, data: { openid: 'persona-resident-li', profile: null, roles: [{ role: 'resident' }] } }))
    const me = await callCloud(account, 'whoami', {})
    expect(me.roles).toEqual([{ role: 'resident' }])
    expect(sent).toEqual([{ fn: 'account', body: { action: 'whoami', input: {} }, openid: 'persona-resident-li' }])
  })

  it('turns a server refusal into an error with the server’s Chinese message', async () => {
    fakeGateway(() => ({ ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } }))
    await expect(callCloud(account, 'findUsers', { keyword: '王' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: '您没有权限进行此操作' })
  })

  it('says to check the network when the call cannot be made', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    await expect(callCloud(account, 'whoami', {})).rejects.toMatchObject({ code: 'INTERNAL', message: '网络连接失败，请检查网络后重试' })
  })
})
