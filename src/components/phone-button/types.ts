export interface PhoneButtonProps {
  /** the number WeChat verified, once bound */
  onBound: (phone: string) => void
  onError: (message: string) => void
}
