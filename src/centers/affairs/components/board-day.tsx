import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { dayLabel } from '@/shared/time'
import type { Place } from '../pages/board/use-board'

const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

/** Which place and day the board shows: the street hall or a community station, a day back or forward. */
export function BoardDay({ places, place, day, today, onPlace, onShift }: { places: Place[]; place: Place; day: string; today: string; onPlace: (id: string) => void; onShift: (by: number) => void }) {
  return (
    <>
      <View className='chips'>
        {places.map((p) => (
          <ActionButton key={p.id} className={chip(p.id === place.id)} pressed={p.id === place.id} onClick={() => onPlace(p.id)}>
            {p.kind === 'hall' ? '街道大厅' : (p.community ?? p.name).replace('黄河西路', '')}
          </ActionButton>
        ))}
      </View>
      <View className='entries'>
        <ActionButton className='plain-button entries__item' onClick={() => onShift(-1)}>
          ‹ 前一天
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={() => onShift(1)}>
          后一天 ›
        </ActionButton>
      </View>
      <Text className='section-title'>
        {dayLabel(day).date} {dayLabel(day).weekday}
        {day === today ? '（今天）' : ''}
      </Text>
    </>
  )
}

/** 我的窗口 (today only): the staff member's window and 叫号 to it. */
export function WindowCaller({ windows, windowNo, busy, onWindow, onCall }: { windows: number; windowNo: number; busy: boolean; onWindow: (w: number) => void; onCall: () => void }) {
  return (
    <View className='card'>
      <Text>我的窗口</Text>
      <View className='chips'>
        {Array.from({ length: windows }, (_, i) => i + 1).map((w) => (
          <ActionButton key={w} className={chip(w === windowNo)} pressed={w === windowNo} onClick={() => onWindow(w)}>
            {w} 号窗口
          </ActionButton>
        ))}
      </View>
      <ActionButton className='primary-button' disabled={busy} onClick={onCall}>
        叫下一位到 {windowNo} 号窗口
      </ActionButton>
    </View>
  )
}
