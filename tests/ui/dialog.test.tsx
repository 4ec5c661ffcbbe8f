import { act, fireEvent, render, screen } from '@testing-library/react'
import { Screen } from '@/components/screen'
import { confirmAction, TOAST_MS, toastDone } from '@/services/dialog'
import { setElderMode } from '@/services/display'
import { resetTaro } from '../support/taro'

/** Opens the app's question the way a page does (a React update, hence act). */
function ask() {
  let answer!: Promise<boolean>
  act(() => {
    answer = confirmAction({ title: '取消报名', content: '确定取消「冬日暖阳」的报名吗？名额将让给候补的居民。', confirmText: '确定取消' })
  })
  return answer
}

beforeEach(() => resetTaro())

describe.each([
  ['标准版', false],
  ['长辈版', true],
])('the app’s own question and toast (%s)', (_mode, elder) => {
  beforeEach(() => act(() => setElderMode(elder)))
  afterAll(() => act(() => setElderMode(false)))

  it('asks in a modal alert dialog named by its title, inside the screen’s tokens for the mode', async () => {
    const { container } = render(<Screen><button type='button'>取消报名</button></Screen>)
    const answer = ask()
    const dialog = screen.getByRole('alertdialog', { name: '取消报名' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toContain('名额将让给候补的居民')
    // the dialog takes its sizes from the page: 长辈版's 24 px text and 60 px buttons reach it
    expect(container.querySelector(elder ? '.screen--elder .app-dialog' : '.screen:not(.screen--elder) .app-dialog')).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '确定取消' }))
    await expect(answer).resolves.toBe(true)
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('moves focus onto the safe choice when it opens and back when it closes', async () => {
    render(<Screen><button type='button'>取消报名</button></Screen>)
    const opener = screen.getByRole('button', { name: '取消报名' })
    opener.focus()
    const answer = ask()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '再想想' }))
    fireEvent.click(screen.getByRole('button', { name: '再想想' }))
    await expect(answer).resolves.toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('answers 再想想 on Escape, and when another question replaces it', async () => {
    render(<Screen>页面</Screen>)
    const first = ask()
    const second = ask()
    await expect(first).resolves.toBe(false)
    fireEvent.keyDown(document, { key: 'Escape' })
    await expect(second).resolves.toBe(false)
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('says what is done in a live region and clears it after a moment', () => {
    jest.useFakeTimers()
    try {
      render(<Screen>页面</Screen>)
      const region = screen.getByRole('status')
      expect(region.getAttribute('aria-live')).toBe('polite')
      act(() => void toastDone('报名成功'))
      expect(region.textContent).toContain('报名成功')
      act(() => jest.advanceTimersByTime(TOAST_MS))
      expect(region.textContent).toBe('')
    } finally {
      jest.useRealTimers()
    }
  })
})
