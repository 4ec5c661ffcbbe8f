// WeChat: the user taps, agrees, and WeChat hands a one-time code that the account function exchanges for the number.
import { Button } from '@tarojs/components'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { account } from '@/shared/contracts/account'
import type { PhoneButtonProps } from './types'

export function PhoneButton({ onBound, onError }: PhoneButtonProps) {
  // a tap after a lost reply brings a new code but keeps the request id: the number bound first is returned
  const { run } = useSubmit()
  return (
    <Button
      className='plain-button spaced'
      openType='getPhoneNumber'
      onGetPhoneNumber={async (e) => {
        const code = (e.detail as { code?: string }).code
        if (!code) return onError('未获得手机号授权，可直接填写手机号')
        let phone = ''
        const outcome = await run(async (requestId) => {
          phone = (await callCloud(account, 'bindPhone', { code }, { requestId })).profile?.phone ?? ''
        })
        if (outcome.ok) onBound(phone)
        else onError(outcome.message)
      }}
    >
      使用微信绑定的手机号
    </Button>
  )
}
