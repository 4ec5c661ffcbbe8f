// In the browser every action is a real <button>: focusable, keyboard-operable, named for screen readers.
import { Text } from '@tarojs/components'
import { useId } from 'react'
import { type ActionButtonProps, buttonClass } from './types'

export function ActionButton({ id, className, label, pressed, current, disabled, disabledReason, onClick, children }: ActionButtonProps) {
  const reasonId = `why-${useId().replace(/[^\w-]/g, '')}`
  const why = disabled && disabledReason ? disabledReason : null
  const button = (
    <button
      id={id}
      type='button'
      className={buttonClass(className, disabled)}
      aria-label={label}
      aria-pressed={pressed}
      aria-current={current ? 'page' : undefined}
      aria-describedby={why ? reasonId : undefined}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  )
  if (!why) return button
  return (
    <>
      {button}
      <Text id={reasonId} className='action-button__why'>
        {why}
      </Text>
    </>
  )
}
