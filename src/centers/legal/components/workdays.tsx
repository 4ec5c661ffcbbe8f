import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { toastDone } from '@/services/dialog'
import { legal } from '@/shared/contracts/legal'
import { calendarYearToEnter } from '@/shared/domain/official-calendar'

type Correction = { day: string; kind: 'work' | 'off' }

/** 工作日校正: the days the official calendar gets wrong for the street (a late notice, a local closure). */
export function WorkdayCorrections() {
  const saved = useLoad(() => callCloud(legal, 'workdayCorrections', {}), [])
  const [day, setDay] = useState('')
  const sending = useSubmit()
  const list = saved.data?.corrections ?? []
  const save = (next: Correction[]) =>
    sending.run(async (requestId) => {
      await callCloud(legal, 'setWorkdayCorrections', { corrections: next }, { requestId })
      saved.set({ corrections: next })
      setDay('')
      await toastDone('已保存')
    }, JSON.stringify(next))
  const add = (kind: Correction['kind']) => save([...list.filter((c) => c.day !== day.trim()), { day: day.trim(), kind }])
  // the phone's Shanghai day is enough to say which year's notice is due
  const toEnter = calendarYearToEnter(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10))
  const entered = toEnter ? list.filter((c) => c.day.startsWith(`${toEnter}-`)).length : 0
  return (
    <View className='card'>
      <Text className='card__title'>街道工作日校正（全街道各中心的办理时限都按此计算）</Text>
      {toEnter ? (
        <Text className='notice' aria-live='polite'>
          {toEnter} 年的放假安排尚未内置（已录入 {entered} 天）：请按国务院办公厅的放假通知，把春节、清明、端午、中秋的放假日设为休息日，调休上班的周末设为工作日。周末和元旦、劳动节、国庆的固定假日已自动计算。
        </Text>
      ) : null}
      {list.map((c) => (
        <View key={c.day} className='lines'>
          <Text>{c.day} 按{c.kind === 'work' ? '工作日' : '休息日'}计</Text>
          <ActionButton className='plain-button' label={`删除 ${c.day} 的校正`} onClick={() => save(list.filter((x) => x.day !== c.day))}>删除</ActionButton>
        </View>
      ))}
      <TextField label='日期（如 2027-02-08）' value={day} onChange={setDay} maxLength={10} error={sending.fields['corrections.0.day'] ?? sending.fields.corrections} />
      <View className='entries'>
        <ActionButton className='plain-button entries__item' disabled={sending.busy || !day} onClick={() => add('off')}>设为休息日</ActionButton>
        <ActionButton className='plain-button entries__item' disabled={sending.busy || !day} onClick={() => add('work')}>设为工作日</ActionButton>
      </View>
      {sending.problem ? <Text className='error-text'>{sending.problem}</Text> : null}
    </View>
  )
}
