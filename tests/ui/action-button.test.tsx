import { render, screen } from '@testing-library/react'
import { ActionButton } from '@/components/action-button'
import { ActionButton as WeChatButton } from '@/components/action-button/index.weapp'

describe('a main button that cannot be used yet', () => {
  it('looks disabled and says why, next to the button and to screen readers', () => {
    render(
      <ActionButton className='primary-button' disabled disabledReason='请先选择时段'>
        确认预约
      </ActionButton>,
    )
    const button = screen.getByRole('button', { name: '确认预约' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.className).toContain('action-button--off')
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe('请先选择时段')
  })

  it('drops the reason and the grey look once it can be used', () => {
    render(
      <ActionButton className='primary-button' disabledReason='请先选择时段'>
        确认预约
      </ActionButton>,
    )
    const button = screen.getByRole('button', { name: '确认预约' })
    expect(button.className).toBe('primary-button')
    expect(screen.queryByText('请先选择时段')).toBeNull()
  })

  it('gets the disabled class in WeChat too, whose stylesheet cannot select [disabled]', () => {
    render(
      <WeChatButton className='primary-button' disabled disabledReason='请先选择时段'>
        确认预约
      </WeChatButton>,
    )
    expect(screen.getByText('确认预约').className).toContain('action-button--off')
    expect(screen.getByText('请先选择时段')).toBeTruthy()
  })
})
