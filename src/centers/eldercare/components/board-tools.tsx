import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { useHomeBoard } from '../pages/home-board/use-home-board'

type Board = Pick<ReturnType<typeof useHomeBoard>, 'exporting' | 'exported' | 'exportBoard' | 'askForAlerts' | 'alertsOn'>

/** The board's Excel export (with its link kept on screen) and the staff's new-booking alerts. */
export function BoardTools({ h }: { h: Board }) {
  return (
    <>
      <View className='actions'>
        <ActionButton className='plain-button' disabled={h.exporting.busy} onClick={h.exportBoard}>
          {h.exporting.busy ? '正在导出…' : '导出 Excel'}
        </ActionButton>
        <ActionButton className='plain-button' onClick={h.askForAlerts}>
          {h.alertsOn ? '再接收一次新预约提醒' : '接收新预约提醒'}
        </ActionButton>
      </View>
      {h.alertsOn ? <Text className='secondary-text'>已设置：家属或老人新预约时，会通过微信服务通知告诉您</Text> : null}
      {h.exported ? (
        <Text className='notice' aria-live='polite'>
          {h.exported.said}
        </Text>
      ) : null}
      {h.exported ? (
        <Text className='secondary-text' userSelect>
          下载链接（1 小时内有效）：{h.exported.url}
        </Text>
      ) : null}
      {h.exporting.problem ? (
        <Text className='error-text' aria-live='assertive'>
          {h.exporting.problem}
        </Text>
      ) : null}
    </>
  )
}
