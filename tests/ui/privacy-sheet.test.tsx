import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Screen } from '@/components/screen'
import { AgreeButton } from '@/components/privacy-sheet/agree-button.weapp'
import { copyText } from '@/services/clipboard'
import { PRIVACY_GUIDE_URL, beforePrivacyApi } from '@/services/privacy'
import { askPrivacy, type PrivacyDecision } from '@/services/privacy-requests'
import { resetTaro } from '../support/taro'

/** WeChat's side of onNeedPrivacyAuthorization: a privacy API waits on `resolve`. */
function weChatAsks(referrer = 'chooseMedia') {
  const answers: PrivacyDecision[] = []
  act(() => askPrivacy({ referrer, resolve: (d) => answers.push(d) }))
  return answers
}

/** Calls a privacy API of the browser, which shows the sheet (a React update, hence act). */
function calling<T>(api: () => Promise<T>): Promise<T> {
  let result!: Promise<T>
  act(() => {
    result = api()
  })
  return result
}

beforeEach(() => {
  resetTaro()
  window.localStorage.clear()
})

describe('privacy sheet', () => {
  it('stays hidden until a privacy API needs the guide', () => {
    render(<Screen>页面</Screen>)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('says what is about to happen and resolves agree with the id of the button tapped', async () => {
    render(<Screen>页面</Screen>)
    const answers = weChatAsks('chooseMedia')
    const sheet = await screen.findByRole('dialog', { name: '个人信息保护提示' })
    expect(sheet.textContent).toContain('选择或拍摄照片')
    const agree = screen.getByRole('button', { name: '同意' })
    fireEvent.click(agree)
    expect(answers).toEqual([{ event: 'agree', buttonId: agree.id }])
    expect(agree.id).toMatch(/^privacy-agree-/)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('resolves disagree on 拒绝, so the API fails and the page goes on', async () => {
    render(<Screen>页面</Screen>)
    const answers = weChatAsks('setClipboardData')
    fireEvent.click(await screen.findByRole('button', { name: '拒绝' }))
    expect(answers).toEqual([{ event: 'disagree' }])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('opens the privacy guide from its link', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null)
    render(<Screen>页面</Screen>)
    weChatAsks()
    fireEvent.click(await screen.findByRole('button', { name: '查看《用户隐私保护指引》' }))
    expect(open).toHaveBeenCalledWith(PRIVACY_GUIDE_URL, '_blank', 'noopener')
    // reading the guide does not answer: the sheet is still there
    expect(screen.getByRole('dialog')).toBeTruthy()
    open.mockRestore()
  })

  it('answers an earlier question disagree when a new one comes, so no API waits for ever', async () => {
    render(<Screen>页面</Screen>)
    const first = weChatAsks('chooseMedia')
    const second = weChatAsks('setClipboardData')
    expect(first).toEqual([{ event: 'disagree' }])
    expect(await screen.findByText(/复制内容/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '同意' }))
    expect(second).toEqual([expect.objectContaining({ event: 'agree' })])
  })

  it('in WeChat is an agreePrivacyAuthorization button that answers only on its own event', () => {
    const agreed: string[] = []
    // the jsdom stand-in renders WeChat's props as DOM attributes, which React warns about
    const warn = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    render(<AgreeButton id='privacy-agree-x' onAgree={(id) => agreed.push(id)} />)
    warn.mockRestore()
    const button = screen.getByRole('button', { name: '同意' })
    expect(button.getAttribute('openType')).toBe('agreePrivacyAuthorization')
    expect(button.id).toBe('privacy-agree-x')
    // a plain tap is not the agree event WeChat checks for
    fireEvent.click(button)
    expect(agreed).toEqual([])
  })
})

describe('privacy in the browser', () => {
  it('asks once before the first privacy API and remembers 同意', async () => {
    render(<Screen>页面</Screen>)
    const first = calling(() => beforePrivacyApi('chooseMedia'))
    fireEvent.click(await screen.findByRole('button', { name: '同意' }))
    await expect(first).resolves.toBe(true)
    await expect(beforePrivacyApi('setClipboardData')).resolves.toBe(true)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('asks again next time after 拒绝', async () => {
    render(<Screen>页面</Screen>)
    const first = calling(() => beforePrivacyApi('chooseMedia'))
    fireEvent.click(await screen.findByRole('button', { name: '拒绝' }))
    await expect(first).resolves.toBe(false)
    void calling(() => beforePrivacyApi('chooseMedia'))
    expect(await screen.findByRole('dialog')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '拒绝' }))
  })

  it('copies nothing and says so when the guide is declined, without an error', async () => {
    render(<Screen>页面</Screen>)
    const copied = calling(() => copyText('https://example.test/roster.xlsx'))
    fireEvent.click(await screen.findByRole('button', { name: '拒绝' }))
    await waitFor(() => expect(copied).resolves.toBe(false))
  })
})
