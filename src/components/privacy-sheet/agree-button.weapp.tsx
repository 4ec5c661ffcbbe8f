// WeChat lets the held privacy API go on only after a tap on an agreePrivacyAuthorization button with this id.
import { Button } from '@tarojs/components'
import type { AgreeButtonProps } from './types'

export function AgreeButton({ id, onAgree }: AgreeButtonProps) {
  return (
    <Button id={id} className='primary-button privacy-sheet__button' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => onAgree(id)}>
      同意
    </Button>
  )
}
