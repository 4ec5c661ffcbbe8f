import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { Entry } from '../pages/board/use-board'

interface BoardEntryProps {
  entry: Entry
  /** 取号 only on the day itself; 未到 on the day or after it */
  isToday: boolean
  isPast: boolean
  busy: boolean
  onCheckIn: () => void
  onFinish: () => void
  onNoShow: () => void
}

/** One booking on the board: who, what, their number and window, and what staff can do next. */
export function BoardEntry({ entry: e, isToday, isPast, busy, onCheckIn, onFinish, onNoShow }: BoardEntryProps) {
  return (
    <View className='card'>
      <View className='list-row__meta'>
        <Text className='list-row__title'>
          {e.time} {e.personName}
        </Text>
        <Text className='status-text'>{e.statusText}</Text>
      </View>
      <Text className='secondary-text'>
        {e.serviceName}
        {e.maskedPhone ? ` · ${e.maskedPhone}` : ''}
        {e.queueNo ? ` · ${e.queueNo} 号` : ''}
        {e.window ? ` · ${e.window} 号窗口` : ''}
      </Text>
      <View className='actions'>
        {e.status === 'booked' && isToday ? (
          <ActionButton className='primary-button actions__item' disabled={busy} onClick={onCheckIn}>
            取号
          </ActionButton>
        ) : null}
        {e.status === 'checkedIn' || e.status === 'serving' ? (
          <ActionButton className='primary-button actions__item' disabled={busy} onClick={onFinish}>
            办结
          </ActionButton>
        ) : null}
        {e.status === 'booked' && (isToday || isPast) ? (
          <ActionButton className='plain-button actions__item' disabled={busy} onClick={onNoShow}>
            记为未到
          </ActionButton>
        ) : null}
      </View>
    </View>
  )
}
