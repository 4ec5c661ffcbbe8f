import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction } from '@/services/dialog'
import { affairs } from '@/shared/contracts/affairs'
import type { OutputOf } from '@/shared/contracts/define'
import { dayLabel } from '@/shared/time'

type Place = OutputOf<typeof affairs, 'listPlaces'>['places'][number]
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

/** A settings form's save (see useSubmit) that says in words what it did, then refreshes the board. */
function useSave(onDone: () => void) {
  const submit = useSubmit()
  const [done, setDone] = useState<string | null>(null)
  const run = async (send: (requestId: string) => Promise<string>) => {
    setDone(null)
    let said = ''
    if ((await submit.run(async (requestId) => (said = await send(requestId)))).ok) {
      setDone(said)
      onDone()
    }
  }
  return { busy: submit.busy, message: done ?? submit.problem, fields: submit.fields, run }
}

/** 暂停办理: a holiday or a closure on the day shown; bookings inside are cancelled and the residents told. */
export function CloseSlotsForm({ place, day, onDone }: { place: Place; day: string; onDone: () => void }) {
  const [wholeDay, setWholeDay] = useState(true)
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const [reason, setReason] = useState('')
  const submit = useSave(onDone)
  const close = async () => {
    const confirmed = await confirmAction({
      title: '暂停办理',
      content: `确定暂停 ${place.name} ${dayLabel(day).date}${wholeDay ? '全天' : ` ${start}-${end}`} 的预约吗？已有预约将被取消并通知居民。`,
      confirmText: '确定暂停',
    })
    if (!confirmed) return
    await submit.run(async (requestId) => {
      const r = await callCloud(affairs, 'closeSlots', { placeId: place.id, day, reason, ...(wholeDay ? {} : { start, end }) }, { requestId })
      return `已暂停，取消 ${r.cancelledBookings} 个预约，通知 ${r.notified} 位居民`
    })
  }
  return (
    <View className='card'>
      <Text className='card__title'>暂停办理（节假日、临时关闭）</Text>
      <View className='chips'>
        <ActionButton className={chip(wholeDay)} pressed={wholeDay} onClick={() => setWholeDay(true)}>
          全天
        </ActionButton>
        <ActionButton className={chip(!wholeDay)} pressed={!wholeDay} onClick={() => setWholeDay(false)}>
          部分时段
        </ActionButton>
      </View>
      {wholeDay ? null : (
        <>
          <TextField label='从（如 09:00）' value={start} onChange={setStart} maxLength={5} error={submit.fields.start} />
          <TextField label='到（如 11:00）' value={end} onChange={setEnd} maxLength={5} error={submit.fields.end} />
        </>
      )}
      <TextField label='暂停原因（将告知居民）' value={reason} onChange={setReason} maxLength={50} error={submit.fields.reason} />
      {submit.message ? <Text className='notice' aria-live='polite'>{submit.message}</Text> : null}
      <ActionButton className='plain-button' disabled={submit.busy || !reason.trim()} onClick={close}>
        暂停 {dayLabel(day).date} 的预约
      </ActionButton>
    </View>
  )
}

/** 办理时间: weekdays, hours (a gap is the lunch break), slot length and windows open. */
export function OpeningRulesForm({ place, onDone }: { place: Place; onDone: () => void }) {
  const [weekdays, setWeekdays] = useState(place.rule.weekdays)
  const [periods, setPeriods] = useState(place.rule.periods.map((p) => ({ ...p })))
  const [slotMinutes, setSlotMinutes] = useState(place.rule.slotMinutes)
  const [windows, setWindows] = useState(String(place.rule.windows))
  const submit = useSave(onDone)
  const setPeriod = (i: number, key: 'start' | 'end') => (value: string) => setPeriods(periods.map((p, k) => (k === i ? { ...p, [key]: value } : p)))
  return (
    <View className='card'>
      <Text className='card__title'>办理时间设置</Text>
      <Text>工作日</Text>
      <View className='chips'>
        {WEEKDAYS.map((w, i) => (
          <ActionButton
            key={w}
            className={chip(weekdays.includes(i + 1))}
            pressed={weekdays.includes(i + 1)}
            onClick={() => setWeekdays(weekdays.includes(i + 1) ? weekdays.filter((d) => d !== i + 1) : [...weekdays, i + 1])}
          >
            周{w}
          </ActionButton>
        ))}
      </View>
      {submit.fields['rule.weekdays'] ? <Text className='error-text'>{submit.fields['rule.weekdays']}</Text> : null}
      {periods.map((p, i) => (
        <View key={`${i === 0 ? 'morning' : 'afternoon'}`} className='datetime-field'>
          <TextField label={`${i === 0 ? '上午' : '下午'}开始`} value={p.start} onChange={setPeriod(i, 'start')} maxLength={5} error={submit.fields[`rule.periods.${i}.start`] ?? submit.fields[`rule.periods.${i}`]} />
          <TextField label={`${i === 0 ? '上午' : '下午'}结束`} value={p.end} onChange={setPeriod(i, 'end')} maxLength={5} error={submit.fields[`rule.periods.${i}.end`]} />
        </View>
      ))}
      <Text>每个时段</Text>
      <View className='chips'>
        {[15, 20, 30, 60].map((m) => (
          <ActionButton key={m} className={chip(m === slotMinutes)} pressed={m === slotMinutes} onClick={() => setSlotMinutes(m)}>
            {m} 分钟
          </ActionButton>
        ))}
      </View>
      <TextField label='开放窗口数' type='tel' value={windows} onChange={setWindows} maxLength={2} error={submit.fields['rule.windows']} />
      {submit.message ? <Text className='notice' aria-live='polite'>{submit.message}</Text> : null}
      <ActionButton
        className='plain-button'
        disabled={submit.busy}
        onClick={() =>
          submit.run(async (requestId) => {
            await callCloud(affairs, 'setOpeningRules', { placeId: place.id, rule: { weekdays, periods, slotMinutes, windows: Number(windows || Number.NaN) } }, { requestId })
            return '办理时间已保存，居民看到的可预约时段已更新'
          })
        }
      >
        保存办理时间
      </ActionButton>
    </View>
  )
}
