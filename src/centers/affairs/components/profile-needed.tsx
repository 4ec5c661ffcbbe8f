import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'

/** Before a first booking or application: staff need the person's name, community and address. */
export function ProfileNeeded({ text, hint, buttonClassName }: { text: string; hint: string; buttonClassName: string }) {
  return (
    <Screen>
      <StateView kind='empty' text={text} hint={hint} />
      <ActionButton
        className={buttonClassName}
        onClick={() => {
          void Taro.navigateTo({ url: '/account/pages/profile/index' })
        }}
      >
        去完善个人资料
      </ActionButton>
    </Screen>
  )
}
