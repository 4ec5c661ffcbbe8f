import { Text } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { requestSubscriptions } from '@/services/subscribe'

/**
 * 接收派单提醒: a handler is told when a report is routed or re-dispatched to them, command staff when one goes
 * overdue — each message needs a grant from a tap, so the queue and the command view offer one.
 */
export function AssignedAlerts({ text }: { text: string }) {
  const [asked, setAsked] = useState(false)
  return (
    <>
      <ActionButton
        className='plain-button'
        onClick={() => {
          void requestSubscriptions(['reportAssigned']).then(() => setAsked(true))
        }}
      >
        {asked ? '再接收一次提醒' : text}
      </ActionButton>
      {asked ? <Text className='secondary-text'>已设置：下一条提醒会通过微信服务通知发给您</Text> : null}
    </>
  )
}
