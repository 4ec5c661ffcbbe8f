import type { ReactNode } from 'react'

export interface ActionButtonProps {
  className?: string
  /** what a screen reader says when the visible text is not the whole story */
  label?: string
  /** for on/off buttons: the state in words for screen readers */
  pressed?: boolean
  disabled?: boolean
  onClick?: () => void
  children: ReactNode
}
