import type { ReactNode } from 'react'

export interface ActionButtonProps {
  id?: string
  className?: string
  /** what a screen reader says when the visible text is not the whole story */
  label?: string
  /** for on/off buttons: the state in words for screen readers */
  pressed?: boolean
  /** for navigation (the tab bar): this button is the page on screen */
  current?: boolean
  disabled?: boolean
  /** why it cannot be used yet, shown under the button while it is disabled (e.g. 请先选择时段) */
  disabledReason?: string
  onClick?: () => void
  children: ReactNode
}

/** A disabled button gets a class too: WeChat's stylesheet selects no attributes, so [disabled] alone would not reach it. */
export const buttonClass = (className: string | undefined, disabled: boolean | undefined) =>
  disabled ? `${className ?? ''} action-button--off`.trim() : className
