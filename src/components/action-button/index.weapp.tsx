// In WeChat the native button carries the action; aria-* reach the screen reader (基础库 2.7.1+).
import { Button } from '@tarojs/components'
import type { ActionButtonProps } from './types'

export function ActionButton({ className, label, pressed, disabled, onClick, children }: ActionButtonProps) {
  return (
    <Button className={className} aria-label={label} aria-pressed={pressed} disabled={disabled} onClick={onClick}>
      {children}
    </Button>
  )
}
