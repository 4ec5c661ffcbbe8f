import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Phrases } from '@/components/phrases'
import { StateView } from '@/components/state-view'
import { dayLabel } from '@/shared/time'
import { type Day, dayName, dayWords, hasOpenSlot, slotWords } from '../pages/book/draft'

/** 办理地点: where the service can be booked. */
export function PlaceChoice({ places, chosen, onChoose }: { places: Array<{ id: string; name: string }>; chosen: string | null; onChoose: (id: string) => void }) {
  return (
    <>
      <Text className='section-title'>办理地点</Text>
      <View className='chips'>
        {places.map((p) => (
          <ActionButton
            key={p.id}
            className={chosen === p.id ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={chosen === p.id}
            label={p.name}
            onClick={() => onChoose(p.id)}
          >
            <Phrases text={p.name} />
          </ActionButton>
        ))}
      </View>
    </>
  )
}

interface SlotPickerProps {
  days: Day[]
  dayIndex: number
  day: Day | undefined
  time: string | null
  onDay: (index: number) => void
  onTime: (time: string) => void
}

/** 日期 and 时段: every day in the horizon with what is left, then the chosen day's slots. */
export function SlotPicker({ days, dayIndex, day, time, onDay, onTime }: SlotPickerProps) {
  // the horizon starts today by the server's clock (the phone's may be wrong)
  const today = days[0]?.day ?? ''
  return (
    <>
      <Text className='section-title'>日期</Text>
      <View className='grid'>
        {days.map((d, i) => (
          <ActionButton
            key={d.day}
            className={`choice-button grid__item${i === dayIndex ? ' choice-button--on' : ''}${hasOpenSlot(d) ? '' : ' grid__item--off'}`}
            pressed={i === dayIndex}
            onClick={() => onDay(i)}
          >
            <Text>{dayLabel(d.day).date}</Text>
            <Text>{dayName(d.day, today)}</Text>
            <Text className='secondary-text'>{dayWords(d)}</Text>
          </ActionButton>
        ))}
      </View>

      <Text className='section-title'>时段</Text>
      {!day || day.slots.length === 0 ? (
        <StateView kind='empty' text='当天不办理预约' hint='请选择其他日期' />
      ) : (
        <View className='grid'>
          {day.slots.map((s) => (
            <ActionButton
              key={s.time}
              className={`choice-button grid__item${time === s.time ? ' choice-button--on' : ''}`}
              pressed={time === s.time}
              disabled={s.state !== 'open'}
              onClick={() => onTime(s.time)}
            >
              <Text>{s.time}</Text>
              <Text className='secondary-text'>{slotWords(s)}</Text>
            </ActionButton>
          ))}
        </View>
      )}
    </>
  )
}
