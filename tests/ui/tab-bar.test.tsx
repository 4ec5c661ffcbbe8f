import { act, fireEvent, render, screen } from '@testing-library/react'
import { Screen } from '@/components/screen'
import { TabBarSlot as WeChatSlot } from '@/components/screen/tab-bar-slot.weapp'
import { TabBar } from '@/components/tab-bar'
import { setElderMode } from '@/services/display'
import CustomTabBar from '@/custom-tab-bar'
import { navigations, resetTaro } from '../support/taro'

afterEach(() => act(() => setElderMode(false)))

describe('the tab bar', () => {
  it('ends 首页 and 我的 in the browser build, saying which page is on screen', () => {
    resetTaro({ path: '/pages/mine/index' })
    render(<Screen>我的</Screen>)
    const nav = screen.getByRole('navigation', { name: '主导航' })
    expect(nav).toBeTruthy()
    expect(screen.getByRole('button', { name: '我的' }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('button', { name: '首页' }).getAttribute('aria-current')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '首页' }))
    expect(navigations).toEqual(['tab:/pages/home/index'])
  })

  it('is not on pages outside the tab bar', () => {
    resetTaro({ path: '/centers/affairs/pages/book/index' })
    render(<Screen>预约</Screen>)
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('follows 长辈版', () => {
    resetTaro({ path: '/pages/home/index' })
    const { container } = render(<TabBar current='/pages/home/index' />)
    expect(container.querySelector('.tab-bar--elder')).toBeNull()
    act(() => setElderMode(true))
    expect(container.querySelector('.tab-bar.tab-bar--elder')).not.toBeNull()
  })

  it('in WeChat, follows the tab page that shows and keeps an invisible copy at the page’s end', () => {
    resetTaro({ path: 'pages/home/index' })
    render(<CustomTabBar />)
    expect(screen.getByRole('button', { name: '首页' }).getAttribute('aria-current')).toBe('page')
    resetTaro({ path: 'pages/mine/index' })
    const { container } = render(<WeChatSlot />)
    expect(container.querySelector('.tab-bar--space')?.getAttribute('aria-hidden')).toBe('true')
    // the bar drawn by WeChat now marks 我的
    const visible = screen.getAllByRole('button', { name: '我的' }).filter((b) => !b.closest('[aria-hidden="true"]'))
    expect(visible.map((b) => b.getAttribute('aria-current'))).toEqual(['page'])
  })
})
