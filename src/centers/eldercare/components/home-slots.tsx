import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'

const STATE_TEXT = { full: '已约满', closed: '暂停', tooLate: '已过预约时间' } as const

interface SlotDay {
  day: string
  dayText: string
  closedReason: string | null
  slots: Array<{ time: string; state: 'open' | 'full' | 'closed' | 'tooLate'; available: number }>
}

export interface HomeSlotsProps {
  days: SlotDay[]
  chosenDay: SlotDay | undefined
  time: string | undefined
  chooseDay: (day: string) => void
  chooseTime: (time: string) => void
}

/** Days with providers on duty, then the chosen day's slots with the places left (a full slot says so in words; the chosen ones carry ✓, not colour alone). */
export function HomeSlots({ days, chosenDay, time, chooseDay, chooseTime }: HomeSlotsProps) {
  return (
    <View className='card'>
      <Text className='card__title'>选择日期</Text>
      <View className='chips'>
        {days.map((d) => {
          const on = d.day === chosenDay?.day
          return (
            <ActionButton key={d.day} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} onClick={() => chooseDay(d.day)}>
              {on ? '✓ ' : ''}
              {d.dayText}
            </ActionButton>
          )
        })}
      </View>
      <Text className='card__title'>选择时段</Text>
      <View className='chips'>
        {chosenDay?.slots.map((s) => {
          const on = s.time === time
          const open = s.state === 'open'
          return (
            <ActionButton key={s.time} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} disabled={!open} onClick={() => chooseTime(s.time)}>
              {on ? '✓ ' : ''}
              {s.time} {open ? `余 ${s.available}` : STATE_TEXT[s.state as keyof typeof STATE_TEXT]}
            </ActionButton>
          )
        })}
      </View>
    </View>
  )
}
