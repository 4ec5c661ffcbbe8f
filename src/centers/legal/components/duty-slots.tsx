import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { dayLabel } from '@/shared/time'
import type { useBookLawyer } from '../pages/book/use-book'

const STATE_TEXT = { full: '已约满', closed: '暂停', tooLate: '已过预约时间' } as const

/** Days, then the half-hour slots of the chosen day with the lawyers left (a full slot says so in words). */
export function DutySlots({ h }: { h: ReturnType<typeof useBookLawyer> }) {
  const day = h.chosenDay
  return (
    <View className='card'>
      <Text className='card__title'>选择日期</Text>
      <View className='chips'>
        {h.days.map((d) => {
          const { date, weekday } = dayLabel(d.day)
          const on = d.day === day?.day
          return (
            <ActionButton key={d.day} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} onClick={() => h.chooseDay(d.day)}>
              {date} {weekday}
            </ActionButton>
          )
        })}
      </View>
      {day?.closedReason ? <Text className='secondary-text'>当天暂停：{day.closedReason}</Text> : null}
      <Text className='card__title'>选择时段</Text>
      <View className='chips'>
        {day?.slots.map((s) => {
          const on = s.time === h.time
          const open = s.state === 'open'
          return (
            <ActionButton key={s.time} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} disabled={!open} onClick={() => h.chooseTime(s.time)}>
              {s.time} {open ? `余 ${s.available}` : STATE_TEXT[s.state as keyof typeof STATE_TEXT]}
            </ActionButton>
          )
        })}
      </View>
    </View>
  )
}
