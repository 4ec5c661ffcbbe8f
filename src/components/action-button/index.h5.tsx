// In the browser every action is a real <button>: focusable, keyboard-operable, named for screen readers.
import type { ActionButtonProps } from './types'

export function ActionButton({ className, label, pressed, disabled, onClick, children }: ActionButtonProps) {
  return (
    <button type='button' className={className} aria-label={label} aria-pressed={pressed} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  )
}
