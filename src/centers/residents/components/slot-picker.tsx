import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'
import { dayLabel } from '@/shared/time'

type Day = OutputOf<typeof voice, 'receptionSlots'>['days'][number]

const STATE_TEXT = { full: '已约满', closed: '暂停', tooLate: '已过预约时间' } as const

interface Props {
  days: Day[]
  day: Day | undefined
  time: string | undefined
  onDay: (day: string) => void
  onTime: (time: string) => void
}

/** The reception's days, then the chosen day's times (a taken time says so in words). */
export function SlotPicker({ days, day, time, onDay, onTime }: Props) {
  if (!days.length) return <Text className='secondary-text'>两周内没有可预约的接待时间。</Text>
  return (
    <View className='card lines'>
      <Text className='card__title'>选择日期</Text>
      <View className='chips'>
        {days.map((d) => {
          const { date, weekday } = dayLabel(d.day)
          const on = d.day === day?.day
          return (
            <ActionButton key={d.day} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} onClick={() => onDay(d.day)}>
              {on ? '✓ ' : ''}{date} {weekday}
            </ActionButton>
          )
        })}
      </View>
      <Text className='card__title'>选择时间</Text>
      <View className='chips'>
        {day?.slots.map((s) => {
          const on = s.time === time
          const open = s.state === 'open'
          return (
            <ActionButton key={s.time} className={`choice-button chips__item${on ? ' choice-button--on' : ''}`} pressed={on} disabled={!open} onClick={() => onTime(s.time)}>
              {on ? '✓ ' : ''}{open ? s.time : `${s.time} ${STATE_TEXT[s.state as keyof typeof STATE_TEXT]}`}
            </ActionButton>
          )
        })}
      </View>
    </View>
  )
}
