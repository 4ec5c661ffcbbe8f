// The browser has no WeChat phone number: the number is typed instead.
import type { PhoneButtonProps } from './types'

export function PhoneButton(_props: PhoneButtonProps) {
  return null
}
