/** @tarojs/components as plain elements, so UI logic can be tested in jsdom. */
import type { HTMLAttributes, PropsWithChildren } from 'react'

type Props = PropsWithChildren<HTMLAttributes<HTMLElement> & Record<string, unknown>>

export const View = ({ children, ...rest }: Props) => <div {...(rest as HTMLAttributes<HTMLDivElement>)}>{children}</div>
export const Text = ({ children, ...rest }: Props) => <span {...(rest as HTMLAttributes<HTMLSpanElement>)}>{children}</span>
export const Button = ({ children, ...rest }: Props) => (
  <button type='button' {...(rest as HTMLAttributes<HTMLButtonElement>)}>
    {children}
  </button>
)
