import { CloudCallError, callCloud } from '@/services/cloud'
import { failureOf } from '@/services/cloud-errors'
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
    await expect(callCloud(account, 'whoami', {})).rejects.toMatchObject({ code: 'INTERNAL', message: '网络不可用，请检查网络后重试' })
  })

  it('never passes on developer words: a missing function says the service is unavailable and what to do', async () => {
    global.fetch = jest.fn(async () => ({ status: 404, json: async () => ({ ok: false, error: { code: 'NOT_FOUND', message: '没有这个云函数' } }) }) as Response) as typeof fetch
    const error = await callCloud(account, 'whoami', {}).catch((e) => e)
    expect(error.message).toBe('这项服务暂时无法使用，请稍后再试；急需办理请到中心窗口或联系社区')
    expect(error.message).not.toContain('云函数')
  })

  it('replaces a technical message from the server with the plain sentence for its code', async () => {
    fakeGateway(() => ({ ok: false, error: { code: 'INTERNAL', message: '云函数运行失败' } }))
    await expect(callCloud(account, 'whoami', {})).rejects.toMatchObject({ message: '系统繁忙，请稍后再试' })
    fakeGateway(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Error: collection.get:fail -502005 database collection not exists' } }))
    await expect(callCloud(account, 'whoami', {})).rejects.toMatchObject({ message: '没有找到相关内容，可能已被删除' })
  })

  it('says a reply that is not ours (a proxy page, a timeout) in plain words', async () => {
    global.fetch = jest.fn(async () => ({ status: 504, json: async () => JSON.parse('<html>') }) as Response) as typeof fetch
    await expect(callCloud(account, 'whoami', {})).rejects.toMatchObject({ code: 'INTERNAL', message: '服务器响应超时，请稍后重试；如果刚才是提交，请先刷新看看是否已经成功' })
  })

  it('sorts WeChat’s own failures by what the person can do', () => {
    expect(failureOf({ errMsg: 'cloud.callFunction:fail request:fail' })).toBe('offline')
    expect(failureOf({ errMsg: 'cloud.callFunction:fail Error: errCode: -404011 cloud function execution error' })).toBe('missing')
    expect(failureOf({ errMsg: 'cloud.callFunction:fail Error: errCode: -504003 Invoking task timed out after 3 seconds' })).toBe('timeout')
    expect(failureOf({ errMsg: 'cloud.uploadFile:fail network error' })).toBe('offline')
  })
})
