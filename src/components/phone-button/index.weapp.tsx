// WeChat: the user taps, agrees, and WeChat hands a one-time code that the account function exchanges for the number.
import { Button } from '@tarojs/components'
import { callCloud, errorMessage, newRequestId } from '../../services/cloud'
import type { PhoneButtonProps } from './types'

export function PhoneButton({ onBound, onError }: PhoneButtonProps) {
  return (
    <Button
      className='plain-button spaced'
      openType='getPhoneNumber'
      onGetPhoneNumber={async (e) => {
        const code = (e.detail as { code?: string }).code
        if (!code) return onError('未获得手机号授权，可直接填写手机号')
        try {
          const me = await callCloud('account', 'bindPhone', { code }, { requestId: newRequestId() })
          onBound(me.profile?.phone ?? '')
        } catch (error) {
          onError(errorMessage(error))
        }
      }}
    >
      使用微信绑定的手机号
    </Button>
  )
}
