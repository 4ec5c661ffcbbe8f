// In WeChat the native button carries the action; aria-* reach the screen reader (基础库 2.7.1+), which has no
// aria-current: the page on screen is said in the name.
import { Button, Text } from '@tarojs/components'
import { type ActionButtonProps, buttonClass } from './types'

export function ActionButton({ id, className, label, pressed, current, disabled, disabledReason, onClick, children }: ActionButtonProps) {
  const why = disabled && disabledReason ? disabledReason : null
  const button = (
    <Button
      id={id}
      className={buttonClass(className, disabled)}
      aria-label={current && label ? `${label}，当前页面` : label}
      aria-pressed={pressed}
      aria-selected={current}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </Button>
  )
  if (!why) return button
  return (
    <>
      {button}
      <Text className='action-button__why'>{why}</Text>
    </>
  )
}
