import { fireEvent, render, screen } from '@testing-library/react'
import Home from '@/pages/home'
import { CENTERS, centerEntryPath } from '@/shared/domain/centers'
import { navigations, resetTaro } from '../support/taro'

beforeEach(() => resetTaro())

describe('home page', () => {
  it('shows the eight centers, each a button named by its visible name and purpose', () => {
    render(<Home />)
    for (const center of CENTERS) {
      expect(screen.getByRole('button', { name: new RegExp(`${center.name}.*${center.purpose}`) })).toBeTruthy()
    }
  })

  it('opens a center’s subpackage when its card is tapped', () => {
    render(<Home />)
    fireEvent.click(screen.getByRole('button', { name: /法律援助服务中心/ }))
    expect(navigations).toEqual([centerEntryPath('legal')])
  })

  it('switches 长辈版 on and off, says so in words and remembers it', () => {
    const { container, unmount } = render(<Home />)
    const toggle = screen.getByRole('button', { name: /长辈版/ })
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(toggle.textContent).toContain('开启')
    fireEvent.click(toggle)
    expect(screen.getByRole('button', { name: /长辈版/ }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: /长辈版/ }).textContent).toContain('已开启')
    expect(container.querySelector('.screen')?.className).toContain('screen--elder')
    unmount()
    // a page opened later reads the same choice
    const again = render(<Home />)
    expect(again.container.querySelector('.screen--elder')).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /长辈版/ }))
    expect(again.container.querySelector('.screen--elder')).toBeNull()
  })
})
