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
/** as Taro's H5 Image: a box around an <img> that gets `imgProps` */
export const Image = ({ src, imgProps, className }: { src?: string; imgProps?: Record<string, unknown>; className?: string }) => (
  <div className={className}>
    {/* biome-ignore lint/a11y/useAltText: as Taro's own Image, the alt comes only from imgProps */}
    <img src={src} {...(imgProps as HTMLAttributes<HTMLImageElement>)} />
  </div>
)
